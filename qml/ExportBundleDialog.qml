import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Vitae.Models

// Choose credentials and save them as one signed bundle (.json) that
// verifies offline.
Popup {
    id: dialog

    required property PortfolioViewModel viewModel
    property var chosen: [] // credential ids ticked in this dialog

    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 480, 560)
    height: Math.min(parent ? parent.height - 2 * Theme.spacing : 600, 640)
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { color: Theme.surface; radius: Theme.radius }
    onAboutToShow: chosen = []

    Connections {
        target: dialog.viewModel
        function onExported() { dialog.close() }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the bundle")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("Portfolio bundle (*.json)")]
        onAccepted: dialog.viewModel.exportBundle(dialog.chosen, titleField.text, selectedFile)
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Export a bundle")

        Label {
            text: qsTr("Export a bundle")
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        TextField {
            id: titleField
            Layout.fillWidth: true
            placeholderText: qsTr("Title, for example Operations manager, Acme Freight")
            Accessible.name: qsTr("Bundle title")
            Accessible.role: Accessible.EditableText
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.viewModel.allCredentials
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Credentials to export")
            delegate: CheckBox {
                required property var modelData
                width: ListView.view.width
                text: modelData.selfAsserted ? qsTr("%1 (self-asserted)").arg(modelData.title)
                                             : qsTr("%1, from %2").arg(modelData.title).arg(modelData.issuer)
                Accessible.name: qsTr("Export %1").arg(modelData.title)
                checked: dialog.chosen.indexOf(modelData.credentialId) >= 0
                onToggled: {
                    const ids = dialog.chosen.filter(id => id !== modelData.credentialId)
                    if (checked)
                        ids.push(modelData.credentialId)
                    dialog.chosen = ids
                }
            }
        }
        ErrorBanner { Layout.fillWidth: true; text: dialog.viewModel.error }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Cancel")
                flat: true
                Accessible.name: qsTr("Cancel the export")
                onClicked: dialog.close()
            }
            Item { Layout.fillWidth: true }
            PrimaryButton {
                text: qsTr("Save bundle…")
                enabled: dialog.chosen.length > 0 && !dialog.viewModel.busy
                Accessible.name: qsTr("Save bundle")
                onClicked: saveDialog.open()
            }
        }
    }
}
