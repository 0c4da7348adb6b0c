import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// What the re-check found: each alert says what happened, to which
// credential, since when and what to do; a credential's alert opens it,
// the backup reminder leads to Settings' backup.
Page {
    id: page

    required property AppController app
    readonly property AlertsViewModel alerts: app.alerts

    background: Rectangle { color: Theme.background }
    header: SectionHeader {
        title: qsTr("Alerts")
        ToolButton {
            text: qsTr("Check now")
            Accessible.name: qsTr("Check my credentials now")
            enabled: !page.alerts.checking
            onClicked: page.alerts.recheck()
        }
    }

    function colourOf(kind) {
        switch (kind) {
        case "revoked":
        case "suspended":
        case "expired":
            return Theme.danger
        default:
            return Theme.warning
        }
    }

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
                Layout.fillWidth: true
                spacing: Theme.spacing
                BusyIndicator {
                    running: page.alerts.checking
                    visible: running
                    implicitWidth: 32
                    implicitHeight: 32
                    Accessible.name: qsTr("Checking")
                }
                Label {
                    Layout.fillWidth: true
                    text: page.alerts.checking
                          ? qsTr("Checking your credentials with their issuers…")
                          : page.alerts.lastChecked.length > 0
                            ? qsTr("Last checked %1. Vitae checks again each time you unlock, and once a day while it is open.").arg(page.alerts.lastChecked)
                            : qsTr("Vitae checks your credentials each time you unlock, and once a day while it is open.")
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
            }

            ErrorBanner { Layout.fillWidth: true; text: page.alerts.error }

            Label {
                Layout.fillWidth: true
                visible: page.alerts.count === 0 && !page.alerts.busy
                text: qsTr("No alerts: none of your credentials was revoked, suspended or is about to expire, and your backup is recent.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }

            Repeater {
                model: page.alerts.alerts
                delegate: Rectangle {
                    id: card
                    required property var modelData
                    readonly property color tone: page.colourOf(modelData.kind)
                    Layout.fillWidth: true
                    implicitHeight: cardColumn.implicitHeight + 2 * Theme.padding
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.color: tone
                    Accessible.role: Accessible.Grouping
                    Accessible.name: modelData.title

                    Rectangle { // the side stripe in the alert's colour
                        width: 4
                        radius: 2
                        color: card.tone
                        anchors.left: parent.left
                        anchors.top: parent.top
                        anchors.bottom: parent.bottom
                        anchors.margins: Theme.spacing
                    }

                    ColumnLayout {
                        id: cardColumn
                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        anchors.leftMargin: Theme.padding + Theme.spacing
                        spacing: Theme.spacing / 2

                        Label {
                            Layout.fillWidth: true
                            text: card.modelData.title
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: card.modelData.since
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                        }
                        Label {
                            Layout.fillWidth: true
                            text: card.modelData.advice
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Button {
                            visible: card.modelData.credentialId > 0
                            text: qsTr("Open the credential")
                            Accessible.name: qsTr("Open the credential: %1").arg(card.modelData.title)
                            onClicked: page.app.openCredential(card.modelData.credentialId)
                        }
                        Button {
                            visible: card.modelData.kind === "backup-due"
                            text: qsTr("Make a backup")
                            Accessible.name: qsTr("Make a backup")
                            onClicked: {
                                page.app.settings.jumpTo = "backup"
                                page.app.showPage(AppController.Settings)
                            }
                        }
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.padding }
        }
    }
}
