import QtQuick
import QtQuick.Controls

// The one main action of a page: filled with the accent colour. Drawn here
// rather than by the style's shadow layer, which needs shaders that the
// software renderer (old hardware, remote desktops) lacks.
Button {
    id: control

    implicitHeight: Math.max(44, contentItem.implicitHeight + 2 * Theme.spacing * 1.5)

    contentItem: Label {
        text: control.text
        font: control.font
        color: control.enabled ? (Theme.dark ? "#0B1B33" : "#FFFFFF") : Theme.mutedText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius / 2
        color: !control.enabled ? Qt.rgba(Theme.mutedText.r, Theme.mutedText.g, Theme.mutedText.b, 0.18)
             : control.down ? Qt.darker(Theme.accent, 1.15) : Theme.accent
        border.width: control.visualFocus ? 3 : 0
        border.color: Theme.text
    }
}
