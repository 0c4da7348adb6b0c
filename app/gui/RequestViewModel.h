// A verifier's OpenID4VP request: what it asks for, the learner's choice
// and consent, and the answer. Placeholder: not built yet.
#pragma once

#include "gui/VaultWorker.h"
#include "gui/ViewModel.h"

#include <QtQml/qqmlregistration.h>

namespace vitae::gui {

class RequestViewModel : public ViewModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")

public:
    explicit RequestViewModel(VaultWorker &worker, QObject *parent = nullptr);

    Q_INVOKABLE void load() {}
    void clear() {}

private:
    VaultWorker &m_worker;
};

} // namespace vitae::gui
