import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A file or folder path the learner can type or pick with the system's
// dialog (`choose` opens it). Typing keeps every path reachable by keyboard
// alone, and by tests without a native dialog.
RowLayout {
    id: field

    property alias text: input.text
    property string placeholder
    property string name // the accessible name of the text field
    signal choose()

    spacing: Theme.spacing

    TextField {
        id: input
        Layout.fillWidth: true
        placeholderText: field.placeholder
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Accessible.name: field.name
        Accessible.role: Accessible.EditableText
    }
    Button {
        text: qsTr("Choose…")
        Accessible.name: qsTr("Choose: %1").arg(field.name)
        onClicked: field.choose()
    }
}
