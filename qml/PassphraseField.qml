import QtQuick
import QtQuick.Controls

// A passphrase field with a show/hide toggle. The text never leaves this
// field except through the controller's actions.
TextField {
    id: field

    property bool revealed: false

    echoMode: revealed ? TextInput.Normal : TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    rightPadding: toggle.width + Theme.spacing

    ToolButton {
        id: toggle
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        text: field.revealed ? qsTr("Hide") : qsTr("Show")
        font.pixelSize: Theme.smallSize
        focusPolicy: Qt.TabFocus
        Accessible.name: field.revealed ? qsTr("Hide passphrase") : qsTr("Show passphrase")
        onClicked: field.revealed = !field.revealed
    }
}
