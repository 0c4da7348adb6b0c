# The Settings page (backup and restore, trust lists, auto-lock) and the
# Alerts page, in the real QML over a real vault on disk.
foreach(test tst_settings tst_alerts_page)
    vitae_add_test(${test} SOURCES ${test}.cpp GuiDriver.h LABELS e2e)
    target_link_libraries(${test} PRIVATE vitae_models vitae_modelsplugin vitae_ui vitae_uiplugin
        Qt6::Quick Qt6::QuickControls2)
    target_compile_definitions(${test} PRIVATE VITAE_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
endforeach()
# The re-check fetches its status list from a server in the test itself.
target_link_libraries(tst_alerts_page PRIVATE vitae_minihttp)
