import QtQuick
import QtTest
import Vitae.Ui

// Hidden by default; the toggle shows and hides it and says which.
Item {
    id: root
    width: 480
    height: 320

    TestCase {
        name: "PassphraseField"
        when: windowShown

        Component {
            id: fieldComponent
            PassphraseField { width: 300 }
        }

        function test_hidden_by_default_and_toggles() {
            const field = createTemporaryObject(fieldComponent, root)
            compare(field.echoMode, TextInput.Password)
            verify(field.inputMethodHints & Qt.ImhSensitiveData)
            field.text = "correct horse battery staple"
            // The toggle is the field's only ToolButton child.
            let button = null
            for (let i = 0; i < field.children.length; ++i)
                if (field.children[i].Accessible.name === "Show passphrase")
                    button = field.children[i]
            verify(button, "a Show passphrase button")
            mouseClick(button)
            compare(field.echoMode, TextInput.Normal)
            compare(button.Accessible.name, "Hide passphrase")
            mouseClick(button)
            compare(field.echoMode, TextInput.Password)
        }
    }
}
