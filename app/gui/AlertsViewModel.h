// Alerts about stored credentials: revoked or suspended, about to expire,
// issuer no longer resolving; a re-check at start and daily. Placeholder:
// not built yet.
#pragma once

#include "gui/VaultWorker.h"
#include "gui/ViewModel.h"

#include <QtQml/qqmlregistration.h>

namespace vitae::gui {

class AlertsViewModel : public ViewModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")

public:
    explicit AlertsViewModel(VaultWorker &worker, QObject *parent = nullptr);

    Q_INVOKABLE void load() {}
    void clear() {}

private:
    VaultWorker &m_worker;
};

} // namespace vitae::gui
