import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Vitae.Models

// The form for one self-asserted entry. The view model holds the skills and
// evidence chosen so far and does the signing and storing.
Popup {
    id: dialog

    required property PortfolioViewModel viewModel

    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 480, 600)
    height: Math.min(parent ? parent.height - 2 * Theme.spacing : 600, 760)
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { color: Theme.surface; radius: Theme.radius }

    function reset() {
        for (const field of [role, organisation, place, start, end, description, skill])
            field.text = ""
    }
    onOpened: role.forceActiveFocus()

    Connections {
        target: dialog.viewModel
        function onEntryAdded() { dialog.reset(); dialog.close() }
    }

    FileDialog {
        id: evidenceDialog
        title: qsTr("Choose evidence files")
        fileMode: FileDialog.OpenFiles
        onAccepted: dialog.viewModel.addEvidence(selectedFiles)
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Add experience")

        Label {
            text: qsTr("Add experience")
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("This will be self-asserted: signed by you. Evidence files are kept in your vault and the entry proves they are unchanged.")
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroll.availableWidth
                spacing: Theme.spacing

                FormLabel { text: qsTr("Role (required)"); buddy: role }
                TextField { id: role; Layout.fillWidth: true; placeholderText: qsTr("For example Logistics planning officer"); Accessible.name: qsTr("Role"); Accessible.role: Accessible.EditableText }
                FormLabel { text: qsTr("Organisation"); buddy: organisation }
                TextField { id: organisation; Layout.fillWidth: true; placeholderText: qsTr("For example U.S. Army"); Accessible.name: qsTr("Organisation"); Accessible.role: Accessible.EditableText }
                FormLabel { text: qsTr("Place"); buddy: place }
                TextField { id: place; Layout.fillWidth: true; placeholderText: qsTr("For example Fort Hood, Texas"); Accessible.name: qsTr("Place"); Accessible.role: Accessible.EditableText }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    FormLabel { text: qsTr("From (required)"); buddy: start; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                    FormLabel { text: qsTr("To"); buddy: end; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    TextField {
                        id: start
                        Layout.preferredWidth: 1
                        Layout.fillWidth: true
                        placeholderText: qsTr("Year-month, e.g. 2012-05")
                        inputMethodHints: Qt.ImhPreferNumbers
                        validator: RegularExpressionValidator { regularExpression: /\d{0,4}(-\d{0,2})?/ }
                        Accessible.name: qsTr("Start month")
                        Accessible.role: Accessible.EditableText
                    }
                    TextField {
                        id: end
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        placeholderText: qsTr("Empty if ongoing")
                        inputMethodHints: Qt.ImhPreferNumbers
                        validator: RegularExpressionValidator { regularExpression: /\d{0,4}(-\d{0,2})?/ }
                        Accessible.name: qsTr("End month")
                        Accessible.role: Accessible.EditableText
                    }
                }
                FormLabel { text: qsTr("What you did"); buddy: description }
                TextArea {
                    id: description
                    Layout.fillWidth: true
                    Layout.preferredHeight: 96
                    placeholderText: qsTr("What you did, for example: fleet of 60 vehicles, 1,200 personnel")
                    wrapMode: TextEdit.Wrap
                    Accessible.name: qsTr("Description")
                    Accessible.role: Accessible.EditableText
                    KeyNavigation.priority: KeyNavigation.BeforeItem
                    KeyNavigation.tab: skill
                }

                Label { text: qsTr("Skills"); font.bold: true; color: Theme.text }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: skill
                        Layout.fillWidth: true
                        placeholderText: qsTr("A skill, then Enter")
                        Accessible.name: qsTr("Skill")
                        Accessible.role: Accessible.EditableText
                        onAccepted: { dialog.viewModel.addSkill(text); text = "" }
                    }
                    Button {
                        text: qsTr("Add")
                        Accessible.name: qsTr("Add skill")
                        onClicked: { dialog.viewModel.addSkill(skill.text); skill.text = "" }
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: dialog.viewModel.draftSkills
                        delegate: Rectangle {
                            required property string modelData
                            required property int index
                            implicitWidth: chipRow.implicitWidth + Theme.spacing
                            implicitHeight: chipRow.implicitHeight
                            radius: height / 2
                            color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.14)
                            border.color: Theme.accent
                            RowLayout {
                                id: chipRow
                                anchors.centerIn: parent
                                spacing: 0
                                Label { text: modelData; color: Theme.text; leftPadding: Theme.spacing }
                                ToolButton {
                                    text: "×"
                                    implicitWidth: 32
                                    implicitHeight: 32
                                    Accessible.name: qsTr("Remove skill %1").arg(modelData)
                                    onClicked: dialog.viewModel.removeSkill(index)
                                }
                            }
                        }
                    }
                }

                Label { text: qsTr("Evidence"); font.bold: true; color: Theme.text }
                Repeater {
                    model: dialog.viewModel.draftEvidence
                    delegate: RowLayout {
                        required property string modelData
                        required property int index
                        Layout.fillWidth: true
                        Label { Layout.fillWidth: true; text: modelData; color: Theme.text; elide: Text.ElideMiddle }
                        ToolButton {
                            text: qsTr("Remove")
                            Accessible.name: qsTr("Remove evidence %1").arg(modelData)
                            onClicked: dialog.viewModel.removeEvidence(index)
                        }
                    }
                }
                Button {
                    text: qsTr("Add evidence files…")
                    Accessible.name: qsTr("Add evidence files")
                    onClicked: evidenceDialog.open()
                }
            }
        }

        ErrorBanner { Layout.fillWidth: true; text: dialog.viewModel.error }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Cancel")
                flat: true
                Accessible.name: qsTr("Cancel adding experience")
                onClicked: { dialog.viewModel.discardDraft(); dialog.viewModel.clearError(); dialog.reset(); dialog.close() }
            }
            Item { Layout.fillWidth: true }
            PrimaryButton {
                text: dialog.viewModel.busy ? qsTr("Signing…") : qsTr("Save entry")
                enabled: !dialog.viewModel.busy && role.text.trim().length > 0 && start.text.length > 0
                Accessible.name: qsTr("Save experience")
                onClicked: dialog.viewModel.addExperience(role.text, organisation.text, place.text, start.text, end.text, description.text)
            }
        }
    }
}
