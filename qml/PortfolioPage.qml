import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Vitae.Models

// Journeys 2 and 3: what the learner did, in their own words, signed by
// their wallet and always labelled self-asserted; named portfolios, one per
// application, filled and ordered by the learner; and bundles or PDFs of
// them to send with an application.
Page {
    id: page

    required property PortfolioViewModel viewModel

    background: Rectangle { color: Theme.background }
    readonly property bool editing: viewModel.currentPortfolio.length > 0

    header: SectionHeader {
        title: qsTr("Portfolio")
        ToolButton {
            visible: !page.editing
            text: qsTr("Export…")
            Accessible.name: qsTr("Export bundle")
            onClicked: exportDialog.openForChoice()
        }
    }

    AddExperienceDialog { id: addDialog; viewModel: page.viewModel }
    ExportBundleDialog { id: exportDialog; viewModel: page.viewModel }
    RenamePortfolioDialog { id: renameDialog; viewModel: page.viewModel }
    DeletePortfolioDialog { id: deleteDialog; viewModel: page.viewModel }

    ScrollView {
        id: editorScroll
        anchors.fill: parent
        contentWidth: availableWidth
        visible: page.editing

        ColumnLayout {
            width: Math.min(editorScroll.availableWidth - 2 * Theme.padding, 720)
            x: (editorScroll.availableWidth - width) / 2
            spacing: Theme.padding

            Item { Layout.preferredHeight: Theme.spacing }
            ErrorBanner { Layout.fillWidth: true; text: page.viewModel.error }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.viewModel.notice
                color: Theme.success
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            PortfolioEditor {
                Layout.fillWidth: true
                viewModel: page.viewModel
                onExportRequested: exportDialog.openForPortfolio()
                onRenameRequested: renameDialog.openFor(page.viewModel.currentPortfolio)
                onDeleteRequested: deleteDialog.openFor(page.viewModel.currentPortfolio)
            }
            Item { Layout.preferredHeight: Theme.padding }
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        visible: !page.editing

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.padding, 720)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.padding

            Item { Layout.preferredHeight: Theme.spacing }
            ErrorBanner { Layout.fillWidth: true; text: page.viewModel.error }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.viewModel.notice
                color: Theme.success
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Your experience, in your own words. Entries are self-asserted: signed by you, not checked by anyone else until someone endorses them.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
            PrimaryButton {
                text: qsTr("Add experience")
                Accessible.name: qsTr("Add experience")
                onClicked: addDialog.open()
            }

            Label {
                Layout.fillWidth: true
                visible: page.viewModel.entries.length === 0 && !page.viewModel.busy
                text: qsTr("No entries yet. Add a job, a volunteer role or anything you did that others should know about.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }

            Repeater {
                model: page.viewModel.entries
                delegate: Rectangle {
                    id: card
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: entryColumn.implicitHeight + 2 * Theme.padding
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.color: Qt.rgba(Theme.mutedText.r, Theme.mutedText.g, Theme.mutedText.b, 0.4)
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1, self-asserted").arg(modelData.title)
                    ColumnLayout {
                        id: entryColumn
                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        spacing: Theme.spacing / 2
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: card.modelData.title
                                font.pixelSize: Theme.headingSize
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            StatusChip { status: "self-asserted" }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: card.modelData.description
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: card.modelData.evidence.length > 0
                                  ? qsTr("Evidence: %1").arg(card.modelData.evidence.join(", "))
                                  : qsTr("No evidence files attached.")
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
            PortfolioListSection {
                Layout.fillWidth: true
                Layout.topMargin: Theme.padding
                viewModel: page.viewModel
                onRenameRequested: name => renameDialog.openFor(name)
                onDeleteRequested: name => deleteDialog.openFor(name)
            }
            Item { Layout.preferredHeight: Theme.padding }
        }
    }
}
