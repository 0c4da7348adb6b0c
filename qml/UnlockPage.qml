import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

Page {
    id: page

    required property AppController app
    readonly property bool working: app.busy || app.device.busy

    background: Rectangle { color: Theme.background }
    Component.onCompleted: passphrase.forceActiveFocus()

    function submit() {
        page.app.device.clearError()
        page.app.unlock(passphrase.text)
        passphrase.clear()
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, Theme.maxFormWidth)
        spacing: Theme.padding

        Label {
            text: qsTr("Unlock your vault")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        PassphraseField {
            id: passphrase
            Layout.fillWidth: true
            placeholderText: qsTr("Passphrase")
            Accessible.name: qsTr("Passphrase")
            enabled: !page.working
            onTextEdited: {
                page.app.clearError()
                page.app.device.clearError()
            }
            onAccepted: page.submit()
        }
        ErrorBanner {
            Layout.fillWidth: true
            text: page.app.error
        }
        // Why unlocking on this device did not work; the passphrase still does.
        ErrorBanner {
            Layout.fillWidth: true
            text: page.app.device.error
        }
        PrimaryButton {
            Layout.fillWidth: true
            text: page.app.busy ? qsTr("Unlocking…") : qsTr("Unlock")
            enabled: !page.working && passphrase.text.length > 0
            Accessible.name: qsTr("Unlock")
            onClicked: page.submit()
        }
        // Only when the learner chose "Remember on this device" in Settings.
        Button {
            Layout.fillWidth: true
            visible: page.app.device.remembered
            text: page.app.device.busy ? qsTr("Unlocking on this device…") : qsTr("Unlock on this device")
            enabled: !page.working
            flat: true
            Accessible.name: qsTr("Unlock on this device")
            Accessible.description: qsTr("Opens the vault with the key kept in this device's keychain, "
                                         + "without the passphrase.")
            onClicked: {
                page.app.clearError()
                page.app.device.unlock()
            }
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: page.working
            visible: running
            Accessible.name: qsTr("Working")
        }
    }
}
