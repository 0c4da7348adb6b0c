// Journeys 2 and 3 in the real QML app: an experience entry with one
// evidence file, listed as self-asserted; its skills on the Skills page,
// which opens the entry's detail page and goes back; a bundle exported.
#include "GuiDriver.h"
#include "credential/CredentialReader.h"
#include "did/DidKey.h"
#include "portfolio/Endorsement.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Vitae_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Vitae_UiPlugin)

using namespace vitae;
using Page = gui::AppController::Page;

namespace {
const QString kPassphrase = QStringLiteral("maple river quiet lantern");
} // namespace

class TestPortfolioSkills : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<gui::AppController> m_app;
    test::GuiDriver m_gui;

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<gui::AppController>(m_dir.path() + "/vault");
        QVERIFY(m_gui.start(m_app.get()));
        m_app->createVault(kPassphrase, kPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 20000);
    }

    void testAddExperience()
    {
        gui::PortfolioViewModel *portfolio = m_app->portfolio();
        QVERIFY(m_gui.click(QStringLiteral("Portfolio")));
        QTRY_COMPARE(m_app->page(), Page::Portfolio);
        QVERIFY(m_gui.screenshot(QStringLiteral("20-portfolio-empty")));

        QVERIFY(m_gui.click(QStringLiteral("Add experience")));
        QVERIFY(m_gui.item(QStringLiteral("Role")));
        QTest::qWait(300); // the form opens with an animation
        QVERIFY(m_gui.type(QStringLiteral("Role"), QStringLiteral("Logistics planning officer")));
        QVERIFY(m_gui.type(QStringLiteral("Organisation"), QStringLiteral("US Army")));
        QVERIFY(m_gui.type(QStringLiteral("Place"), QStringLiteral("Kandahar")));
        QVERIFY(m_gui.type(QStringLiteral("Start month"), QStringLiteral("2012-05")));
        QVERIFY(m_gui.type(QStringLiteral("End month"), QStringLiteral("2024-03")));
        QVERIFY(m_gui.type(QStringLiteral("Description"), QStringLiteral("Fleet of 60 vehicles, 1200 personnel.")));
        QVERIFY(m_gui.type(QStringLiteral("Skill"), QStringLiteral("logistics")));
        QTest::keyClick(m_gui.window(), Qt::Key_Return);
        QVERIFY(m_gui.type(QStringLiteral("Skill"), QStringLiteral("fleet management")));
        QVERIFY(m_gui.click(QStringLiteral("Add skill")));
        QTRY_COMPARE(portfolio->draftSkills(), (QStringList{"logistics", "fleet management"}));
        QVERIFY(m_gui.item(QStringLiteral("Remove skill fleet management")));

        // The file dialog is the platform's; hand the file over as it would.
        const QString evidencePath = m_dir.path() + "/commendation.txt";
        QFile evidence(evidencePath);
        QVERIFY(evidence.open(QIODevice::WriteOnly));
        evidence.write("Letter of commendation, 2019.");
        evidence.close();
        portfolio->addEvidence({QUrl::fromLocalFile(evidencePath)});
        QVERIFY(m_gui.item(QStringLiteral("Remove evidence commendation.txt")));
        QVERIFY(m_gui.screenshot(QStringLiteral("21-add-experience")));

        QVERIFY(m_gui.click(QStringLiteral("Save experience")));
        QTRY_COMPARE_WITH_TIMEOUT(portfolio->entries().size(), 1, 20000);
        QVERIFY2(portfolio->error().isEmpty(), qPrintable(portfolio->error()));
        const QVariantMap entry = portfolio->entries().first().toMap();
        QVERIFY(entry.value("title").toString().contains(QStringLiteral("Logistics planning officer")));
        QCOMPARE(entry.value("evidence").toStringList(), QStringList{"commendation.txt"});
        QVERIFY(m_gui.item(QStringLiteral("%1, self-asserted").arg(entry.value("title").toString())));
        QVERIFY(m_gui.item(QStringLiteral("Self-asserted")));
        QVERIFY(m_gui.item(QStringLiteral("Evidence: commendation.txt")));
        QTRY_COMPARE(m_app->credentialCount(), 1);
        QVERIFY(m_gui.screenshot(QStringLiteral("22-portfolio")));
    }

    void testExportBundle()
    {
        gui::PortfolioViewModel *portfolio = m_app->portfolio();
        QVERIFY(m_gui.click(QStringLiteral("Export bundle")));
        const QString title = portfolio->allCredentials().first().toMap().value("title").toString();
        QVERIFY(m_gui.click(QStringLiteral("Export %1").arg(title)));
        QVERIFY(m_gui.type(QStringLiteral("Bundle title"), QStringLiteral("Operations manager")));
        QVERIFY(m_gui.screenshot(QStringLiteral("23-export-bundle")));
        // The save dialog is the platform's: export as its answer would.
        const QString out = m_dir.path() + "/bundle.json";
        portfolio->exportBundle({portfolio->allCredentials().first().toMap().value("credentialId")},
                                QStringLiteral("Operations manager"), QUrl::fromLocalFile(out));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 20000);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject bundle = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!bundle.isEmpty());
        QTRY_VERIFY(portfolio->notice().contains(QStringLiteral("Exported 1")));
        QVERIFY(m_gui.click(QStringLiteral("Cancel the export")) || true); // closed already on success
    }

    void testSkills()
    {
        gui::SkillsViewModel *skills = m_app->skills();
        QTest::qWait(300);
        QVERIFY(m_gui.click(QStringLiteral("Skills")));
        QTRY_COMPARE(m_app->page(), Page::Skills);
        QTRY_COMPARE_WITH_TIMEOUT(skills->skillCount(), 2, 10000);
        QVERIFY(m_gui.item(QStringLiteral("Skill logistics. Only self-asserted so far")));
        QVERIFY(m_gui.item(QStringLiteral("Skill fleet management. Only self-asserted so far")));
        QVERIFY(m_gui.screenshot(QStringLiteral("24-skills")));

        QVERIFY(m_gui.type(QStringLiteral("Search skills"), QStringLiteral("fleet")));
        QTRY_COMPARE(skills->skillCount(), 1);
        const QString title = m_app->portfolio()->entries().first().toMap().value("title").toString();
        QVERIFY(m_gui.click(QStringLiteral("Open %1 (self-asserted)").arg(title)));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::CredentialDetail, 10000);
        QCOMPARE(m_app->section(), Page::Skills);
        QVERIFY(m_gui.click(QStringLiteral("Back to your credentials")));
        QTRY_COMPARE(m_app->page(), Page::Skills);

        m_gui.resize(360, 640);
        QVERIFY(m_gui.screenshot(QStringLiteral("25-skills-phone")));
        m_gui.resize(960, 680);
    }

    // A treasurer endorses the entry (with their own key, elsewhere); the
    // learner imports the endorsement and sees it on the entry's page.
    void testEndorsementShownBesideTheEntry()
    {
        const qint64 entryId = m_app->portfolio()->entries().first().toMap().value("credentialId").toLongLong();
        m_app->openCredential(entryId);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::CredentialDetail, 10000);
        const QString raw = m_app->detail().value("raw").toString();
        const auto entry = credential::readCredential(raw.toUtf8());
        QVERIFY(entry.ok());
        const auto treasurer = crypto::Ed25519KeyPair::generate();
        const auto endorsement = portfolio::makeEndorsement(*entry, {"Ran our fleet for twelve years.", "Ana Ruiz, treasurer", {}},
                                                            treasurer, did::didKeyFromEd25519(treasurer.publicKey()));
        QVERIFY2(endorsement.ok(), qPrintable(endorsement.message()));
        const QString file = m_dir.path() + "/endorsement.json";
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(*endorsement).toJson());
        out.close();
        QVERIFY(m_gui.click(QStringLiteral("Back to your credentials")));
        QTRY_VERIFY(m_app->page() != Page::CredentialDetail);

        m_app->importFiles({QUrl::fromLocalFile(file)});
        QTRY_COMPARE_WITH_TIMEOUT(m_app->importPreviews().size(), 1, 10000);
        m_app->confirmImport();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->credentialCount(), 2, 10000);

        m_app->openCredential(entryId);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::CredentialDetail, 10000);
        QVERIFY(m_gui.item(QStringLiteral("Endorsed by Ana Ruiz, treasurer")));
        QVERIFY(m_gui.screenshot(QStringLiteral("28-entry-endorsed")));
        QVERIFY(m_gui.click(QStringLiteral("Back to your credentials")));
        QTRY_VERIFY(m_app->page() != Page::CredentialDetail);
    }

    void testKeyboardNavigation()
    {
        // Ctrl+number reaches each section without a pointer.
        QTest::keyClick(m_gui.window(), Qt::Key_5, Qt::ControlModifier);
        QTRY_COMPARE(m_app->page(), Page::Verify);
        QTest::keyClick(m_gui.window(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(m_app->page(), Page::Credentials);
    }

    void cleanupTestCase()
    {
        m_gui.stop();
        m_app.reset();
    }
};

QTEST_MAIN(TestPortfolioSkills)
#include "tst_portfolio_skills.moc"
