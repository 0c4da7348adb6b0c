import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// A verifier asks for a presentation (OpenID4VP): who asks and whether
// that was checked, which of the learner's credentials answer, exactly what
// each would disclose, then Send or Decline. Nothing is sent before Send.
Page {
    id: page

    required property AppController app
    readonly property RequestViewModel request: app.request
    readonly property var verifier: request.verifier
    readonly property string stage: request.stage
    readonly property bool deciding: stage === "ready" || stage === "sending"
    readonly property string verifierName: verifier.name ?? ""

    background: Rectangle { color: Theme.background }
    header: SectionHeader { title: qsTr("A verifier asks to see your credentials") }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.padding, 720)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.padding

            Item { Layout.preferredHeight: Theme.spacing }

            RowLayout {
                visible: page.stage === "loading"
                spacing: Theme.spacing
                BusyIndicator { running: parent.visible; Accessible.name: qsTr("Working") }
                Label {
                    text: qsTr("Reading the request…")
                    color: Theme.mutedText
                }
            }

            ErrorBanner { Layout.fillWidth: true; text: page.request.error }

            // Who asks.
            Rectangle {
                Layout.fillWidth: true
                visible: page.verifierName.length > 0
                implicitHeight: whoColumn.implicitHeight + 2 * Theme.padding
                radius: Theme.radius / 2
                color: Theme.surface
                border.color: page.verifier.identityChecked ? Theme.success : Theme.warning

                ColumnLayout {
                    id: whoColumn
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 asks for a presentation").arg(page.verifierName)
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: (page.verifier.identityChecked ? "✓ " : "! ") + (page.verifier.identity ?? "")
                        color: page.verifier.identityChecked ? Theme.success : Theme.warning
                        wrapMode: Text.WrapAnywhere
                        Accessible.name: text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Your answer goes to %1.").arg(page.verifier.host ?? "")
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.name: text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: page.verifier.identityChecked
                              ? qsTr("The name \"%1\" is the verifier's own description; the signature proves only the identifier above.").arg(page.verifierName)
                              : qsTr("Vitae could not check who this verifier is. Share only if you trust the address above.")
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                }
            }

            ErrorBanner {
                Layout.fillWidth: true
                text: page.deciding ? page.request.problem : ""
            }

            Label {
                visible: page.deciding && page.request.requested.length > 0
                text: qsTr("What it would receive")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Repeater {
                model: page.deciding ? page.request.requested : []
                delegate: Rectangle {
                    id: card
                    required property var modelData
                    required property int index
                    readonly property var claims: modelData.claims ?? []
                    Layout.fillWidth: true
                    implicitHeight: cardColumn.implicitHeight + 2 * Theme.padding
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.color: modelData.missing ? Theme.danger : Qt.rgba(Theme.mutedText.r, Theme.mutedText.g, Theme.mutedText.b, 0.4)

                    ColumnLayout {
                        id: cardColumn
                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        spacing: Theme.spacing

                        Label {
                            Layout.fillWidth: true
                            text: qsTr("It asks for %1").arg(card.modelData.what)
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.WrapAnywhere
                            Accessible.name: text
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: card.modelData.missing
                            text: qsTr("You hold no credential that answers this part of the request.")
                            color: Theme.danger
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.AlertMessage
                            Accessible.name: text
                        }
                        // Which stored credential answers, when several do.
                        Repeater {
                            model: card.modelData.candidates
                            delegate: RadioButton {
                                required property var modelData
                                required property int index
                                Layout.fillWidth: true
                                visible: card.modelData.candidates.length > 1
                                text: qsTr("%1, from %2").arg(modelData.title).arg(modelData.issuer)
                                checked: card.modelData.chosen === index
                                enabled: page.stage === "ready"
                                Accessible.name: qsTr("Use %1").arg(modelData.title)
                                onToggled: if (checked) page.request.chooseCredential(card.index, index)
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: !card.modelData.missing && card.modelData.candidates.length === 1
                            text: card.modelData.candidates.length === 1
                                  ? qsTr("From your credential: %1, issued by %2").arg(card.modelData.candidates[0].title)
                                                                                 .arg(card.modelData.candidates[0].issuer)
                                  : ""
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Accessible.name: text
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: !card.modelData.missing && card.modelData.selective === false
                            text: qsTr("This credential is shared whole: its format does not let you hide parts of it.")
                            color: Theme.warning
                            wrapMode: Text.Wrap
                            Accessible.name: text
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: card.modelData.selective === true
                            text: card.claims.length > 0
                                  ? qsTr("Only the ticked claims are disclosed, with what the issuer made always visible (issuer, type, dates). Claims marked required cannot be left out.")
                                  : qsTr("It asks for no particular claim: only what the issuer made always visible (issuer, type, dates) is disclosed.")
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: card.modelData.selective === true ? card.claims : []
                            delegate: CheckBox {
                                id: claimBox
                                required property var modelData
                                Layout.fillWidth: true
                                Layout.leftMargin: Theme.padding
                                checked: modelData.selected
                                enabled: !modelData.required && page.stage === "ready"
                                text: (modelData.value.length > 0 ? qsTr("%1: %2").arg(modelData.label).arg(modelData.value)
                                                                  : modelData.label)
                                      + (modelData.required ? " " + qsTr("(required)") : "")
                                Accessible.name: modelData.required ? qsTr("%1 (required)").arg(modelData.label)
                                                                    : qsTr("Disclose %1").arg(modelData.label)
                                onToggled: page.request.setClaimSelected(card.index, modelData.key, checked)
                                contentItem: Label {
                                    // The indicator is on the right when mirrored (Arabic).
                                    leftPadding: claimBox.mirrored ? 0 : claimBox.indicator.width + claimBox.spacing
                                    rightPadding: claimBox.mirrored ? claimBox.indicator.width + claimBox.spacing : 0
                                    horizontalAlignment: Text.AlignLeft // mirrored to the right in Arabic
                                    text: claimBox.text
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                    verticalAlignment: Text.AlignVCenter
                                }
                            }
                        }
                    }
                }
            }

            RowLayout {
                visible: page.deciding
                spacing: Theme.spacing
                PrimaryButton {
                    text: page.stage === "sending" ? qsTr("Sending…") : qsTr("Send")
                    enabled: page.request.canSend && !page.request.busy
                    Accessible.name: qsTr("Send to %1").arg(page.verifierName)
                    onClicked: page.request.send()
                }
                Button {
                    text: qsTr("Decline")
                    enabled: page.stage === "ready"
                    Accessible.name: qsTr("Decline the request")
                    onClicked: page.request.decline()
                }
                BusyIndicator {
                    running: page.request.busy
                    visible: running
                    Layout.preferredHeight: 36
                    Layout.preferredWidth: 36
                    Accessible.name: qsTr("Working")
                }
            }

            // The verifier's answer, as it gave it.
            Rectangle {
                Layout.fillWidth: true
                visible: page.stage === "sent" || page.stage === "refused"
                implicitHeight: answerColumn.implicitHeight + 2 * Theme.padding
                radius: Theme.radius / 2
                color: Theme.surface
                border.color: page.stage === "sent" ? Theme.success : Theme.danger
                Accessible.role: Accessible.AlertMessage
                Accessible.name: page.request.outcome

                ColumnLayout {
                    id: answerColumn
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        text: (page.stage === "sent" ? "✓ " : "✗ ") + page.request.outcome
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    TextEdit {
                        Layout.fillWidth: true
                        visible: page.request.redirect.length > 0
                        text: page.request.redirect
                        readOnly: true
                        selectByMouse: true
                        color: Theme.accent
                        wrapMode: TextEdit.WrapAnywhere
                        Accessible.name: qsTr("Address given by the verifier")
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("What you sent is in your share log (Share page).")
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                }
            }

            PrimaryButton {
                visible: page.stage === "sent" || page.stage === "refused" || page.stage === "failed"
                text: qsTr("Done")
                Accessible.name: qsTr("Done with the request")
                onClicked: page.request.finish()
            }

            Item { Layout.preferredHeight: Theme.padding }
        }
    }
}
