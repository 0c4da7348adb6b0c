# Scanning QR codes: the frame decoder fed real QVideoFrames (off the GUI
# thread, animated sequences put back together), where scanned text goes,
# and, in the real QML app, the clipboard, the camera dialog without a
# camera and cancelling a link collection against a server that never ends.
vitae_add_test(tst_scanner_frames SOURCES tst_scanner_frames.cpp LABELS unit)
target_link_libraries(tst_scanner_frames PRIVATE vitae_models Qt6::Multimedia)

vitae_add_test(tst_scanner_routing SOURCES tst_scanner_routing.cpp LABELS unit)
target_link_libraries(tst_scanner_routing PRIVATE vitae_models)

vitae_add_test(tst_scanner_app SOURCES tst_scanner_app.cpp GuiDriver.h LABELS e2e TIMEOUT 180)
target_link_libraries(tst_scanner_app PRIVATE vitae_models vitae_modelsplugin vitae_ui vitae_uiplugin
    Qt6::Quick Qt6::QuickControls2 Qt6::Multimedia)
target_compile_definitions(tst_scanner_app PRIVATE VITAE_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots"
    VITAE_TEST_ISSUER="$<TARGET_FILE:vitae-test-issuer>")
add_dependencies(tst_scanner_app vitae-test-issuer)
