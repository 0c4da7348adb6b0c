import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Vitae.Models

// "Interview mode": the presentation as a large QR code over the whole
// window, with who it is for and what it discloses beside it. Always black
// on white, whatever the theme, for the verifier's camera. The screen is
// kept on while it shows (ScreenAwake). The presentation can also leave as
// a file or a vitae://present link, for e-mail or chat.
Popup {
    id: dialog

    required property ShareViewModel viewModel
    readonly property bool wide: width > height
    // The code as large as the window allows; the text takes the rest.
    readonly property real textWidth: wide ? Math.max(260, availableWidth * 0.34) : availableWidth
    readonly property real codeSide: wide ? Math.min(availableHeight, availableWidth - textWidth - Theme.padding * 2)
                                          : Math.min(availableWidth, availableHeight * 0.58)

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 360
    height: parent ? parent.height : 640
    modal: true
    focus: true
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape
    onClosed: viewModel.closePresentation()
    background: Rectangle { color: "#FFFFFF" }
    Material.theme: Material.Light

    ScreenAwake {
        id: screenAwake
        active: dialog.visible
    }

    Connections {
        target: dialog.viewModel
        function onPresentationChanged() {
            if (dialog.viewModel.hasPresentation)
                dialog.open()
            else
                dialog.close()
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the presentation")
        fileMode: FileDialog.SaveFile
        defaultSuffix: dialog.viewModel.suggestedFileName.endsWith(".txt") ? "txt" : "json"
        nameFilters: dialog.viewModel.suggestedFileName.endsWith(".txt") ? [qsTr("SD-JWT presentation (*.txt)")]
                                                                         : [qsTr("Verifiable presentation (*.json)")]
        onAccepted: dialog.viewModel.saveToFile(selectedFile)
    }

    contentItem: GridLayout {
        columns: dialog.wide ? 2 : 1
        columnSpacing: Theme.padding * 2
        rowSpacing: Theme.padding
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Presentation for the verifier")

        QrCodeItem {
            id: code
            Layout.preferredWidth: dialog.codeSide
            Layout.preferredHeight: dialog.codeSide
            Layout.alignment: Qt.AlignCenter
            visible: dialog.viewModel.qrFrameCount > 0
            image: dialog.viewModel.qrImage
            whiteSurround: true // the whole dialog is white
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Presentation QR code")
        }

        ColumnLayout {
            Layout.preferredWidth: dialog.textWidth
            Layout.fillHeight: true
            Layout.maximumHeight: dialog.wide ? dialog.codeSide : Number.POSITIVE_INFINITY
            Layout.alignment: dialog.wide ? Qt.AlignVCenter : Qt.AlignTop
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: dialog.viewModel.domain.length > 0 ? qsTr("For %1").arg(dialog.viewModel.domain)
                                                         : qsTr("For the verifier in front of you")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: "#111111"
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: dialog.viewModel.qrProblem.length > 0
                text: dialog.viewModel.qrProblem
                color: "#8A1C14"
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("What they will see")
                font.bold: true
                color: "#111111"
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 40
                contentWidth: availableWidth
                Label {
                    width: parent ? parent.width : 200
                    text: dialog.viewModel.disclosedSummary.join("\n")
                    color: "#222222"
                    wrapMode: Text.Wrap
                    Accessible.name: text
                }
            }
            Label {
                Layout.fillWidth: true
                text: dialog.viewModel.qrFrameCount > 1 ? qsTr("The code changes a few times a second: hold still until the verifier's device has read it.")
                                                        : qsTr("Let the verifier scan this code. It is in your share log.")
                color: "#444444"
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: screenAwake.problem.length > 0
                text: screenAwake.problem
                color: "#444444"
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: dialog.viewModel.notice
                color: "#146C2E"
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            ErrorBanner { Layout.fillWidth: true; text: dialog.viewModel.error }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    text: qsTr("Save as file…")
                    Accessible.name: qsTr("Save as file")
                    enabled: !dialog.viewModel.busy
                    onClicked: saveDialog.open()
                }
                Button {
                    text: qsTr("Copy link")
                    Accessible.name: qsTr("Copy link")
                    enabled: !dialog.viewModel.busy
                    onClicked: dialog.viewModel.copyLink()
                }
                PrimaryButton {
                    text: qsTr("Close")
                    focus: true
                    Accessible.name: qsTr("Close the QR code")
                    onClicked: dialog.close()
                }
            }
        }
    }
}
