import QtQuick
import QtTest
import Vitae.Ui

// Every status is said in words (never only colour), and an unknown one
// says "Status unknown" rather than something reassuring.
Item {
    id: root
    width: 480
    height: 320

    TestCase {
        name: "StatusChip"
        when: windowShown

        Component {
            id: chipComponent
            StatusChip {}
        }

        function test_words_data() {
            return [
                { status: "verified", words: "Verified" },
                { status: "warning", words: "Verified, with warnings" },
                { status: "failed", words: "Failed verification" },
                { status: "expired", words: "Expired" },
                { status: "revoked", words: "Revoked" },
                { status: "suspended", words: "Suspended" },
                { status: "unknown", words: "Status unknown" },
                { status: "self-asserted", words: "Self-asserted" },
                { status: "unverified", words: "Not verified yet" },
                { status: "something-new", words: "Status unknown" },
                { status: "", words: "Status unknown" }
            ]
        }

        function test_words(data) {
            const chip = createTemporaryObject(chipComponent, root, { status: data.status })
            verify(chip)
            compare(chip.Accessible.name, data.words)
            compare(chip.current.text, data.words)
            verify(chip.implicitWidth > 0)
        }

        function test_bad_news_looks_different_from_good_news() {
            const good = createTemporaryObject(chipComponent, root, { status: "verified" })
            const bad = createTemporaryObject(chipComponent, root, { status: "revoked" })
            verify(!Qt.colorEqual(good.border.color, bad.border.color))
        }
    }
}
