import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Vitae.Models

// Save credentials as one signed bundle (.json) that verifies offline, or
// as a PDF to read that carries the same bundle. Either the open portfolio,
// in its order (openForPortfolio), or credentials ticked here (open).
Popup {
    id: dialog

    required property PortfolioViewModel viewModel
    property var chosen: [] // credential ids ticked in this dialog
    property bool forPortfolio: false
    property string format: "json"

    function openForPortfolio() {
        forPortfolio = true
        open()
    }
    function openForChoice() {
        forPortfolio = false
        open()
    }
    function save(format) {
        dialog.format = format
        saveDialog.open()
    }

    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 480, 560)
    height: Math.min(parent ? parent.height - 2 * Theme.spacing : 600, 640)
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { color: Theme.surface; radius: Theme.radius }
    onAboutToShow: {
        chosen = []
        titleField.text = forPortfolio ? viewModel.currentPortfolio : ""
    }
    onClosed: forPortfolio = false

    Connections {
        target: dialog.viewModel
        function onExported() { dialog.close() }
    }

    FileDialog {
        id: saveDialog
        title: dialog.format === "pdf" ? qsTr("Save the PDF") : qsTr("Save the bundle")
        fileMode: FileDialog.SaveFile
        defaultSuffix: dialog.format
        nameFilters: dialog.format === "pdf" ? [qsTr("Portfolio PDF (*.pdf)")] : [qsTr("Portfolio bundle (*.json)")]
        onAccepted: dialog.forPortfolio ? dialog.viewModel.exportPortfolio(titleField.text, selectedFile)
                                        : dialog.viewModel.exportBundle(dialog.chosen, titleField.text, selectedFile)
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: dialog.forPortfolio ? qsTr("Export the portfolio") : qsTr("Export a bundle")

        Label {
            Layout.fillWidth: true
            text: dialog.forPortfolio ? qsTr("Export “%1”").arg(dialog.viewModel.currentPortfolio) : qsTr("Export a bundle")
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
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
        Label {
            Layout.fillWidth: true
            visible: dialog.forPortfolio
            text: qsTr("In this order, each with its evidence files:")
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            visible: dialog.forPortfolio
            model: dialog.forPortfolio ? dialog.viewModel.portfolioItems : []
            Accessible.role: Accessible.List
            Accessible.name: qsTr("What the export holds, in order")
            delegate: Label {
                required property var modelData
                required property int index
                width: ListView.view.width
                topPadding: Theme.spacing / 2
                bottomPadding: Theme.spacing / 2
                text: qsTr("%1. %2").arg(index + 1).arg(modelData.title)
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.ListItem
                Accessible.name: text
            }
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            visible: !dialog.forPortfolio
            model: dialog.forPortfolio ? [] : dialog.viewModel.allCredentials
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
        Label {
            Layout.fillWidth: true
            text: qsTr("The PDF reads like a CV and carries the signed bundle, so it can be checked; the bundle alone is for systems that verify.")
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        ErrorBanner { Layout.fillWidth: true; text: dialog.viewModel.error }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            layoutDirection: Qt.RightToLeft
            readonly property bool ready: (dialog.forPortfolio ? dialog.viewModel.portfolioItems.length > 0
                                                              : dialog.chosen.length > 0) && !dialog.viewModel.busy
            PrimaryButton {
                text: qsTr("Save PDF…")
                enabled: parent.ready
                Accessible.name: qsTr("Save as PDF")
                onClicked: dialog.save("pdf")
            }
            Button {
                text: qsTr("Save bundle…")
                enabled: parent.ready
                Accessible.name: qsTr("Save bundle")
                onClicked: dialog.save("json")
            }
            Button {
                text: qsTr("Cancel")
                flat: true
                Accessible.name: qsTr("Cancel the export")
                onClicked: dialog.close()
            }
        }
    }
}
