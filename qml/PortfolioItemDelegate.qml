import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One item of the open portfolio, numbered in its place, with buttons to
// move it up or down and to take it out. The buttons are reached with Tab
// and pressed with Space, like any button.
Rectangle {
    id: card

    required property var item      // credentialId, title, issuer, kindLabel, evidence
    required property int position  // 0 first
    required property int count
    signal moveRequested(int to)
    signal removeRequested()

    // For keeping focus on the moved item once the list has reloaded.
    function focusButton(which) {
        const wanted = which === "up" ? upButton : downButton
        const other = which === "up" ? downButton : upButton
        if (wanted.enabled) wanted.forceActiveFocus()
        else if (other.enabled) other.forceActiveFocus()
        else removeButton.forceActiveFocus()
    }

    implicitHeight: column.implicitHeight + 2 * Theme.spacing * 1.5
    radius: Theme.radius / 2
    color: Theme.surface
    border.color: Qt.rgba(Theme.mutedText.r, Theme.mutedText.g, Theme.mutedText.b, 0.4)
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1 of %2: %3").arg(position + 1).arg(count).arg(item.title)

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing * 1.5
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: (card.position + 1) + "."
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.accent
                Layout.alignment: Qt.AlignTop
            }
            Label {
                Layout.fillWidth: true
                text: card.item.title
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
        Label {
            Layout.fillWidth: true
            text: card.item.kind === "entry" ? card.item.kindLabel
                                             : qsTr("%1 from %2").arg(card.item.kindLabel).arg(card.item.issuer)
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: card.item.evidence.length > 0
            text: qsTr("Evidence: %1").arg(card.item.evidence.join(", "))
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                id: upButton
                text: qsTr("Move up")
                enabled: card.position > 0
                Accessible.name: qsTr("Move %1 up").arg(card.item.title)
                onClicked: card.moveRequested(card.position - 1)
            }
            Button {
                id: downButton
                text: qsTr("Move down")
                enabled: card.position < card.count - 1
                Accessible.name: qsTr("Move %1 down").arg(card.item.title)
                onClicked: card.moveRequested(card.position + 1)
            }
            Button {
                id: removeButton
                text: qsTr("Remove")
                flat: true
                Accessible.name: qsTr("Remove %1 from the portfolio").arg(card.item.title)
                onClicked: card.removeRequested()
            }
        }
    }
}
