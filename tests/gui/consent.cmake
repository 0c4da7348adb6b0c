# Answering a verifier's OpenID4VP request in the real QML app against
# vitae-test-verifier on 127.0.0.1, and presentations as vitae://present
# links (screenshots 44-46).
vitae_add_test(tst_consent SOURCES tst_consent.cpp GuiDriver.h LABELS e2e TIMEOUT 240)
target_link_libraries(tst_consent PRIVATE vitae_models vitae_modelsplugin vitae_ui vitae_uiplugin
    Qt6::Quick Qt6::QuickControls2)
target_compile_definitions(tst_consent PRIVATE VITAE_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots"
    VITAE_TEST_VERIFIER="$<TARGET_FILE:vitae-test-verifier>")
add_dependencies(tst_consent vitae-test-verifier)

# What the consent page offers for a DCQL request, and presentation links.
vitae_add_test(tst_consent_options SOURCES tst_consent_options.cpp LABELS unit)
target_link_libraries(tst_consent_options PRIVATE vitae_models)

# Keeping the screen on in interview mode, over a D-Bus session bus the test
# starts itself (Linux desktops only).
if(UNIX AND NOT APPLE AND NOT ANDROID)
    find_package(Qt6 6.4 REQUIRED COMPONENTS DBus)
    vitae_add_test(tst_consent_screen_awake SOURCES tst_consent_screen_awake.cpp LABELS unit)
    target_link_libraries(tst_consent_screen_awake PRIVATE vitae_models Qt6::DBus)
endif()
