# "Remember on this device". tst_device_unlock runs against a real Secret
# Service: gnome-keyring in a private D-Bus session that with_keyring.sh
# starts and ends, so the learner's own keyring is never touched (exit code
# 77, no keyring daemon, is a skip). tst_device_unavailable runs with a
# session bus that points nowhere: no keychain at all.
find_package(Qt6Keychain REQUIRED)
foreach(test tst_device_unlock tst_device_unavailable)
    add_executable(${test} ${test}.cpp GuiDriver.h)
    target_link_libraries(${test} PRIVATE Qt6::Test vitae-core vitae_testsupport vitae_models
        vitae_modelsplugin vitae_ui vitae_uiplugin Qt6::Quick Qt6::QuickControls2 Qt6Keychain::Qt6Keychain)
    target_compile_definitions(${test} PRIVATE VITAE_TEST_DATA="${VITAE_TEST_DATA}"
        VITAE_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
    set_target_properties(${test} PROPERTIES AUTOMOC ON RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
endforeach()
set(device_test_environment QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 QT_LOGGING_RULES=*.debug=false)

add_test(NAME tst_device_unlock COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/with_keyring.sh $<TARGET_FILE:tst_device_unlock>)
set_tests_properties(tst_device_unlock PROPERTIES LABELS e2e TIMEOUT 240 SKIP_RETURN_CODE 77
    ENVIRONMENT "${device_test_environment}")

add_test(NAME tst_device_unavailable COMMAND tst_device_unavailable)
set_tests_properties(tst_device_unavailable PROPERTIES LABELS e2e TIMEOUT 120
    ENVIRONMENT "${device_test_environment};DBUS_SESSION_BUS_ADDRESS=unix:path=${CMAKE_BINARY_DIR}/no-such-bus")
