import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vitae.Models

ApplicationWindow {
    id: window

    required property AppController app

    width: 960
    height: 680
    minimumWidth: 360
    minimumHeight: 560
    visible: true
    title: qsTr("Vitae")
    color: Theme.background
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Links and files handed over by the system, above every page.
        PendingLinkBanner {
            Layout.fillWidth: true
            app: window.app
        }

        Loader {
            id: pageLoader
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            sourceComponent: {
                switch (window.app.page) {
                case AppController.CreateVault: return createVaultPage
                case AppController.Unlock: return unlockPage
                case AppController.CredentialDetail: return detailPage
                default: return credentialsPage
                }
            }
        }
    }

    Component {
        id: createVaultPage
        CreateVaultPage { app: window.app }
    }
    Component {
        id: unlockPage
        UnlockPage { app: window.app }
    }
    Component {
        id: detailPage
        CredentialDetailPage { app: window.app }
    }
    Component {
        id: credentialsPage
        CredentialsPage { app: window.app }
    }
}
