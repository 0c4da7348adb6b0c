import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// A new name for a portfolio.
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
    onOpened: {
        nameField.text = portfolioName
        nameField.selectAll()
        nameField.forceActiveFocus()
    }

    function save() {
        if (nameField.text.trim().length === 0)
            return
        dialog.viewModel.renamePortfolio(dialog.portfolioName, nameField.text)
        dialog.close()
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Rename the portfolio")

        Label {
            Layout.fillWidth: true
            text: qsTr("Rename “%1”").arg(dialog.portfolioName)
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        TextField {
            id: nameField
            Layout.fillWidth: true
            Accessible.name: qsTr("Portfolio name")
            Accessible.role: Accessible.EditableText
            onAccepted: dialog.save()
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Cancel")
                flat: true
                Accessible.name: qsTr("Cancel renaming")
                onClicked: dialog.close()
            }
            Item { Layout.fillWidth: true }
            PrimaryButton {
                text: qsTr("Save name")
                enabled: nameField.text.trim().length > 0
                Accessible.name: qsTr("Save the new name")
                onClicked: dialog.save()
            }
        }
    }
}
