import QtQuick
import QtQuick.Controls

// The verification status of a credential, in words and colour. Never only
// colour: the word is always there.
Rectangle {
    id: chip

    property string status

    readonly property var presentation: ({
        "verified": { text: qsTr("Verified"), color: Theme.success },
        "warning": { text: qsTr("Verified, with warnings"), color: Theme.warning },
        "failed": { text: qsTr("Failed verification"), color: Theme.danger },
        "expired": { text: qsTr("Expired"), color: Theme.warning },
        "revoked": { text: qsTr("Revoked"), color: Theme.danger },
        "suspended": { text: qsTr("Suspended"), color: Theme.danger },
        "unknown": { text: qsTr("Status unknown"), color: Theme.mutedText },
        "self-asserted": { text: qsTr("Self-asserted"), color: Theme.mutedText },
        "unverified": { text: qsTr("Not verified yet"), color: Theme.mutedText }
    })
    readonly property var current: presentation[status] !== undefined ? presentation[status] : presentation["unknown"]

    implicitWidth: label.implicitWidth + 2 * Theme.spacing * 1.5
    implicitHeight: label.implicitHeight + Theme.spacing
    radius: height / 2
    color: Qt.rgba(current.color.r, current.color.g, current.color.b, 0.14)
    border.color: current.color
    Accessible.role: Accessible.StaticText
    Accessible.name: current.text

    Label {
        id: label
        anchors.centerIn: parent
        text: chip.current.text
        color: Theme.text
        font.pixelSize: Theme.smallSize
    }
}
