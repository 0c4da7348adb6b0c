# Named portfolios in the real QML: made, filled, ordered, renamed, deleted
# and exported in their order (JSON and PDF).
vitae_add_test(tst_portfolios SOURCES tst_portfolios.cpp GuiDriver.h LABELS e2e)
target_link_libraries(tst_portfolios PRIVATE vitae_models vitae_modelsplugin vitae_ui vitae_uiplugin
    Qt6::Quick Qt6::QuickControls2)
target_compile_definitions(tst_portfolios PRIVATE VITAE_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
