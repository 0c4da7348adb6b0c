// LanguageSwitcher over the embedded catalogues: switching loads the right
// translation for the app's own classes, the QML pages and the core's
// sentences, sets the layout direction (right to left for Arabic only),
// remembers the choice, and refuses a language it has no catalogue for.
#include "exchange/DeepLink.h"
#include "gui/AppController.h"
#include "gui/LanguageSwitcher.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using vitae::gui::LanguageSwitcher;

namespace {
// True when `text` holds Arabic letters (U+0600–U+06FF).
bool isArabic(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF; });
}
} // namespace

class TestLanguageSwitcher : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Never touch the person's own settings (another test runs `vitae`).
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VitaeLanguageTest"));
        QCoreApplication::setApplicationName(QStringLiteral("VitaeLanguageTest"));
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void testOffersEachLanguageInItsOwnName()
    {
        LanguageSwitcher switcher;
        const QVariantList languages = switcher.languages();
        QStringList names;
        for (const QVariant &language : languages)
            names.append(language.toMap().value(QStringLiteral("name")).toString());
        QCOMPARE(names, (QStringList{QStringLiteral("English"), QStringLiteral("Español"), QStringLiteral("Français"),
                                     QString::fromUtf8("العربية")}));
        QCOMPARE(LanguageSwitcher::codes(), (QStringList{"en", "es", "fr", "ar"}));
    }

    void testStartsInTheSystemLanguageWithoutAChoice()
    {
        QSettings().clear();
        // The tests run with LC_ALL=C.UTF-8, which Vitae reads as English.
        QCOMPARE(LanguageSwitcher::startLanguage(), QStringLiteral("en"));
    }

    void testSwitchTranslatesAppQmlAndCore()
    {
        QQmlEngine engine;
        LanguageSwitcher switcher;
        switcher.attach(&engine);
        QCOMPARE(switcher.current(), QStringLiteral("en"));
        QSignalSpy retranslated(&engine, &QQmlEngine::uiLanguageChanged);
        QSignalSpy changed(&switcher, &LanguageSwitcher::currentChanged);

        QVERIFY(switcher.setLanguage(QStringLiteral("fr")));
        QCOMPARE(switcher.current(), QStringLiteral("fr"));
        QCOMPARE(switcher.currentIndex(), 2);
        QCOMPARE(changed.size(), 1);
        // A C++ view model's tr(), a page's qsTr() and a core sentence.
        QCOMPARE(vitae::gui::AppController::tr("The link cannot be read."), QStringLiteral("Le lien est illisible."));
        QCOMPARE(QCoreApplication::translate("NavigationBar", "Settings"), QStringLiteral("Paramètres"));
        const auto refused = vitae::exchange::parseLink(QString());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.message(), QStringLiteral("Il n’y a aucun lien ici : le texte est vide."));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY(!switcher.rightToLeft());
        QCOMPARE(QLocale().language(), QLocale::French);

        QVERIFY(switcher.setLanguage(QStringLiteral("ar")));
        QVERIFY(switcher.rightToLeft());
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(isArabic(QCoreApplication::translate("NavigationBar", "Credentials")));
        QVERIFY(isArabic(vitae::exchange::parseLink(QString()).message()));
        // Plurals: Arabic has a dual form without the digit.
        const QString two = vitae::gui::AppController::tr("Added %n credential(s) to your wallet.", nullptr, 2);
        QVERIFY(isArabic(two));
        QVERIFY(!two.contains(QLatin1Char('2')));
        QVERIFY(vitae::gui::AppController::tr("Added %n credential(s) to your wallet.", nullptr, 7).contains(QLatin1Char('7')));

        QVERIFY(switcher.setLanguage(QStringLiteral("es")));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QCoreApplication::translate("NavigationBar", "Share"), QStringLiteral("Compartir"));

        // Back to the source language: only English's plural forms remain.
        QVERIFY(switcher.setLanguage(QStringLiteral("en")));
        QCOMPARE(vitae::gui::AppController::tr("The link cannot be read."), QStringLiteral("The link cannot be read."));
        QCOMPARE(vitae::gui::AppController::tr("Added %n credential(s) to your wallet.", nullptr, 1),
                 QStringLiteral("Added 1 credential to your wallet."));
        QCOMPARE(vitae::gui::AppController::tr("Added %n credential(s) to your wallet.", nullptr, 3),
                 QStringLiteral("Added 3 credentials to your wallet."));
        QCOMPARE(vitae::exchange::parseLink(QString()).message(), QStringLiteral("There is no link here: the text is empty."));
        QCOMPARE(retranslated.size(), 4);
        QVERIFY(switcher.error().isEmpty());
    }

    void testRemembersTheChoice()
    {
        {
            LanguageSwitcher switcher;
            QVERIFY(switcher.setLanguage(QStringLiteral("ar")));
        }
        QCOMPARE(LanguageSwitcher::startLanguage(), QStringLiteral("ar"));
        // A new window starts in it.
        QQmlEngine engine;
        LanguageSwitcher next;
        next.attach(&engine);
        QCOMPARE(next.current(), QStringLiteral("ar"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(next.setLanguage(QStringLiteral("en")));
        QCOMPARE(LanguageSwitcher::startLanguage(), QStringLiteral("en"));
    }

    void testRefusesUnknownLanguage()
    {
        LanguageSwitcher switcher;
        QVERIFY(switcher.setLanguage(QStringLiteral("de")) == false);
        QVERIFY(switcher.error().contains(QStringLiteral("de")));
        QCOMPARE(switcher.current(), QStringLiteral("en"));
        QCOMPARE(LanguageSwitcher::startLanguage(), QStringLiteral("en")); // the refused code was not saved
        // A damaged saved value falls back rather than failing.
        QSettings().setValue(QStringLiteral("interface/language"), QStringLiteral("../../etc"));
        QCOMPARE(LanguageSwitcher::startLanguage(), QStringLiteral("en"));
        QVERIFY(switcher.setLanguage(QStringLiteral("fr")));
        QVERIFY(switcher.error().isEmpty());
        QVERIFY(switcher.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestLanguageSwitcher)
#include "tst_language_switcher.moc"
