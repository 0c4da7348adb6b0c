import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtMultimedia
import Vitae.Models

// Scanning a QR code with the camera: the camera's picture, what has been
// read so far ("Read 3 of 5 frames") and Cancel. Frames are decoded off the
// GUI thread (ScannerViewModel). Without a camera it says so and offers the
// other ways in: a picture of the code, or pasting it.
Popup {
    id: dialog

    required property ScannerViewModel scanner
    // Where a scanned code is meant to go (ScannerViewModel.Purpose).
    property int purpose: ScannerViewModel.AddToWallet

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.padding : 480, 560)
    height: Math.min(parent ? parent.height - 2 * Theme.padding : 640, implicitHeight)
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape
    onClosed: if (scanner.scanning) scanner.stopScan()
    background: Rectangle { color: Theme.surface; radius: Theme.radius }

    // Opened and closed explicitly: a modal popup hidden through a "visible"
    // binding leaves its modal overlay catching clicks.
    Connections {
        target: dialog.scanner
        function onScanningChanged() {
            if (dialog.scanner.scanning)
                dialog.open()
            else
                dialog.close()
        }
    }

    FileDialog {
        id: pictureDialog
        title: qsTr("Open a picture of a QR code")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"), qsTr("All files (*)")]
        onAccepted: dialog.scanner.openImage(selectedFile, dialog.purpose)
    }

    Shortcut {
        sequences: [StandardKey.Paste]
        enabled: dialog.opened
        onActivated: dialog.scanner.paste(dialog.purpose)
    }

    contentItem: ColumnLayout {
        spacing: Theme.padding
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("QR code scanner")

        Label {
            text: qsTr("Scan a QR code")
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: dialog.scanner.cameraAvailable ? width * 3 / 4 : noCamera.implicitHeight + 2 * Theme.padding
            Layout.maximumHeight: 360
            radius: Theme.radius / 2
            color: dialog.scanner.cameraAvailable ? "#000000" : Theme.background
            border.color: Qt.rgba(Theme.mutedText.r, Theme.mutedText.g, Theme.mutedText.b, 0.4)
            clip: true

            // The camera exists only while the dialog shows and a camera is
            // there: pages that never scan never start the media backend.
            Loader {
                anchors.fill: parent
                active: dialog.visible && dialog.scanner.cameraAvailable
                sourceComponent: Item {
                    CaptureSession {
                        camera: Camera {
                            active: true
                            onErrorOccurred: (error, errorString) => dialog.scanner.reportCameraError(errorString)
                        }
                        videoOutput: viewfinder
                    }
                    VideoOutput {
                        id: viewfinder
                        anchors.fill: parent
                        fillMode: VideoOutput.PreserveAspectFit
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Camera view")
                        Component.onCompleted: dialog.scanner.videoSink = videoSink
                        Component.onDestruction: if (dialog.scanner.videoSink === videoSink) dialog.scanner.videoSink = null
                    }
                }
            }

            ColumnLayout {
                id: noCamera
                anchors.fill: parent
                anchors.margins: Theme.padding
                visible: !dialog.scanner.cameraAvailable
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("No camera found")
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("You can still read the code: open a picture or screenshot of it, or copy the code (or the link or text it holds) and paste it here with Paste or Ctrl+V.")
                    color: Theme.mutedText
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: statusLabel.text.length > 0 || dialog.scanner.busy
            BusyIndicator {
                running: dialog.scanner.busy
                visible: running
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
                Accessible.name: qsTr("Working")
            }
            Label {
                id: statusLabel
                Layout.fillWidth: true
                text: dialog.scanner.cameraAvailable ? dialog.scanner.status : ""
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Scan status: %1").arg(text)
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: dialog.scanner.error
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                text: qsTr("Open a picture…")
                Accessible.name: qsTr("Open a picture of the code")
                onClicked: pictureDialog.open()
            }
            Button {
                text: qsTr("Paste")
                Accessible.name: qsTr("Paste a code")
                onClicked: dialog.scanner.paste(dialog.purpose)
            }
            Button {
                text: qsTr("Cancel")
                flat: true
                Accessible.name: qsTr("Cancel scanning")
                onClicked: dialog.scanner.stopScan()
            }
        }
    }
}
