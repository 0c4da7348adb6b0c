import QtQuick
import QtQuick.Controls

// A field's label above it, so what a field is stays visible once it is
// filled in. Screen readers get the field's own Accessible.name; this label
// is skipped so it is not read twice.
Label {
    property Item buddy

    color: Theme.mutedText
    font.pixelSize: Theme.smallSize
    topPadding: Theme.spacing / 2
    Accessible.ignored: true

    // As in desktop forms: clicking the label puts the cursor in its field.
    TapHandler { onTapped: if (parent.buddy) parent.buddy.forceActiveFocus() }
}
