import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A section page's title bar, with room for actions on the right.
ToolBar {
    id: header

    property string title
    default property alias actions: row.data

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Label {
            text: header.title
            horizontalAlignment: Text.AlignLeft // mirrored to the right in Arabic, whatever the title's script
            font.pixelSize: Theme.headingSize
            font.bold: true
            elide: Text.ElideRight
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }
}
