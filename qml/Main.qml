import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vitae.Models

ApplicationWindow {
    id: window

    required property AppController app
    // A side rail from tablet width up, a bottom bar on phones.
    readonly property bool wide: width >= 720

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
    // Sentence case on every button, as the primary buttons already are:
    // uppercase labels are harder to read, and odd in Arabic.
    font.capitalization: Font.MixedCase
    // Arabic reads right to left: the whole window mirrors (LanguageSwitcher
    // sets the application's direction).
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Links and files handed over by the system, above every page.
        PendingLinkBanner {
            Layout.fillWidth: true
            app: window.app
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            NavigationBar {
                Layout.fillHeight: true
                visible: window.app.vaultOpen && window.wide
                vertical: true
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
                    case AppController.Share: return sharePage
                    case AppController.Portfolio: return portfolioPage
                    case AppController.Skills: return skillsPage
                    case AppController.Verify: return verifyPage
                    case AppController.Settings: return settingsPage
                    case AppController.Alerts: return alertsPage
                    case AppController.Consent: return consentPage
                    default: return credentialsPage
                    }
                }
            }
        }

        NavigationBar {
            Layout.fillWidth: true
            visible: window.app.vaultOpen && !window.wide
            app: window.app
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
    Component {
        id: sharePage
        SharePage { viewModel: window.app.share }
    }
    Component {
        id: portfolioPage
        PortfolioPage { viewModel: window.app.portfolio }
    }
    Component {
        id: skillsPage
        SkillsPage { app: window.app; viewModel: window.app.skills }
    }
    Component {
        id: verifyPage
        VerifyPage { viewModel: window.app.verifier; scanner: window.app.scanner }
    }
    Component {
        id: settingsPage
        SettingsPage { app: window.app }
    }
    Component {
        id: alertsPage
        AlertsPage { app: window.app }
    }
    Component {
        id: consentPage
        ConsentPage { app: window.app }
    }
}
