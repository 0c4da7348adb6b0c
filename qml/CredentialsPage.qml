import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Vitae.Models

Page {
    id: page

    required property AppController app

    background: Rectangle { color: Theme.background }

    header: ToolBar {
        // On a phone the actions go under the title, so neither is cut.
        GridLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.padding
            anchors.rightMargin: Theme.spacing
            columns: page.width < 520 ? 1 : 2
            rowSpacing: 0
            columnSpacing: Theme.spacing

            Label {
                text: qsTr("Your credentials")
                font.pixelSize: Theme.headingSize
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.topMargin: page.width < 520 ? Theme.spacing : 0
                Accessible.role: Accessible.Heading
            }
            RowLayout {
                spacing: 0
                Layout.alignment: Qt.AlignRight
                ToolButton {
                    text: qsTr("Add")
                    Accessible.name: qsTr("Add credentials from files")
                    onClicked: fileDialog.open()
                }
                ToolButton {
                    text: qsTr("Scan")
                    Accessible.name: qsTr("Scan a QR code to add")
                    onClicked: page.app.scanner.startScan(ScannerViewModel.AddToWallet)
                }
                ToolButton {
                    text: qsTr("Paste")
                    Accessible.name: qsTr("Paste a code or link")
                    onClicked: page.app.scanner.paste(ScannerViewModel.AddToWallet)
                }
                ToolButton {
                    text: qsTr("Lock")
                    Accessible.name: qsTr("Lock the vault")
                    onClicked: page.app.lock()
                }
            }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Add credentials")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Credentials, badges and portfolios (*.json *.jwt *.txt *.png *.svg *.pdf)"), qsTr("All files (*)")]
        onAccepted: page.app.importFiles(selectedFiles)
    }

    ImportDialog {
        app: page.app
    }

    // Scan, and Paste (a picture of a QR code, a link or a credential): what
    // the code holds goes to the import preview or the link banner.
    ScanDialog {
        scanner: page.app.scanner
        purpose: ScannerViewModel.AddToWallet
    }
    Shortcut {
        sequences: [StandardKey.Paste]
        enabled: !page.app.scanner.scanning
        onActivated: page.app.scanner.paste(ScannerViewModel.AddToWallet)
    }

    // Files dropped anywhere on the page are added the same way.
    DropArea {
        anchors.fill: parent
        onDropped: (drop) => {
            if (drop.hasUrls)
                page.app.importFiles(drop.urls)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        TextField {
            id: searchField
            Layout.fillWidth: true
            placeholderText: qsTr("Search by title, issuer or skill")
            Accessible.name: qsTr("Search credentials")
            Accessible.role: Accessible.EditableText
            focus: true
            onTextEdited: searchTimer.restart()
            // Ctrl+V of a QR picture, link or credential adds it; plain
            // words still paste into the search.
            Keys.onPressed: (event) => {
                if (event.matches(StandardKey.Paste) && page.app.scanner.clipboardHasCode()) {
                    page.app.scanner.paste(ScannerViewModel.AddToWallet)
                    event.accepted = true
                }
            }
            Timer {
                id: searchTimer
                interval: 200
                onTriggered: page.app.search(searchField.text)
            }
        }

        // Filters and order; shown once there is something to sort out.
        Flow {
            id: filters
            Layout.fillWidth: true
            visible: page.app.credentials.totalCount > 1
            spacing: Theme.spacing

            readonly property var list: page.app.credentials
            readonly property var statusWords: ({
                "verified": qsTr("Verified"), "warning": qsTr("Verified, with warnings"),
                "failed": qsTr("Failed verification"), "expired": qsTr("Expired"), "revoked": qsTr("Revoked"),
                "suspended": qsTr("Suspended"), "unknown": qsTr("Status unknown"),
                "self-asserted": qsTr("Self-asserted"), "unverified": qsTr("Not verified yet")
            })

            FilterBox {
                allText: qsTr("All statuses")
                values: filters.list.statuses
                label: (value) => filters.statusWords[value] !== undefined ? filters.statusWords[value] : value
                current: filters.list.statusFilter
                onChosen: (value) => filters.list.statusFilter = value
            }
            FilterBox {
                allText: qsTr("All types")
                values: filters.list.types
                current: filters.list.typeFilter
                onChosen: (value) => filters.list.typeFilter = value
            }
            FilterBox {
                allText: qsTr("All issuers")
                values: filters.list.issuers
                current: filters.list.issuerFilter
                onChosen: (value) => filters.list.issuerFilter = value
            }
            FilterBox {
                visible: filters.list.tags.length > 0
                allText: qsTr("All tags")
                values: filters.list.tags
                current: filters.list.tagFilter
                onChosen: (value) => filters.list.tagFilter = value
            }
            ComboBox {
                Accessible.name: qsTr("Order")
                implicitContentWidthPolicy: ComboBox.WidestText
                model: [qsTr("Newest first"), qsTr("Oldest first"), qsTr("Title"), qsTr("Issuer"),
                        qsTr("Most recently issued")]
                currentIndex: filters.list.sortOrder
                onActivated: (index) => filters.list.sortOrder = index
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: page.app.error
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: page.app.scanner.scanning ? "" : page.app.scanner.error
        }

        // Alerts from the background re-check (and the backup reminder).
        Button {
            id: alertsBanner
            Layout.fillWidth: true
            visible: page.app.alerts.count > 0
            text: qsTr("⚠ %n alert(s) about your vault: see what to do", "", page.app.alerts.count)
            Accessible.name: qsTr("See alerts")
            onClicked: page.app.showPage(AppController.Alerts)
            // A sentence, wrapped, in its own case: not a shouted button label.
            contentItem: Label {
                text: alertsBanner.text
                wrapMode: Text.Wrap
                color: Theme.text
                horizontalAlignment: Text.AlignLeft
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: Theme.radius / 2
                color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, alertsBanner.down ? 0.28 : 0.14)
                border.color: Theme.warning
                border.width: alertsBanner.visualFocus ? 3 : 1
            }
        }

        Label {
            Layout.fillWidth: true
            visible: page.app.notice.length > 0
            text: page.app.notice
            color: Theme.success
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.app.credentials
            reuseItems: true
            delegate: CredentialDelegate {}
            function openCredential(id) { page.app.openCredential(id) }
            keyNavigationEnabled: true
            Accessible.name: qsTr("Credentials")
            Accessible.role: Accessible.List
            ScrollBar.vertical: ScrollBar {}

            Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.padding
                visible: list.count === 0 && !page.app.busy
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.mutedText
                text: page.app.credentials.totalCount > 0
                      ? qsTr("No credential matches these filters.")
                      : page.app.searchText.length > 0
                      ? qsTr("Nothing matches “%1”.").arg(page.app.searchText)
                      : qsTr("Your vault is empty. Add a credential file or drop a badge here: it will be verified and kept encrypted.")
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Your DID: %1").arg(page.app.holderDid)
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            elide: Text.ElideMiddle
        }
    }
}
