// The Settings page: auto-lock, trust lists, backup and restore, and about.
// Placeholder: not built yet.
#pragma once

#include "gui/VaultWorker.h"
#include "gui/ViewModel.h"

#include <QtQml/qqmlregistration.h>

namespace vitae::gui {

class SettingsViewModel : public ViewModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")

public:
    explicit SettingsViewModel(VaultWorker &worker, QObject *parent = nullptr);

    Q_INVOKABLE void load() {}
    void clear() {}

private:
    VaultWorker &m_worker;
};

} // namespace vitae::gui
