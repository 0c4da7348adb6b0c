import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One check of a verification as a sentence, with its outcome in words
// (never only colour). Takes modelData {outcome, message}.
RowLayout {
    required property var modelData
    Layout.fillWidth: true
    spacing: Theme.spacing
    Accessible.role: Accessible.StaticText
    Accessible.name: outcome.text + ": " + modelData.message

    Label {
        id: outcome
        text: modelData.outcome === "passed" ? qsTr("OK")
            : modelData.outcome === "warning" ? qsTr("Note")
            : modelData.outcome === "failed" ? qsTr("Failed") : qsTr("Unknown")
        color: modelData.outcome === "passed" ? Theme.success
             : modelData.outcome === "failed" ? Theme.danger : Theme.warning
        font.bold: true
        Layout.preferredWidth: 72
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
