# Per-OS settings of the `vitae` executable, called from app/gui. Only the
# Linux files are built and tested on the development machine; the Android,
# iOS and macOS branches are written for their Qt kits and not built here.
#
#   linux/    .desktop entry (link schemes), AppStream metainfo, icons;
#             installed by packaging/CMakeLists.txt
#   android/  AndroidManifest.xml, SecureWindow (FLAG_SECURE), README.md
#   ios/      Info.plist (link schemes, camera and Face ID sentences)
#   macos/    MacOSXBundleInfo.plist.in (link schemes)
function(vitae_platform_setup target)
    set(platform_dir ${PROJECT_SOURCE_DIR}/platform)
    if(ANDROID)
        # Qt for Android merges this folder into the generated Gradle project.
        set_property(TARGET ${target} PROPERTY QT_ANDROID_PACKAGE_SOURCE_DIR ${platform_dir}/android)
        target_sources(${target} PRIVATE ${platform_dir}/android/SecureWindow.cpp ${platform_dir}/android/SecureWindow.h)
        target_include_directories(${target} PRIVATE ${platform_dir}/android)
    elseif(IOS)
        set_target_properties(${target} PROPERTIES
            MACOSX_BUNDLE TRUE
            MACOSX_BUNDLE_INFO_PLIST ${platform_dir}/ios/Info.plist
            XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER io.github.vitae.Vitae)
    elseif(APPLE)
        set_target_properties(${target} PROPERTIES
            MACOSX_BUNDLE TRUE
            MACOSX_BUNDLE_INFO_PLIST ${platform_dir}/macos/MacOSXBundleInfo.plist.in
            MACOSX_BUNDLE_GUI_IDENTIFIER io.github.vitae.Vitae
            MACOSX_BUNDLE_BUNDLE_NAME Vitae
            MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
            MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
    elseif(WIN32)
        set_target_properties(${target} PROPERTIES WIN32_EXECUTABLE TRUE)
    endif()
endfunction()
