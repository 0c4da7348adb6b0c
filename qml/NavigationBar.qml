import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vitae.Models

// The sections of an open vault: a bottom bar on phones, a side rail when
// wide. AppController decides the page; this only asks for one.
Rectangle {
    id: bar

    required property AppController app
    property bool vertical: false

    readonly property var sections: [
        { page: AppController.Credentials, label: qsTr("Credentials"), glyph: "▤" },
        { page: AppController.Share, label: qsTr("Share"), glyph: "⇪" },
        { page: AppController.Portfolio, label: qsTr("Portfolio"), glyph: "✎" },
        { page: AppController.Skills, label: qsTr("Skills"), glyph: "★" },
        { page: AppController.Verify, label: qsTr("Verify"), glyph: "✓" },
        { page: AppController.Settings, label: qsTr("Settings"), glyph: "⚙" }
    ]

    color: Theme.surface
    implicitWidth: vertical ? 96 : 0
    implicitHeight: vertical ? 0 : 64
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Sections")

    Rectangle { // the edge towards the page
        color: Qt.rgba(Theme.mutedText.r, Theme.mutedText.g, Theme.mutedText.b, 0.3)
        width: bar.vertical ? 1 : parent.width
        height: bar.vertical ? parent.height : 1
        anchors.right: bar.vertical ? parent.right : undefined
        anchors.top: parent.top
    }

    GridLayout {
        anchors.fill: parent
        anchors.topMargin: bar.vertical ? Theme.spacing : 1
        columns: bar.vertical ? 1 : bar.sections.length
        rowSpacing: 0
        columnSpacing: 0

        Repeater {
            model: bar.sections
            delegate: AbstractButton {
                id: button
                required property var modelData
                required property int index
                readonly property bool current: bar.app.section === modelData.page
                Layout.fillWidth: true
                Layout.fillHeight: !bar.vertical
                Layout.preferredHeight: bar.vertical ? 72 : -1
                Layout.alignment: Qt.AlignTop
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.PageTab
                Accessible.name: modelData.label
                Accessible.checkable: true
                Accessible.checked: current
                onClicked: bar.app.showPage(modelData.page)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()

                background: Rectangle {
                    color: button.current ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.16) : "transparent"
                    border.width: button.visualFocus ? 2 : 0
                    border.color: Theme.text
                    radius: Theme.radius / 2
                    anchors.fill: parent
                    anchors.margins: 4
                }
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        Layout.alignment: Qt.AlignHCenter
                        text: button.modelData.glyph
                        font.pixelSize: Theme.headingSize * 1.2
                        color: button.current ? Theme.accent : Theme.mutedText
                        Accessible.ignored: true
                    }
                    Label {
                        Layout.alignment: Qt.AlignHCenter
                        text: button.modelData.label
                        font.pixelSize: Theme.smallSize
                        font.bold: button.current
                        color: button.current ? Theme.text : Theme.mutedText
                        Accessible.ignored: true
                    }
                }
            }
        }
        Item { visible: bar.vertical; Layout.fillHeight: true }
    }

    // Ctrl+1 … Ctrl+6 reach the sections from anywhere.
    Repeater {
        model: bar.visible ? bar.sections : []
        delegate: Item {
            required property var modelData
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                onActivated: bar.app.showPage(modelData.page)
            }
        }
    }
}
