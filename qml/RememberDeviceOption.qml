import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// "Remember on this device": off unless the learner turns it on. Says
// plainly what it gives away: whoever can use this logged-in account can
// open the vault without the passphrase. A Column, not a ColumnLayout: the
// messages below come and go, and a ColumnLayout nested in the page's
// ColumnLayout did not make room for them (Qt 6.4).
Column {
    id: option

    required property AppController app
    readonly property DeviceUnlock device: app.device

    Layout.fillWidth: true
    spacing: Theme.spacing / 2
    Component.onCompleted: option.device.load()

    Switch {
        id: toggle
        width: option.width
        text: qsTr("Remember on this device")
        checked: option.device.remembered
        // Usable once the keychain answered; turning it off is always allowed.
        enabled: !option.device.busy && (option.device.available || option.device.remembered)
        Accessible.name: qsTr("Remember on this device")
        Accessible.description: explanation.text
        // Drawn here: the style's handle is a shadowed layer that the
        // software renderer leaves out, so on and off looked alike.
        indicator: Rectangle {
            x: toggle.mirrored ? toggle.width - width - toggle.rightPadding : toggle.leftPadding
            y: (toggle.height - height) / 2
            implicitWidth: 44
            implicitHeight: 24
            radius: height / 2
            color: toggle.checked ? Theme.accent : "transparent"
            border.width: 2
            border.color: toggle.checked ? Theme.accent : Theme.mutedText
            opacity: toggle.enabled ? 1 : 0.5
            Rectangle {
                width: 16
                height: 16
                radius: 8
                y: 4
                x: toggle.checked !== toggle.mirrored ? parent.width - width - 4 : 4
                color: toggle.checked ? (Theme.dark ? "#0B1B33" : "#FFFFFF") : Theme.mutedText
                Behavior on x { NumberAnimation { duration: 120 } }
            }
        }
        onToggled: {
            const wanted = checked
            // Show what is true, not what was asked, until the work is done.
            checked = Qt.binding(() => option.device.remembered)
            if (wanted)
                option.device.remember()
            else
                option.device.forget()
        }
    }

    Label {
        id: explanation
        width: Math.min(option.width, Theme.maxFormWidth * 1.4)
        text: qsTr("When this is on, this device's keychain keeps a key that opens your vault without the "
                   + "passphrase. Anyone who can use your logged-in account on this device can then open "
                   + "the vault. Your passphrase itself is never saved, and it still works. Turning this "
                   + "off removes the key.")
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    Label {
        width: option.width
        visible: option.device.checked && !option.device.available
        text: qsTr("Not available: %1").arg(option.device.unavailableReason)
        color: Theme.warning
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    BusyIndicator {
        running: option.device.busy
        visible: running
        implicitHeight: 32
        implicitWidth: 32
        Accessible.name: qsTr("Working")
    }

    Label {
        width: option.width
        visible: text.length > 0
        text: option.device.notice
        color: Theme.success
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    ErrorBanner {
        width: option.width
        text: option.device.error
    }
}
