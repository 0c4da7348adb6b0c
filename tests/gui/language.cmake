# The interface languages. The catalogues: complete, finished, placeholders
# kept, every marked string present (lupdate runs on the sources).
vitae_add_test(tst_language_catalogues SOURCES tst_language_catalogues.cpp LABELS unit)
target_compile_definitions(tst_language_catalogues PRIVATE VITAE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    VITAE_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")

# LanguageSwitcher over the embedded catalogues (app, pages and core).
vitae_add_test(tst_language_switcher SOURCES tst_language_switcher.cpp LABELS unit)
target_link_libraries(tst_language_switcher PRIVATE vitae_models Qt6::Qml)

# The real QML app switched to Arabic: mirrored layout, Arabic navigation,
# screenshots of the main screens.
vitae_add_test(tst_language_rtl SOURCES tst_language_rtl.cpp GuiDriver.h LABELS e2e)
target_link_libraries(tst_language_rtl PRIVATE vitae_models vitae_modelsplugin vitae_ui vitae_uiplugin
    Qt6::Quick Qt6::QuickControls2)
target_compile_definitions(tst_language_rtl PRIVATE VITAE_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
