// The interface language: loads the translation, sets the layout direction
// and retranslates the QML. Placeholder: not built yet.
#pragma once

#include "gui/ViewModel.h"

#include <QtQml/qqmlregistration.h>

namespace vitae::gui {

class LanguageSwitcher : public ViewModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    Q_INVOKABLE void load() {}
    void clear() {}
};

} // namespace vitae::gui
