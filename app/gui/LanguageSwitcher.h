// The interface language: English (the source), Spanish, French or Arabic.
// Loads the catalogue embedded at :/i18n/vitae_<code>.qm, sets the layout
// direction (right to left for Arabic) and retranslates the QML. The choice
// is remembered in QSettings; without one, the system language is used when
// Vitae speaks it.
#pragma once

#include "gui/ViewModel.h"

#include <QPointer>
#include <QTranslator>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;

namespace vitae::gui {

class LanguageSwitcher : public ViewModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    // [{code, name}], each name in its own language ("Español", "العربية").
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(QString current READ current NOTIFY currentChanged)
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY currentChanged)

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    static QStringList codes();
    // The remembered choice, else the system's language if Vitae has it,
    // else English.
    static QString startLanguage();

    QVariantList languages() const;
    QString current() const { return m_current; }
    int currentIndex() const { return int(codes().indexOf(m_current)); }
    bool rightToLeft() const;

    // Retranslates `engine` on every change from now on, and applies the
    // start language (call before loading Main.qml).
    void attach(QQmlEngine *engine);
    // Switches and remembers the choice; false (with `error`) for a code
    // Vitae has no catalogue for.
    Q_INVOKABLE bool setLanguage(const QString &code);

    // Placeholders kept for AppController's calls.
    Q_INVOKABLE void load() {}
    void clear() {}

signals:
    void currentChanged();

private:
    bool apply(const QString &code);

    QPointer<QQmlEngine> m_engine;
    std::unique_ptr<QTranslator> m_translator;   // Vitae's catalogue
    std::unique_ptr<QTranslator> m_qtTranslator; // Qt's, when installed
    QString m_current = QStringLiteral("en");
};

} // namespace vitae::gui
