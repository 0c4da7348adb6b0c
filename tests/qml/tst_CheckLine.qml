import QtQuick
import QtTest
import Vitae.Ui

// A check reads as its outcome in words followed by the sentence.
Item {
    id: root
    width: 480
    height: 320

    TestCase {
        name: "CheckLine"
        when: windowShown

        Component {
            id: lineComponent
            CheckLine {}
        }

        function test_outcome_words_data() {
            return [
                { outcome: "passed", words: "OK" },
                { outcome: "warning", words: "Note" },
                { outcome: "failed", words: "Failed" },
                { outcome: "skipped", words: "Unknown" }
            ]
        }

        function test_outcome_words(data) {
            const line = createTemporaryObject(lineComponent, root,
                    { modelData: { outcome: data.outcome, message: "The issuer's signature is valid." } })
            verify(line)
            compare(line.Accessible.name, data.words + ": The issuer's signature is valid.")
        }
    }
}
