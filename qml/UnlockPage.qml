import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

Page {
    id: page

    required property AppController app

    background: Rectangle { color: Theme.background }
    Component.onCompleted: passphrase.forceActiveFocus()

    function submit() {
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
            enabled: !page.app.busy
            onTextEdited: page.app.clearError()
            onAccepted: page.submit()
        }
        ErrorBanner {
            Layout.fillWidth: true
            text: page.app.error
        }
        PrimaryButton {
            Layout.fillWidth: true
            text: page.app.busy ? qsTr("Unlocking…") : qsTr("Unlock")
            enabled: !page.app.busy && passphrase.text.length > 0
            Accessible.name: qsTr("Unlock")
            onClicked: page.submit()
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: page.app.busy
            visible: running
            Accessible.name: qsTr("Working")
        }
    }
}
