import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// The interface language, each offered in its own name so a reader finds
// theirs whatever the current language. Arabic mirrors the whole window.
// No label of its own: it sits under the Settings page's "Language" heading.
ColumnLayout {
    id: option

    required property AppController app
    readonly property LanguageSwitcher switcher: app.language

    spacing: 0

    ComboBox {
        id: languageBox
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.maxFormWidth
        model: option.switcher.languages
        textRole: "name"
        valueRole: "code"
        currentIndex: option.switcher.currentIndex
        Accessible.name: qsTr("Interface language")
        Accessible.description: currentText
        // Each entry in its own name and script.
        delegate: ItemDelegate {
            required property var modelData
            required property int index
            width: ListView.view ? ListView.view.width : implicitWidth
            text: modelData.name
            highlighted: languageBox.highlightedIndex === index
            Accessible.name: modelData.name
        }
        onActivated: {
            option.switcher.setLanguage(currentValue)
            // Choosing replaced the binding: follow the switcher again.
            currentIndex = Qt.binding(() => option.switcher.currentIndex)
        }
    }

    Label {
        Layout.fillWidth: true
        visible: option.switcher.error.length > 0
        text: option.switcher.error
        color: Theme.danger
        wrapMode: Text.Wrap
    }
}
