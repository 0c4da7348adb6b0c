import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// One credential: what it says, every check of its verification in plain
// words, where it came from, and its exact data.
Page {
    id: page

    required property AppController app
    readonly property var detail: app.detail

    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: page.app.closeCredential()

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            ToolButton {
                text: qsTr("Back")
                Accessible.name: qsTr("Back to your credentials")
                onClicked: page.app.closeCredential()
            }
            Label {
                text: page.detail.title !== undefined ? page.detail.title : ""
                horizontalAlignment: Text.AlignLeft // next to Back in Arabic too
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.padding, 720)
            x: (parent.width - width) / 2
            spacing: Theme.padding

            Item { Layout.preferredHeight: Theme.spacing }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.padding
                Label {
                    Layout.fillWidth: true
                    text: page.detail.title !== undefined ? page.detail.title : ""
                    horizontalAlignment: Text.AlignLeft
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                StatusChip { status: page.detail.status !== undefined ? page.detail.status : "" }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Issued by %1").arg(page.detail.issuer) + (page.detail.issued ? " · " + page.detail.issued : "")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.detail.description !== undefined ? page.detail.description : ""
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: page.detail.validUntil !== undefined && page.detail.validUntil.length > 0
                text: qsTr("Valid until %1").arg(page.detail.validUntil)
                color: Theme.text
            }

            Label {
                text: page.detail.verifiedAt ? qsTr("Checked on %1").arg(page.detail.verifiedAt) : qsTr("Not checked yet")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: page.detail.checks !== undefined ? page.detail.checks : []
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        // Words, not only colour: passed / warning / failed / unknown.
                        text: modelData.outcome === "passed" ? qsTr("OK")
                            : modelData.outcome === "warning" ? qsTr("Note")
                            : modelData.outcome === "failed" ? qsTr("Failed") : qsTr("Unknown")
                        color: modelData.outcome === "passed" ? Theme.success
                             : modelData.outcome === "failed" ? Theme.danger : Theme.warning
                        font.bold: true
                        Layout.preferredWidth: 80
                        Layout.alignment: Qt.AlignTop
                    }
                    Label {
                        text: modelData.message
                        horizontalAlignment: Text.AlignLeft // a sentence kept in another language still starts at the reading side
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }

            Label {
                visible: endorsements.count > 0
                text: qsTr("Endorsements")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Repeater {
                id: endorsements
                model: page.detail.endorsements !== undefined ? page.detail.endorsements : []
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    // Who vouches, in their words, and how their signature checked out.
                    readonly property string checked: modelData.status === "verified" ? qsTr("verified")
                        : modelData.status === "warning" ? qsTr("checked, with a warning: open it to see why")
                        : modelData.status === "failed" ? qsTr("failed its check")
                        : modelData.status
                    text: qsTr("%1 (%2): “%3”").arg(modelData.endorser).arg(checked).arg(modelData.comment)
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.name: qsTr("Endorsed by %1").arg(modelData.endorser)
                }
            }

            RowLayout {
                spacing: Theme.spacing
                PrimaryButton {
                    text: page.app.busy ? qsTr("Checking…") : qsTr("Check again")
                    enabled: !page.app.busy
                    Accessible.name: qsTr("Check this credential again")
                    onClicked: page.app.reverifyCredential()
                }
                Button {
                    text: qsTr("Delete…")
                    flat: true
                    Accessible.name: qsTr("Delete this credential")
                    onClicked: confirmDelete.open()
                }
            }

            Label {
                text: qsTr("Details")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            GridLayout {
                columns: 2
                columnSpacing: Theme.padding
                Layout.fillWidth: true
                Repeater {
                    model: [[qsTr("Issuer"), page.detail.issuerId], [qsTr("Holder"), page.detail.subjectId],
                            [qsTr("Format"), page.detail.format], [qsTr("Types"), page.detail.types],
                            [qsTr("Added"), page.detail.imported], [qsTr("From"), page.detail.source]]
                    delegate: Label {
                        required property var modelData
                        required property int index
                        text: modelData[0] + ": " + (modelData[1] !== undefined ? modelData[1] : "")
                        color: Theme.mutedText
                        wrapMode: Text.WrapAnywhere
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                    }
                }
            }
            TextArea {
                Layout.fillWidth: true
                Layout.preferredHeight: 200
                visible: page.detail.raw !== undefined && page.detail.raw.length > 0
                readOnly: true
                text: page.detail.raw !== undefined ? page.detail.raw : ""
                font.family: "monospace"
                font.pixelSize: Theme.smallSize
                wrapMode: TextEdit.WrapAnywhere
                Accessible.name: qsTr("The credential's exact data")
            }
            Item { Layout.preferredHeight: Theme.padding }
        }
    }

    Dialog {
        id: confirmDelete
        anchors.centerIn: Overlay.overlay
        modal: true
        title: qsTr("Delete this credential?")
        footer: DialogButtonBox {
            Button {
                text: qsTr("Keep it")
                flat: true
                Accessible.name: qsTr("Keep the credential")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                text: qsTr("Delete")
                flat: true
                Accessible.name: qsTr("Confirm deleting the credential")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        Label {
            width: parent ? parent.width : 300
            text: qsTr("It is removed from this vault. If you have no copy, the issuer may be able to send it again.")
            wrapMode: Text.Wrap
        }
        onAccepted: page.app.deleteCredential()
    }
}
