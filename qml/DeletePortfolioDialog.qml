import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// Asks before a portfolio goes; what was in it stays in the vault.
Popup {
    id: dialog

    required property PortfolioViewModel viewModel
    property string portfolioName

    function openFor(name) {
        portfolioName = name
        open()
    }

    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 420, 460)
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { color: Theme.surface; radius: Theme.radius }
    onOpened: keepButton.forceActiveFocus() // the safe choice first

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Delete the portfolio?")

        Label {
            Layout.fillWidth: true
            text: qsTr("Delete “%1”?").arg(dialog.portfolioName)
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Only the portfolio goes: its credentials, entries and evidence stay in your vault. Files you exported from it are not touched.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                id: keepButton
                text: qsTr("Keep it")
                Accessible.name: qsTr("Keep the portfolio")
                onClicked: dialog.close()
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Delete")
                Accessible.name: qsTr("Confirm deleting the portfolio")
                palette.buttonText: Theme.danger
                onClicked: {
                    dialog.viewModel.deletePortfolio(dialog.portfolioName)
                    dialog.close()
                }
            }
        }
    }
}
