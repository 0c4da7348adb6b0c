import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A sentence about what went wrong, shown where the learner is looking.
Rectangle {
    id: banner

    property string text

    visible: text.length > 0
    implicitHeight: visible ? label.implicitHeight + 2 * Theme.spacing * 1.5 : 0
    radius: Theme.radius / 2
    color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.12)
    border.color: Theme.danger
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacing * 1.5
        text: banner.text
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
