import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// First run: a new vault and the one thing the learner must know about it.
Page {
    id: page

    required property AppController app

    background: Rectangle { color: Theme.background }
    Component.onCompleted: passphrase.forceActiveFocus()

    function submit() {
        page.app.createVault(passphrase.text, confirmation.text)
        passphrase.clear()
        confirmation.clear()
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.padding, Theme.maxFormWidth)
            x: (parent.width - width) / 2
            spacing: Theme.padding

            Item { Layout.preferredHeight: Theme.padding * 2 }

            Label {
                text: qsTr("Welcome to Vitae")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                text: qsTr("Vitae keeps your diplomas, badges and certificates in an encrypted vault on this device. Choose a passphrase to lock it.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            PassphraseField {
                id: passphrase
                Layout.fillWidth: true
                placeholderText: qsTr("Passphrase")
                Accessible.name: qsTr("New passphrase")
                onTextEdited: page.app.clearError()
                KeyNavigation.tab: confirmation
            }
            ProgressBar {
                id: strength
                Layout.fillWidth: true
                from: 0
                to: 4
                value: page.app.passphraseScore(passphrase.text)
                Accessible.name: qsTr("Passphrase strength")
            }
            Label {
                text: page.app.passphraseHint(passphrase.text)
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            PassphraseField {
                id: confirmation
                Layout.fillWidth: true
                placeholderText: qsTr("Type it again")
                Accessible.name: qsTr("Confirm passphrase")
                onTextEdited: page.app.clearError()
                onAccepted: page.submit()
            }

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: warning.implicitHeight + 2 * Theme.padding
                radius: Theme.radius / 2
                color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.12)
                border.color: Theme.warning
                Label {
                    id: warning
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: qsTr("Nobody can recover a forgotten passphrase, not even the makers of Vitae. Write it down somewhere safe, and make a backup once your vault holds credentials.")
                }
            }

            ErrorBanner {
                Layout.fillWidth: true
                text: page.app.error
            }

            PrimaryButton {
                Layout.fillWidth: true
                text: page.app.busy ? qsTr("Creating your vault…") : qsTr("Create vault")
                enabled: !page.app.busy && passphrase.text.length > 0
                    Accessible.name: qsTr("Create vault")
                onClicked: page.submit()
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                running: page.app.busy
                visible: running
                Accessible.name: qsTr("Working")
            }
            Label {
                text: qsTr("Vault folder: %1").arg(page.app.vaultFolder)
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
            }
        }
    }
}
