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
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.padding
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            Label {
                text: qsTr("Your credentials")
                font.pixelSize: Theme.headingSize
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            ToolButton {
                text: qsTr("Add")
                Accessible.name: qsTr("Add credentials from files")
                onClicked: fileDialog.open()
            }
            ToolButton {
                text: qsTr("Lock")
                Accessible.name: qsTr("Lock the vault")
                onClicked: page.app.lock()
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
            Timer {
                id: searchTimer
                interval: 200
                onTriggered: page.app.search(searchField.text)
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: page.app.error
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
                text: page.app.searchText.length > 0
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
