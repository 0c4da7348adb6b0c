import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: delegate

    required property int index
    required property var credentialId
    required property string name
    required property string issuer
    required property string issued
    required property string status

    width: ListView.view ? ListView.view.width : implicitWidth
    Accessible.name: qsTr("%1, issued by %2").arg(name).arg(issuer)
    onClicked: ListView.view.openCredential(credentialId)

    contentItem: RowLayout {
        spacing: Theme.padding

        Rectangle {
            // Placeholder badge: the issuer's initial until images arrive.
            Layout.preferredWidth: 44
            Layout.preferredHeight: 44
            radius: Theme.radius
            color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.15)
            Label {
                anchors.centerIn: parent
                text: delegate.issuer.length > 0 ? delegate.issuer.charAt(0).toUpperCase() : "?"
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.accent
            }
            Accessible.ignored: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                text: delegate.name
                horizontalAlignment: Text.AlignLeft // beside the badge in Arabic too, whatever the title's script
                font.pixelSize: Theme.headingSize * 0.9
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: delegate.issued.length > 0 ? qsTr("%1 · %2").arg(delegate.issuer).arg(delegate.issued) : delegate.issuer
                horizontalAlignment: Text.AlignLeft
                color: Theme.mutedText
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        StatusChip {
            status: delegate.status
        }
    }
}
