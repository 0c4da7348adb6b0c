import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Vitae.Models

// Settings: language, security (auto-lock, lock now), trust lists, backup
// and restore, about. Every action goes through app.settings; paths can be
// typed or picked with the system's dialogs.
Page {
    id: page

    required property AppController app
    readonly property SettingsViewModel settings: app.settings
    // Which section's action ran last: its messages show beside it.
    property string lastAction: ""

    background: Rectangle { color: Theme.background }
    header: SectionHeader { title: qsTr("Settings") }

    function minutesText(minutes) {
        switch (minutes) {
        case 0: return qsTr("Never")
        case 1: return qsTr("After 1 minute")
        default: return qsTr("After %1 minutes").arg(minutes)
        }
    }

    // Another page (the backup reminder) asked for a section.
    function jumpIfAsked() {
        if (page.settings.jumpTo === "backup") {
            page.settings.jumpTo = ""
            scroll.contentItem.contentY = Math.max(0, Math.min(backupSection.y,
                    scroll.contentItem.contentHeight - scroll.height))
            backupPath.forceActiveFocus()
        }
    }
    Component.onCompleted: Qt.callLater(jumpIfAsked)

    // Progress of a backup or restore (Argon2id and the copy take a few
    // seconds), shown in the section that started it.
    component ProgressRow: RowLayout {
        property string action
        Layout.fillWidth: true
        visible: page.lastAction === action && page.settings.progress >= 0
        spacing: Theme.spacing
        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: 1
            value: page.settings.progress
            indeterminate: page.settings.progress <= 0
            Accessible.name: qsTr("Progress")
        }
        Button {
            text: qsTr("Stop")
            Accessible.name: qsTr("Stop")
            onClicked: page.settings.cancel()
        }
    }

    FileDialog {
        id: backupDialog
        title: qsTr("Save the backup as")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Vitae backups (*.vitaebackup)"), qsTr("All files (*)")]
        onAccepted: backupPath.text = selectedFile.toString()
    }
    FileDialog {
        id: restoreDialog
        title: qsTr("Choose a backup to restore")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Vitae backups (*.vitaebackup)"), qsTr("All files (*)")]
        onAccepted: restorePath.text = selectedFile.toString()
    }
    FolderDialog {
        id: restoreFolderDialog
        title: qsTr("Choose a folder for the restored vault")
        onAccepted: restoreFolder.text = selectedFolder.toString()
    }
    FileDialog {
        id: trustDialog
        title: qsTr("Add a trust list")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Trust lists and issuer registries (*.json)"), qsTr("All files (*)")]
        onAccepted: trustPath.text = selectedFile.toString()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.padding, 720)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.padding

            Item { Layout.preferredHeight: Theme.spacing }

            Button {
                visible: page.app.alerts.count > 0
                Layout.fillWidth: true
                text: qsTr("%n alert(s) about your vault", "", page.app.alerts.count)
                Accessible.name: qsTr("See alerts")
                onClicked: page.app.showPage(AppController.Alerts)
            }

            SettingsSection {
                title: qsTr("Language")
                LanguageOption { app: page.app; Layout.fillWidth: true }
            }

            SettingsSection {
                title: qsTr("Security")

                FormLabel { text: qsTr("Lock the vault when Vitae is not used"); buddy: autoLock }
                ComboBox {
                    id: autoLock
                    Layout.fillWidth: true
                    Layout.maximumWidth: Theme.maxFormWidth
                    model: page.settings.autoLockChoices.map(m => ({ value: m, text: page.minutesText(m) }))
                    textRole: "text"
                    valueRole: "value"
                    currentIndex: page.settings.autoLockChoices.indexOf(page.settings.autoLockMinutes)
                    Accessible.name: qsTr("Auto-lock time")
                    Accessible.description: currentText
                    onActivated: (index) => {
                        page.lastAction = "security"
                        page.settings.setAutoLockMinutes(page.settings.autoLockChoices[index])
                    }
                }
                RememberDeviceOption { app: page.app; Layout.fillWidth: true }
                Button {
                    text: qsTr("Lock now")
                    Accessible.name: qsTr("Lock now")
                    onClicked: page.app.lock()
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.lastAction === "security" && page.settings.notice.length > 0
                    text: page.settings.notice
                    color: Theme.success
                    wrapMode: Text.Wrap
                }
            }

            SettingsSection {
                title: qsTr("Trust lists")

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Issuers on your trust lists show as known issuers when Vitae checks a credential. Lists come from your school, employer or a registry such as the Digital Credentials Consortium's.")
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.settings.trustLists.length === 0
                    text: qsTr("No trust lists yet.")
                    color: Theme.mutedText
                    font.italic: true
                }
                Repeater {
                    model: page.settings.trustLists
                    delegate: RowLayout {
                        id: listRow
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 · %n issuer(s)", "", listRow.modelData.issuerCount).arg(listRow.modelData.name)
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Button {
                            text: qsTr("Remove")
                            Accessible.name: qsTr("Remove trust list %1").arg(listRow.modelData.name)
                            enabled: !page.settings.busy
                            onClicked: {
                                page.lastAction = "trust"
                                page.settings.removeTrustList(listRow.modelData.id)
                            }
                        }
                    }
                }
                FilePathField {
                    id: trustPath
                    Layout.fillWidth: true
                    name: qsTr("Trust list file")
                    placeholder: qsTr("Trust list file (JSON)")
                    onChoose: trustDialog.open()
                }
                Button {
                    text: qsTr("Add trust list")
                    Accessible.name: qsTr("Add trust list")
                    enabled: trustPath.text.length > 0 && !page.settings.busy
                    onClicked: {
                        page.lastAction = "trust"
                        page.settings.addTrustList(trustPath.text)
                        trustPath.text = ""
                    }
                }
                ErrorBanner {
                    Layout.fillWidth: true
                    text: page.lastAction === "trust" ? page.settings.error : ""
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.lastAction === "trust" && page.settings.notice.length > 0
                    text: page.settings.notice
                    color: Theme.success
                    wrapMode: Text.Wrap
                }
            }

            SettingsSection {
                id: backupSection
                title: qsTr("Backup")

                Label {
                    Layout.fillWidth: true
                    text: page.settings.lastBackup.length > 0 ? qsTr("Last backup: %1").arg(page.settings.lastBackup)
                                                              : qsTr("You have not made a backup of this vault yet.")
                    color: page.settings.lastBackup.length > 0 ? Theme.text : Theme.warning
                    wrapMode: Text.Wrap
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("A backup is one encrypted file holding your whole vault, your keys included. It has a passphrase of its own: keep the file on another device and the passphrase somewhere safe.")
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
                FilePathField {
                    id: backupPath
                    Layout.fillWidth: true
                    name: qsTr("Backup file")
                    placeholder: qsTr("Where to save it, e.g. %1").arg(page.settings.suggestedBackupName())
                    onChoose: backupDialog.open()
                }
                PassphraseField {
                    id: backupPassphrase
                    Layout.fillWidth: true
                    placeholderText: qsTr("Passphrase for the backup")
                    Accessible.name: qsTr("Backup passphrase")
                    onTextEdited: page.settings.clearError()
                }
                ProgressBar {
                    Layout.fillWidth: true
                    from: 0
                    to: 4
                    value: page.app.passphraseScore(backupPassphrase.text)
                    Accessible.name: qsTr("Backup passphrase strength")
                }
                Label {
                    Layout.fillWidth: true
                    text: page.app.passphraseHint(backupPassphrase.text)
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                PassphraseField {
                    id: backupConfirmation
                    Layout.fillWidth: true
                    placeholderText: qsTr("Type it again")
                    Accessible.name: qsTr("Confirm backup passphrase")
                    onTextEdited: page.settings.clearError()
                }
                PrimaryButton {
                    Layout.fillWidth: true
                    text: page.settings.busy && page.lastAction === "backup" ? qsTr("Making the backup…") : qsTr("Make backup")
                    Accessible.name: qsTr("Make backup")
                    enabled: !page.settings.busy && backupPath.text.length > 0 && backupPassphrase.text.length > 0
                    onClicked: {
                        page.lastAction = "backup"
                        page.settings.makeBackup(backupPath.text, backupPassphrase.text, backupConfirmation.text)
                        backupPassphrase.clear()
                        backupConfirmation.clear()
                    }
                }
                ProgressRow { action: "backup" }
                ErrorBanner {
                    Layout.fillWidth: true
                    text: page.lastAction === "backup" ? page.settings.error : ""
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.lastAction === "backup" && page.settings.notice.length > 0
                    text: page.settings.notice
                    color: Theme.success
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }

            SettingsSection {
                id: restoreSection
                title: qsTr("Restore")

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: restoreWarning.implicitHeight + 2 * Theme.spacing * 1.5
                    radius: Theme.radius / 2
                    color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.12)
                    border.color: Theme.warning
                    Label {
                        id: restoreWarning
                        anchors.fill: parent
                        anchors.margins: Theme.spacing * 1.5
                        wrapMode: Text.Wrap
                        color: Theme.text
                        text: qsTr("Restoring builds a new vault from a backup, in a folder of its own, with a new passphrase. The vault you have open now is never changed or replaced. Open the restored vault by starting Vitae with -\u2060-\u2060vault and its folder.")
                    }
                }
                FilePathField {
                    id: restorePath
                    Layout.fillWidth: true
                    name: qsTr("Backup file to restore")
                    placeholder: qsTr("Backup file")
                    onChoose: restoreDialog.open()
                }
                PassphraseField {
                    id: restorePassphrase
                    Layout.fillWidth: true
                    placeholderText: qsTr("The backup's passphrase")
                    Accessible.name: qsTr("Passphrase of the backup")
                    onTextEdited: page.settings.clearError()
                }
                FilePathField {
                    id: restoreFolder
                    Layout.fillWidth: true
                    name: qsTr("Folder for the restored vault")
                    placeholder: qsTr("A new, empty folder")
                    onChoose: restoreFolderDialog.open()
                }
                PassphraseField {
                    id: restoredPassphrase
                    Layout.fillWidth: true
                    placeholderText: qsTr("Passphrase for the restored vault")
                    Accessible.name: qsTr("Passphrase for the restored vault")
                    onTextEdited: page.settings.clearError()
                }
                PassphraseField {
                    id: restoredConfirmation
                    Layout.fillWidth: true
                    placeholderText: qsTr("Type it again")
                    Accessible.name: qsTr("Confirm passphrase for the restored vault")
                    onTextEdited: page.settings.clearError()
                }
                Button {
                    Layout.fillWidth: true
                    text: page.settings.busy && page.lastAction === "restore" ? qsTr("Restoring…") : qsTr("Restore into a new vault")
                    Accessible.name: qsTr("Restore into a new vault")
                    enabled: !page.settings.busy && restorePath.text.length > 0 && restoreFolder.text.length > 0
                    onClicked: {
                        page.lastAction = "restore"
                        page.settings.restoreBackup(restorePath.text, restorePassphrase.text, restoreFolder.text,
                                                    restoredPassphrase.text, restoredConfirmation.text)
                        restorePassphrase.clear()
                        restoredPassphrase.clear()
                        restoredConfirmation.clear()
                    }
                }
                ProgressRow { action: "restore" }
                ErrorBanner {
                    Layout.fillWidth: true
                    text: page.lastAction === "restore" ? page.settings.error : ""
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.lastAction === "restore" && page.settings.notice.length > 0
                    text: page.settings.notice
                    color: Theme.success
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }

            SettingsSection {
                title: qsTr("About")

                Repeater {
                    model: page.settings.versions
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Label {
                            text: modelData.name
                            color: Theme.mutedText
                            Layout.preferredWidth: 110
                        }
                        Label {
                            Layout.fillWidth: true
                            text: modelData.version.length > 0 ? modelData.version : qsTr("unknown")
                            color: Theme.text
                            wrapMode: Text.WrapAnywhere
                            Accessible.name: modelData.name + " " + text
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: page.settings.licences
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Vault folder: %1").arg(page.app.vaultFolder)
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.WrapAnywhere
                }
            }

            Item { Layout.preferredHeight: Theme.padding }
        }
    }
}
