# The interface in Spanish, French and Arabic: lupdate reads every marked
# string of the pages (qml/), their C++ side (app/gui/) and the sentences the
# core hands to the app (core/, QCoreApplication::translate in context
# "vitae"); lrelease compiles the catalogues into :/i18n/vitae_<lang>.qm,
# embedded in `target` (LanguageSwitcher loads them from there).
# `cmake --build BUILD --target update_translations` refreshes the .ts files.
function(vitae_add_translations target)
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/qml/*.qml
        ${PROJECT_SOURCE_DIR}/app/gui/*.cpp ${PROJECT_SOURCE_DIR}/app/gui/*.h
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h)
    qt_add_translations(${target}
        TS_FILES
            ${PROJECT_SOURCE_DIR}/translations/vitae_es.ts
            ${PROJECT_SOURCE_DIR}/translations/vitae_fr.ts
            ${PROJECT_SOURCE_DIR}/translations/vitae_ar.ts
        SOURCES ${sources}
        INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}/core
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -locations none -no-obsolete)

    # English is the source text; its catalogue holds only the plural forms
    # ("1 alert", "2 alerts" for "%n alert(s)"), kept by hand and compiled
    # beside the others.
    set(english_ts ${PROJECT_SOURCE_DIR}/translations/vitae_en.ts)
    set(english_qm ${CMAKE_CURRENT_BINARY_DIR}/vitae_en.qm)
    add_custom_command(OUTPUT ${english_qm}
        COMMAND Qt6::lrelease -silent ${english_ts} -qm ${english_qm}
        DEPENDS ${english_ts}
        VERBATIM)
    qt_add_resources(${target} vitae_english_plurals
        PREFIX /i18n
        BASE ${CMAKE_CURRENT_BINARY_DIR}
        FILES ${english_qm})
endfunction()
