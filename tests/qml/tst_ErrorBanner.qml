import QtQuick
import QtTest
import Vitae.Ui

// The banner takes no room when there is nothing to say, and a screen
// reader hears the sentence as an alert.
Item {
    id: root
    width: 480
    height: 320

    TestCase {
        name: "ErrorBanner"
        when: windowShown

        Component {
            id: bannerComponent
            ErrorBanner { width: 300 }
        }

        function test_hidden_when_empty() {
            const banner = createTemporaryObject(bannerComponent, root)
            verify(!banner.visible)
            compare(banner.implicitHeight, 0)
        }

        function test_shows_the_sentence() {
            const banner = createTemporaryObject(bannerComponent, root, { text: "The file is not a credential." })
            verify(banner.visible)
            verify(banner.implicitHeight > 0)
            compare(banner.Accessible.name, "The file is not a credential.")
            compare(banner.Accessible.role, Accessible.AlertMessage)
            banner.text = ""
            verify(!banner.visible)
        }
    }
}
