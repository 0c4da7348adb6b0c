import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// Journey 4: pick credentials and the claims to disclose, type the
// verifier's challenge, and show the signed presentation as a QR code.
Page {
    id: page

    required property ShareViewModel viewModel

    background: Rectangle { color: Theme.background }
    header: SectionHeader { title: qsTr("Share credentials") }

    InterviewDialog { viewModel: page.viewModel }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

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
                text: qsTr("1. Choose what to share")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: page.viewModel.candidates.length === 0 && !page.viewModel.busy
                text: qsTr("Your vault has no credentials to share yet.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }

            Repeater {
                model: page.viewModel.candidates
                delegate: Rectangle {
                    id: card
                    required property var modelData
                    readonly property bool presentable: modelData.kind !== "hosted"
                    Layout.fillWidth: true
                    implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.color: pick.checked ? Theme.accent : Qt.rgba(Theme.mutedText.r, Theme.mutedText.g, Theme.mutedText.b, 0.4)

                    ColumnLayout {
                        id: cardColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: 2

                        CheckBox {
                            id: pick
                            Layout.fillWidth: true
                            enabled: card.presentable
                            text: card.modelData.title
                            font.bold: true
                            Accessible.name: qsTr("Share %1").arg(card.modelData.title)
                            onToggled: page.viewModel.setSelected(card.modelData.credentialId, checked)
                            contentItem: Label {
                                // The indicator is on the right when mirrored (Arabic).
                                leftPadding: pick.mirrored ? 0 : pick.indicator.width + pick.spacing
                                rightPadding: pick.mirrored ? pick.indicator.width + pick.spacing : 0
                                horizontalAlignment: Text.AlignLeft // mirrored to the right in Arabic
                                text: pick.text
                                font: pick.font
                                color: pick.enabled ? Theme.text : Theme.mutedText
                                wrapMode: Text.Wrap
                                verticalAlignment: Text.AlignVCenter
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.leftMargin: pick.indicator.width + pick.spacing + pick.leftPadding
                            text: qsTr("Issued by %1").arg(card.modelData.issuer)
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.leftMargin: pick.indicator.width + pick.spacing + pick.leftPadding
                            text: card.modelData.note
                            color: card.presentable ? Theme.mutedText : Theme.warning
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: pick.checked && card.modelData.kind === "sdjwt" ? card.modelData.claims : []
                            delegate: CheckBox {
                                id: claim
                                required property var modelData
                                Layout.fillWidth: true
                                Layout.leftMargin: Theme.padding * 2
                                text: modelData.value.length > 0 ? qsTr("%1: %2").arg(modelData.label).arg(modelData.value)
                                                                 : modelData.label
                                checked: page.viewModel.isDisclosed(card.modelData.credentialId, modelData.pointer)
                                Accessible.name: qsTr("Disclose %1").arg(modelData.label)
                                onToggled: page.viewModel.setDisclosed(card.modelData.credentialId, modelData.pointer, checked)
                                contentItem: Label {
                                    leftPadding: claim.mirrored ? 0 : claim.indicator.width + claim.spacing
                                    rightPadding: claim.mirrored ? claim.indicator.width + claim.spacing : 0
                                    horizontalAlignment: Text.AlignLeft
                                    text: claim.text
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                    verticalAlignment: Text.AlignVCenter
                                }
                            }
                        }
                    }
                }
            }

            Label {
                text: qsTr("2. Who is asking")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("The verifier gives you a challenge (scan their code or type it). It ties this presentation to them, so it cannot be replayed elsewhere.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
            TextField {
                id: challengeField
                Layout.fillWidth: true
                placeholderText: qsTr("Challenge")
                Accessible.name: qsTr("Verifier's challenge")
                Accessible.role: Accessible.EditableText
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            }
            TextField {
                id: domainField
                Layout.fillWidth: true
                placeholderText: qsTr("Domain, for example jobs.example (optional)")
                Accessible.name: qsTr("Verifier's domain")
                Accessible.role: Accessible.EditableText
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                onAccepted: buildButton.clicked()
            }
            RowLayout {
                spacing: Theme.spacing
                PrimaryButton {
                    id: buildButton
                    text: page.viewModel.busy ? qsTr("Signing…") : qsTr("Build presentation")
                    enabled: !page.viewModel.busy && page.viewModel.selectedCount > 0 && challengeField.text.trim().length > 0
                    Accessible.name: qsTr("Build presentation")
                    onClicked: page.viewModel.build(challengeField.text, domainField.text)
                }
                BusyIndicator {
                    running: page.viewModel.busy
                    visible: running
                    Layout.preferredHeight: 36
                    Layout.preferredWidth: 36
                    Accessible.name: qsTr("Working")
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%n credential(s) chosen.", "", page.viewModel.selectedCount)
                color: Theme.mutedText
            }

            Label {
                text: qsTr("Your share log")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: page.viewModel.shareLog.length === 0
                text: qsTr("Nothing shared yet. Every presentation you make is listed here: what, to whom, and when.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
            Repeater {
                model: page.viewModel.shareLog
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: qsTr("%1 · to %2 by %3").arg(modelData.when).arg(modelData.to).arg(modelData.channel)
                          + "\n" + modelData.disclosed.join("\n")
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.name: text
                }
            }
            Item { Layout.preferredHeight: Theme.padding }
        }
    }
}
