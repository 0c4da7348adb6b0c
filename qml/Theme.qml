pragma Singleton
import QtQuick

// One palette, type scale and spacing for every page. Colours meet WCAG AA
// contrast against their backgrounds in both light and dark themes.
QtObject {
    readonly property bool dark: Qt.styleHints.colorScheme === Qt.Dark
    readonly property color accent: dark ? "#8AB4F8" : "#1A56B0"
    readonly property color background: dark ? "#121417" : "#F6F7F9"
    readonly property color surface: dark ? "#1E2126" : "#FFFFFF"
    readonly property color text: dark ? "#E8EAED" : "#1B1D21"
    readonly property color mutedText: dark ? "#B6BBC2" : "#4A5059"
    readonly property color danger: dark ? "#F28B82" : "#B3261E"
    readonly property color success: dark ? "#81C995" : "#146C2E"
    readonly property color warning: dark ? "#FDD663" : "#7A4F01"

    readonly property int spacing: 8
    readonly property int padding: 16
    readonly property int radius: 12
    readonly property int maxFormWidth: 460

    // Sizes relative to the system font, so text follows the user's scale.
    readonly property real baseSize: Qt.application.font.pixelSize > 0 ? Qt.application.font.pixelSize : 14
    readonly property real titleSize: baseSize * 1.6
    readonly property real headingSize: baseSize * 1.2
    readonly property real smallSize: baseSize * 0.86
}
