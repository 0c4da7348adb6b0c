#include "gui/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace vitae::gui {

namespace {
const QString kSettingsKey = QStringLiteral("interface/language");

struct Language {
    const char *code;
    const char *nativeName; // UTF-8, never translated: a reader finds their own
};
constexpr Language kLanguages[] = {
    {"en", "English"},
    {"es", "Español"},
    {"fr", "Français"},
    {"ar", "العربية"},
};

// Qt's own marker: each catalogue says which way its language is written,
// so a translator for a right-to-left language sets it to "RTL".
[[maybe_unused]] constexpr const char *kLayoutDirectionMarker =
        QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

// The system's own locale when it speaks the chosen language (keeps its
// region's dates and numbers), else that language's default region.
QLocale localeFor(const QString &code)
{
    const QLocale chosen(code);
    return QLocale::system().language() == chosen.language() ? QLocale::system() : chosen;
}
} // namespace

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : ViewModel(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList LanguageSwitcher::codes()
{
    QStringList out;
    for (const Language &language : kLanguages)
        out.append(QString::fromLatin1(language.code));
    return out;
}

QString LanguageSwitcher::startLanguage()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (codes().contains(saved))
        return saved;
    // uiLanguages() is the person's ordered preference ("fr-CA", "fr", …).
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (codes().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QVariantList LanguageSwitcher::languages() const
{
    QVariantList out;
    for (const Language &language : kLanguages)
        out.append(QVariantMap{{QStringLiteral("code"), QString::fromLatin1(language.code)},
                               {QStringLiteral("name"), QString::fromUtf8(language.nativeName)}});
    return out;
}

bool LanguageSwitcher::rightToLeft() const
{
    return QLocale(m_current).textDirection() == Qt::RightToLeft;
}

void LanguageSwitcher::attach(QQmlEngine *engine)
{
    m_engine = engine;
    (void)apply(startLanguage());
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    if (!codes().contains(code)) {
        setError(tr("Vitae has no translation for \"%1\".").arg(code));
        return false;
    }
    if (!apply(code))
        return false;
    QSettings().setValue(kSettingsKey, code);
    setError(QString());
    return true;
}

bool LanguageSwitcher::apply(const QString &code)
{
    auto translator = std::make_unique<QTranslator>();
    // English is the source text; its catalogue only has the plural forms.
    if (!translator->load(QStringLiteral(":/i18n/vitae_%1.qm").arg(code))) {
        setError(tr("The %1 translation could not be loaded.").arg(code));
        return false;
    }
    // Qt's own words (file dialogs, text field menus), when the system has
    // them (Debian: qt6-translations-l10n); without them those stay English.
    auto qtTranslator = std::make_unique<QTranslator>();
    const bool haveQt = code != QLatin1String("en")
            && qtTranslator->load(QLocale(code), QStringLiteral("qt"), QStringLiteral("_"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_translator.reset();
    m_qtTranslator.reset();
    // The last installed is asked first: Vitae's own words win.
    if (haveQt) {
        m_qtTranslator = std::move(qtTranslator);
        QCoreApplication::installTranslator(m_qtTranslator.get());
    }
    m_translator = std::move(translator);
    QCoreApplication::installTranslator(m_translator.get());
    m_current = code;
    QLocale::setDefault(localeFor(code));
    // Pages mirror through LayoutMirroring bound to this (Main.qml).
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_engine) {
        m_engine->setUiLanguage(code); // Qt.uiLanguage in QML
        m_engine->retranslate();
    }
    emit currentChanged();
    return true;
}

} // namespace vitae::gui
