import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// Journey 2: every skill behind the learner's credentials, grouped by
// framework, each with the credentials that back it. A credential opens
// its detail page.
Page {
    id: page

    required property AppController app
    required property SkillsViewModel viewModel

    background: Rectangle { color: Theme.background }
    header: SectionHeader { title: qsTr("Skills") }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.padding, 720)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.padding

            Item { Layout.preferredHeight: Theme.spacing }
            TextField {
                id: searchField
                Layout.fillWidth: true
                placeholderText: qsTr("Search skills")
                Accessible.name: qsTr("Search skills")
                Accessible.role: Accessible.EditableText
                focus: true
                Component.onCompleted: text = page.viewModel.query // kept while a credential was open
                onTextEdited: page.viewModel.search(text)
            }
            ErrorBanner { Layout.fillWidth: true; text: page.viewModel.error }
            Label {
                Layout.fillWidth: true
                visible: page.viewModel.skillCount === 0 && !page.viewModel.busy
                text: page.viewModel.query.length > 0 ? qsTr("No skill matches “%1”.").arg(page.viewModel.query)
                                                      : qsTr("No skills yet. They come from your credentials' alignments and tags, and from the skills you list in your portfolio entries.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }

            Repeater {
                model: page.viewModel.groups
                delegate: ColumnLayout {
                    id: group
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    Label {
                        Layout.fillWidth: true
                        text: group.modelData.framework
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Repeater {
                        model: group.modelData.skills
                        delegate: Rectangle {
                            id: card
                            required property var modelData
                            Layout.fillWidth: true
                            implicitHeight: skillColumn.implicitHeight + 2 * Theme.spacing
                            radius: Theme.radius / 2
                            color: Theme.surface
                            border.color: Qt.rgba(Theme.mutedText.r, Theme.mutedText.g, Theme.mutedText.b, 0.4)
                            ColumnLayout {
                                id: skillColumn
                                anchors.fill: parent
                                anchors.margins: Theme.spacing
                                spacing: 0
                                Label {
                                    Layout.fillWidth: true
                                    Layout.leftMargin: Theme.spacing
                                    text: card.modelData.name
                                    font.bold: true
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                    Accessible.role: Accessible.StaticText
                                    Accessible.name: qsTr("Skill %1. %2").arg(card.modelData.name).arg(card.modelData.note)
                                }
                                Label {
                                    Layout.fillWidth: true
                                    Layout.leftMargin: Theme.spacing
                                    text: card.modelData.note
                                    color: card.modelData.attested ? Theme.success : Theme.mutedText
                                    font.pixelSize: Theme.smallSize
                                }
                                Repeater {
                                    model: card.modelData.sources
                                    delegate: ItemDelegate {
                                        id: source
                                        required property var modelData
                                        Layout.fillWidth: true
                                        text: modelData.selfAsserted ? qsTr("%1 (self-asserted)").arg(modelData.title) : modelData.title
                                        contentItem: Label {
                                            text: "→ " + source.text
                                            color: Theme.accent
                                            font.underline: source.hovered || source.visualFocus
                                            wrapMode: Text.Wrap
                                        }
                                        Accessible.role: Accessible.Link
                                        Accessible.name: qsTr("Open %1").arg(text)
                                        onClicked: page.app.openCredential(modelData.credentialId)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.padding }
        }
    }
}
