// Scanning QR codes from the camera (frames decoded off the GUI thread) and
// from an image on the clipboard. Placeholder: not built yet.
#pragma once

#include "gui/VaultWorker.h"
#include "gui/ViewModel.h"

#include <QtQml/qqmlregistration.h>

namespace vitae::gui {

class ScannerViewModel : public ViewModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")

public:
    explicit ScannerViewModel(VaultWorker &worker, QObject *parent = nullptr);

    Q_INVOKABLE void load() {}
    void clear() {}

private:
    VaultWorker &m_worker;
};

} // namespace vitae::gui
