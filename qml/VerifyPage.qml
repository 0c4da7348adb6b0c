import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Vitae.Models

// The interviewer's side: give the learner a challenge, then check what
// they show. The verdict comes first, in words; nothing is stored.
Page {
    id: page

    required property VerifierViewModel viewModel
    // Scanning or pasting what the holder shows (a presentation QR code).
    property ScannerViewModel scanner: null
    readonly property var result: viewModel.result
    readonly property bool hasResult: result.verdict !== undefined
    readonly property color verdictColor: !hasResult ? Theme.mutedText
        : result.verdict === "verified" ? Theme.success
        : result.verdict === "failed" ? Theme.danger : Theme.warning

    background: Rectangle { color: Theme.background }
    header: SectionHeader { title: qsTr("Verify a presentation") }

    FileDialog {
        id: openDialog
        title: qsTr("Open a presentation")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Presentations (*.json *.txt)"), qsTr("All files (*)")]
        onAccepted: page.viewModel.openFile(selectedFile)
    }
    // A presentation scanned or pasted, here or on another page: shown and
    // checked against the challenge of this interview.
    function useScanned() {
        const text = page.scanner ? page.scanner.takePresentation() : ""
        if (text.length === 0)
            return
        presentationArea.text = text
        page.viewModel.verify(text, challengeField.text.length > 0 ? challengeField.text : page.viewModel.challenge,
                              domainField.text)
    }
    Component.onCompleted: useScanned()
    Connections {
        target: page.scanner
        function onPresentationFound() { page.useScanned() }
    }
    ScanDialog {
        scanner: page.scanner
        purpose: ScannerViewModel.Verify
    }
    Shortcut {
        sequences: [StandardKey.Paste]
        enabled: page.scanner !== null && !page.scanner.scanning
        onActivated: page.scanner.paste(ScannerViewModel.Verify)
    }
    Connections {
        target: page.viewModel
        function onFileLoaded(text) { presentationArea.text = text }
        function onChallengeChanged() { challengeField.text = page.viewModel.challenge }
        function onResultChanged() {
            if (page.hasResult && !columns.twoColumns)
                Qt.callLater(() => scroll.contentItem.contentY =
                             Math.max(0, Math.min(resultColumn.y, scroll.contentItem.contentHeight - scroll.height)))
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        // Wide: what the interviewer types on the left, the verdict on the
        // right. Narrow: one column, scrolled to the verdict when it comes.
        GridLayout {
            id: columns
            readonly property bool twoColumns: scroll.availableWidth >= 840
            width: Math.min(scroll.availableWidth - 2 * Theme.padding, 1280)
            x: (scroll.availableWidth - width) / 2
            columns: twoColumns ? 2 : 1
            columnSpacing: Theme.padding * 2
            rowSpacing: Theme.padding

            ColumnLayout {
                id: inputColumn
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: Theme.padding
                spacing: Theme.padding
                Label {
                    text: qsTr("1. Your challenge")
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Make a new challenge for each interview and let the learner scan it, so what they show was made for you alone.")
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: inputColumn.width >= 520 ? 2 : 1
                    columnSpacing: Theme.padding
                    rowSpacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        TextField {
                            id: challengeField
                            Layout.fillWidth: true
                            placeholderText: qsTr("Challenge")
                            Accessible.name: qsTr("Your challenge")
                            Accessible.role: Accessible.EditableText
                            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                        }
                        TextField {
                            id: domainField
                            Layout.fillWidth: true
                            placeholderText: qsTr("Your domain (optional)")
                            Accessible.name: qsTr("Your domain")
                            Accessible.role: Accessible.EditableText
                            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                        }
                        Button {
                            text: qsTr("New challenge")
                            Accessible.name: qsTr("New challenge")
                            onClicked: page.viewModel.newChallenge(domainField.text)
                        }
                    }
                    Rectangle {
                        // White behind the code in both themes, for cameras.
                        visible: page.viewModel.challenge.length > 0 && challengeField.text === page.viewModel.challenge
                        Layout.preferredWidth: 180
                        Layout.preferredHeight: 180
                        Layout.alignment: Qt.AlignHCenter
                        color: "#FFFFFF"
                        radius: Theme.radius / 2
                        QrCodeItem {
                            anchors.fill: parent
                            anchors.margins: 4
                            image: page.viewModel.challengeQr
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("Challenge QR code")
                        }
                    }
                }

                Label {
                    text: qsTr("2. What the learner shows you")
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 140
                    TextArea {
                        id: presentationArea
                        placeholderText: qsTr("Paste the presentation or its link here")
                        wrapMode: TextEdit.WrapAnywhere
                        font.family: "monospace"
                        font.pixelSize: Theme.smallSize
                        Accessible.name: qsTr("Presentation text")
                        Accessible.role: Accessible.EditableText
                        KeyNavigation.priority: KeyNavigation.BeforeItem
                        KeyNavigation.tab: openButton
                        // A picture of a QR code on the clipboard is read; text pastes here.
                        Keys.onPressed: (event) => {
                            if (event.matches(StandardKey.Paste) && page.scanner && page.scanner.clipboardHasImage()) {
                                page.scanner.paste(ScannerViewModel.Verify)
                                event.accepted = true
                            }
                        }
                    }
                }
                ErrorBanner { Layout.fillWidth: true; text: page.viewModel.error }
                ErrorBanner {
                    Layout.fillWidth: true
                    text: page.scanner && !page.scanner.scanning ? page.scanner.error : ""
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: page.viewModel.notice
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Button {
                        id: openButton
                        text: qsTr("Open file…")
                        Accessible.name: qsTr("Open presentation file")
                        onClicked: openDialog.open()
                    }
                    Button {
                        visible: page.scanner !== null
                        text: qsTr("Scan QR…")
                        Accessible.name: qsTr("Scan a presentation QR code")
                        onClicked: page.scanner.startScan(ScannerViewModel.Verify)
                    }
                    Button {
                        visible: page.scanner !== null
                        text: qsTr("Paste code")
                        Accessible.name: qsTr("Paste a presentation code")
                        onClicked: page.scanner.paste(ScannerViewModel.Verify)
                    }
                    PrimaryButton {
                        text: page.viewModel.busy ? qsTr("Checking…") : qsTr("Verify")
                        enabled: !page.viewModel.busy
                        Accessible.name: qsTr("Verify presentation")
                        onClicked: page.viewModel.verify(presentationArea.text, challengeField.text, domainField.text)
                    }
                    BusyIndicator {
                        running: page.viewModel.busy
                        visible: running
                        width: 36
                        height: 36
                        Accessible.name: qsTr("Working")
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Checked on this device only; nothing is kept.")
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
            }

            ColumnLayout {
                id: resultColumn
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: Theme.padding
                Layout.bottomMargin: Theme.padding
                spacing: Theme.padding

                Label {
                    Layout.fillWidth: true
                    visible: !page.hasResult && columns.twoColumns
                    text: page.viewModel.busy ? qsTr("Checking…") : qsTr("The verdict appears here: whether the presentation was made for your challenge, who issued each credential, and exactly what the learner disclosed.")
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
                // The verdict, big and first.
                Rectangle {
                    Layout.fillWidth: true
                    visible: page.hasResult
                    implicitHeight: verdictColumn.implicitHeight + 2 * Theme.padding
                    radius: Theme.radius
                    color: Qt.rgba(page.verdictColor.r, page.verdictColor.g, page.verdictColor.b, 0.12)
                    border.color: page.verdictColor
                    border.width: 2
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: page.hasResult ? page.result.headline + ". " + page.result.reason : ""

                    ColumnLayout {
                        id: verdictColumn
                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        spacing: Theme.spacing
                        Label {
                            Layout.fillWidth: true
                            text: page.hasResult ? (page.result.verdict === "verified" ? "✓ " : page.result.verdict === "failed" ? "✗ " : "! ")
                                                   + page.result.headline : ""
                            font.pixelSize: Theme.titleSize * 1.2
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: page.hasResult ? page.result.reason : ""
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: page.hasResult && page.result.holder.length > 0
                            text: page.hasResult ? qsTr("Presented by %1").arg(page.result.holder) : ""
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.WrapAnywhere
                        }
                        Repeater {
                            model: page.hasResult ? page.result.checks : []
                            delegate: CheckLine {}
                        }
                    }
                }

                Repeater {
                    model: page.hasResult ? page.result.credentials : []
                    delegate: Rectangle {
                        id: card
                        required property var modelData
                        Layout.fillWidth: true
                        implicitHeight: cardColumn.implicitHeight + 2 * Theme.padding
                        radius: Theme.radius / 2
                        color: Theme.surface
                        border.color: Qt.rgba(Theme.mutedText.r, Theme.mutedText.g, Theme.mutedText.b, 0.4)
                        ColumnLayout {
                            id: cardColumn
                            anchors.fill: parent
                            anchors.margins: Theme.padding
                            spacing: Theme.spacing / 2
                            RowLayout {
                                Layout.fillWidth: true
                                Label {
                                    Layout.fillWidth: true
                                    text: card.modelData.title
                                    font.pixelSize: Theme.headingSize
                                    font.bold: true
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                    Accessible.role: Accessible.Heading
                                    Accessible.name: text
                                }
                                StatusChip { status: card.modelData.verdict }
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Issued by %1").arg(card.modelData.issuer)
                                color: Theme.mutedText
                                wrapMode: Text.WrapAnywhere
                            }
                            Repeater {
                                model: card.modelData.checks
                                delegate: CheckLine {}
                            }
                            Label {
                                Layout.fillWidth: true
                                Layout.topMargin: Theme.spacing
                                text: card.modelData.selective ? qsTr("Disclosed by the holder") : qsTr("What it says")
                                font.bold: true
                                color: Theme.text
                            }
                            Label {
                                Layout.fillWidth: true
                                text: card.modelData.claims.join("\n")
                                color: Theme.text
                                wrapMode: Text.WrapAnywhere
                                Accessible.name: qsTr("Disclosed claims: %1").arg(card.modelData.claims.join(", "))
                            }
                        }
                    }
                }

            }
        }
    }
}
