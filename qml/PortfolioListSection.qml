import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// The learner's named portfolios, one per application say: make one, open
// one to fill and order it, rename or delete it.
ColumnLayout {
    id: section

    required property PortfolioViewModel viewModel
    signal renameRequested(string name)
    signal deleteRequested(string name)

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        text: qsTr("Portfolios")
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("A portfolio is what you send with one application: the credentials, experience and endorsements that matter for it, in the order you want them read.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextField {
            id: nameField
            Layout.fillWidth: true
            placeholderText: qsTr("Name, for example Operations manager, Acme Freight")
            Accessible.name: qsTr("New portfolio name")
            Accessible.role: Accessible.EditableText
            onAccepted: createButton.clicked()
        }
        Button {
            id: createButton
            text: qsTr("Create")
            enabled: nameField.text.trim().length > 0 && !section.viewModel.busy
            Accessible.name: qsTr("Create portfolio")
            onClicked: {
                section.viewModel.createPortfolio(nameField.text)
                nameField.clear()
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: section.viewModel.portfolios.length === 0 && !section.viewModel.busy
        text: qsTr("No portfolios yet. Name one after the job you are applying for, then add what it should show.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    Repeater {
        model: section.viewModel.portfolios
        delegate: Rectangle {
            id: card
            required property var modelData
            Layout.fillWidth: true
            implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing * 1.5
            radius: Theme.radius / 2
            color: Theme.surface
            border.color: Qt.rgba(Theme.mutedText.r, Theme.mutedText.g, Theme.mutedText.b, 0.4)
            ColumnLayout {
                id: cardColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing * 1.5
                spacing: Theme.spacing / 2
                Label {
                    Layout.fillWidth: true
                    text: card.modelData.name
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: card.modelData.count === 0 ? qsTr("Empty")
                                                     : card.modelData.count === 1 ? qsTr("1 item")
                                                     : qsTr("%1 items").arg(card.modelData.count)
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Button {
                        text: qsTr("Open")
                        Accessible.name: qsTr("Open portfolio %1").arg(card.modelData.name)
                        onClicked: section.viewModel.openPortfolio(card.modelData.name)
                    }
                    Button {
                        text: qsTr("Rename…")
                        flat: true
                        Accessible.name: qsTr("Rename portfolio %1").arg(card.modelData.name)
                        onClicked: section.renameRequested(card.modelData.name)
                    }
                    Button {
                        text: qsTr("Delete…")
                        flat: true
                        Accessible.name: qsTr("Delete portfolio %1").arg(card.modelData.name)
                        onClicked: section.deleteRequested(card.modelData.name)
                    }
                }
            }
        }
    }
}
