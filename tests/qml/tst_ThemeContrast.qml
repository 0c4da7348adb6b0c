import QtQuick
import QtTest
import Vitae.Ui

// WCAG 2.1 AA: text at least 4.5:1 against the backgrounds it sits on
// (the palette of the scheme this machine runs in).
TestCase {
    name: "ThemeContrast"

    function luminance(c) {
        function channel(v) { return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4) }
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function test_text_colours_data() {
        const rows = []
        for (const fg of ["text", "mutedText", "accent", "danger", "success", "warning"])
            for (const bg of ["background", "surface"])
                rows.push({ tag: fg + " on " + bg, fg: fg, bg: bg })
        return rows
    }

    function test_text_colours(data) {
        const ratio = contrast(Theme[data.fg], Theme[data.bg])
        verify(ratio >= 4.5, data.tag + " is " + ratio.toFixed(2) + ":1")
    }

    function test_the_measure_itself() {
        // Black on white is 21:1 by definition.
        fuzzyCompare(contrast(Qt.color("#000000"), Qt.color("#FFFFFF")), 21, 0.01)
    }
}
