import QtQuick
import QtQuick.Controls
import Vitae.Models

// Placeholder: not built yet.
Page {
    required property AppController app
    background: Rectangle { color: Theme.background }
    header: SectionHeader { title: "AlertsPage" }
}
