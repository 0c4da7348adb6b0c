import QtQuick
import QtQuick.Controls

// One filter of the credentials list: "All …" or one of `values`, shown
// through `label` (words for codes such as statuses). Sets `current`.
ComboBox {
    id: box

    required property string allText
    property var values: []
    property var label: (value) => value
    property string current
    signal chosen(string value)

    model: [box.allText].concat(box.values.map(box.label))
    currentIndex: Math.max(0, box.values.indexOf(box.current) + 1)
    implicitContentWidthPolicy: ComboBox.WidestText
    Accessible.name: box.allText
    onActivated: (index) => box.chosen(index === 0 ? "" : box.values[index - 1])
}
