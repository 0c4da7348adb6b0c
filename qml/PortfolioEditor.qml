import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// The open portfolio: its items in the order they are exported, each
// movable up or down, and what in the vault could still be added.
ColumnLayout {
    id: editor

    required property PortfolioViewModel viewModel
    signal exportRequested()
    signal renameRequested()
    signal deleteRequested()

    // After a move the list is rebuilt: keep the keyboard on the moved item.
    property var pendingFocus: null // {credentialId, button}

    spacing: Theme.padding

    Connections {
        target: editor.viewModel
        function onLoaded() {
            if (editor.pendingFocus)
                Qt.callLater(editor.restoreFocus)
        }
    }

    function restoreFocus() {
        const wanted = editor.pendingFocus
        editor.pendingFocus = null
        if (!wanted)
            return
        for (let i = 0; i < items.count; ++i) {
            const delegate = items.itemAt(i)
            if (delegate && delegate.item.credentialId === wanted.credentialId) {
                delegate.focusButton(wanted.button)
                return
            }
        }
    }

    Button {
        text: qsTr("‹ All portfolios")
        flat: true
        Accessible.name: qsTr("Back to portfolios")
        onClicked: editor.viewModel.closePortfolio()
    }
    Label {
        Layout.fillWidth: true
        text: editor.viewModel.currentPortfolio
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        PrimaryButton {
            text: qsTr("Export…")
            enabled: editor.viewModel.portfolioItems.length > 0 && !editor.viewModel.busy
            Accessible.name: qsTr("Export portfolio")
            onClicked: editor.exportRequested()
        }
        Button {
            text: qsTr("Rename…")
            Accessible.name: qsTr("Rename portfolio")
            onClicked: editor.renameRequested()
        }
        Button {
            text: qsTr("Delete…")
            flat: true
            Accessible.name: qsTr("Delete portfolio")
            onClicked: editor.deleteRequested()
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("In this portfolio, in the order it is read")
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        visible: editor.viewModel.portfolioItems.length === 0
        text: qsTr("This portfolio is empty. Add credentials, experience entries and endorsements from the list below; they are exported in the order shown here, with their evidence files.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    Repeater {
        id: items
        model: editor.viewModel.portfolioItems
        delegate: PortfolioItemDelegate {
            id: itemCard
            required property var modelData
            required property int index
            Layout.fillWidth: true
            item: modelData
            position: index
            count: editor.viewModel.portfolioItems.length
            onMoveRequested: to => {
                editor.pendingFocus = { credentialId: itemCard.modelData.credentialId, button: to < itemCard.index ? "up" : "down" }
                editor.viewModel.moveItem(itemCard.modelData.credentialId, to)
            }
            onRemoveRequested: editor.viewModel.removeFromPortfolio(itemCard.modelData.credentialId)
        }
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        text: qsTr("Add to this portfolio")
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        visible: editor.viewModel.addable.length === 0
        text: editor.viewModel.allCredentials.length === 0
              ? qsTr("Your vault has nothing to add yet: import a credential on the Credentials page, or add your experience on the Portfolio page first.")
              : qsTr("Everything in your vault is in this portfolio.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    Repeater {
        model: editor.viewModel.addable
        delegate: RowLayout {
            id: row
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: row.modelData.title
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: row.modelData.kind === "entry" ? row.modelData.kindLabel
                                                         : qsTr("%1 from %2").arg(row.modelData.kindLabel).arg(row.modelData.issuer)
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
            }
            Button {
                text: qsTr("Add")
                Accessible.name: qsTr("Add %1 to the portfolio").arg(row.modelData.title)
                onClicked: editor.viewModel.addToPortfolio(row.modelData.credentialId)
            }
        }
    }
}
