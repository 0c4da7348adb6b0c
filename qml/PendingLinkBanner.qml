import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// What the system handed to Vitae: a link (app.pendingLink), or files opened
// while the vault is locked (app.waitingFiles). It only tells the learner;
// nothing is fetched or added from here.
Rectangle {
    id: banner

    required property AppController app

    readonly property var link: app.pendingLink
    readonly property string linkMessage: link.message ?? ""
    readonly property bool hasLink: linkMessage.length > 0
    readonly property bool hasFiles: app.waitingFilesMessage.length > 0

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
                text: qsTr("Dismiss")
                Accessible.name: qsTr("Dismiss the received link")
                onClicked: banner.app.cancelPendingLink()
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
