import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// What the system handed to Vitae: a link (app.pendingLink), or files opened
// while the vault is locked (app.waitingFiles). Nothing is fetched until the
// learner chooses Collect, and nothing is added until they confirm the
// import preview that follows.
Rectangle {
    id: banner

    required property AppController app

    readonly property var link: app.pendingLink
    readonly property string linkMessage: link.message ?? ""
    readonly property bool hasLink: linkMessage.length > 0
    readonly property bool hasFiles: app.waitingFilesMessage.length > 0
    readonly property bool needsTxCode: link.needsTxCode ?? false

    visible: hasLink || hasFiles
    implicitHeight: visible ? column.implicitHeight + 2 * Theme.spacing : 0
    color: Theme.surface
    border.color: Theme.accent
    Accessible.role: Accessible.AlertMessage
    Accessible.name: hasLink ? linkMessage : app.waitingFilesMessage

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        anchors.leftMargin: Theme.padding
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            visible: banner.hasLink
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: banner.linkMessage
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Button {
                text: qsTr("Collect")
                visible: banner.link.canCollect ?? false
                enabled: !banner.app.busy && (!banner.needsTxCode || txCode.text.length > 0)
                highlighted: true
                Accessible.name: qsTr("Collect from this link")
                onClicked: banner.app.acceptPendingLink(txCode.text)
            }
            // A verifier's request is answered on the consent page; a
            // presentation opens on the Verify page.
            Button {
                readonly property bool isRequest: banner.link.kind === "presentationRequest"
                text: isRequest ? qsTr("Review the request") : qsTr("Open to verify")
                visible: isRequest || banner.link.kind === "presentation"
                enabled: !banner.app.busy
                highlighted: true
                Accessible.name: isRequest ? qsTr("Review what the verifier asks for") : qsTr("Open the presentation to verify it")
                onClicked: banner.app.acceptPendingLink("")
            }
            Button {
                text: qsTr("Dismiss")
                Accessible.name: qsTr("Dismiss the received link")
                onClicked: banner.app.cancelPendingLink()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: banner.hasLink && banner.needsTxCode
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: banner.link.txCodePrompt ?? ""
                color: Theme.text
                wrapMode: Text.Wrap
            }
            TextField {
                id: txCode
                placeholderText: qsTr("Transaction code")
                inputMethodHints: Qt.ImhPreferNumbers
                Accessible.name: qsTr("Transaction code")
                onAccepted: if (text.length > 0) banner.app.acceptPendingLink(text)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: banner.hasFiles
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: banner.app.waitingFilesMessage
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Button {
                text: qsTr("Dismiss")
                Accessible.name: qsTr("Dismiss the opened files")
                onClicked: banner.app.cancelWaitingFiles()
            }
        }
    }
}
