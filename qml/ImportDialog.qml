import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// What will be stored, with how each credential verified, before anything
// is stored. Nothing is added until the learner says so.
Popup {
    id: dialog

    required property AppController app

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.padding : 480, 560)
    height: Math.min(parent ? parent.height - 2 * Theme.padding : 600, implicitHeight)
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape
    onClosed: if (app.importPreviews.length > 0) app.cancelImport()
    background: Rectangle { color: Theme.surface; radius: Theme.radius }

    // Opened and closed explicitly: a modal popup hidden through a "visible"
    // binding leaves its modal overlay catching clicks.
    Connections {
        target: dialog.app
        function onImportPreviewsChanged() {
            if (dialog.app.importPreviews.length > 0)
                dialog.open()
            else
                dialog.close()
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.padding
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Add to your wallet")

        Label {
            text: qsTr("Add to your wallet")
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }

        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.min(contentHeight, 360)
            clip: true
            spacing: Theme.spacing
            model: dialog.app.importPreviews
            delegate: Rectangle {
                required property var modelData
                width: ListView.view.width
                implicitHeight: column.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius / 2
                color: "transparent"
                border.color: Qt.rgba(Theme.mutedText.r, Theme.mutedText.g, Theme.mutedText.b, 0.4)

                ColumnLayout {
                    id: column
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: modelData.title !== undefined ? modelData.title : modelData.source
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        StatusChip {
                            visible: modelData.status !== undefined
                            status: modelData.status !== undefined ? modelData.status : ""
                        }
                    }
                    Label {
                        visible: modelData.issuer !== undefined
                        text: qsTr("Issued by %1").arg(modelData.issuer)
                        color: Theme.mutedText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: modelData.checks !== undefined ? modelData.checks : []
                        Label {
                            required property string modelData
                            text: "• " + modelData
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                        }
                    }
                    Label {
                        visible: modelData.error !== undefined || modelData.duplicateOf > 0
                        text: modelData.error !== undefined ? qsTr("Cannot be added: %1").arg(modelData.error)
                                                            : qsTr("Already in your wallet.")
                        color: modelData.error !== undefined ? Theme.danger : Theme.mutedText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                text: qsTr("Cancel")
                flat: true
                Accessible.name: qsTr("Cancel adding")
                onClicked: dialog.app.cancelImport()
            }
            Item { Layout.fillWidth: true }
            PrimaryButton {
                text: qsTr("Add %n credential(s)", "", dialog.app.importableCount)
                enabled: dialog.app.importableCount > 0 && !dialog.app.busy
                Accessible.name: qsTr("Add to wallet")
                onClicked: dialog.app.confirmImport()
            }
        }
    }
}
