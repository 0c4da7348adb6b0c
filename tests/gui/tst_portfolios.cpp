// Named portfolios in the real QML app (journey 2): a bundle from an
// earlier application is imported with its evidence; two portfolios are
// made and filled; one is put in order with the move buttons (by mouse,
// then by keyboard), renamed, deleted after a confirmation; the other is
// exported to JSON and PDF and the files hold the items in that order, with
// the evidence and the trust-list entry of the learner's list.
#include "GuiDriver.h"
#include "TestIssuer.h"
#include "credential/CredentialReader.h"
#include "did/DidKey.h"
#include "exchange/Importer.h"
#include "portfolio/Bundle.h"

#include <QFile>
#include <QJsonArray>
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
const QByteArray kAudit = "%PDF-1.4 fleet audit, 2023";

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList titlesOf(const QVariantList &items)
{
    QStringList titles;
    for (const QVariant &item : items)
        titles.append(item.toMap().value("title").toString());
    return titles;
}

QStringList names(const QVariantList &portfolios)
{
    QStringList out;
    for (const QVariant &item : portfolios)
        out.append(item.toMap().value("name").toString());
    return out;
}
} // namespace

class TestPortfolios : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<gui::AppController> m_app;
    test::GuiDriver m_gui;
    test::TestIssuer m_college{'c'};
    test::TestIssuer m_night{'n'};
    QString m_entry; // the experience entry's title

    gui::PortfolioViewModel *portfolio() { return m_app->portfolio(); }

    // Scrolls the page holding `name` to its end, for a screenshot.
    bool scrollToEnd(const QString &name)
    {
        QQuickItem *item = m_gui.item(name);
        for (QQuickItem *parent = item ? item->parentItem() : nullptr; parent; parent = parent->parentItem()) {
            if (!parent->inherits("QQuickFlickable"))
                continue;
            parent->setProperty("contentY", std::max(0.0, parent->property("contentHeight").toReal() - parent->height()));
            return true;
        }
        return false;
    }

    QString focusedName() const
    {
        QQuickItem *focused = m_gui.window()->activeFocusItem();
        QAccessibleInterface *accessible = focused ? QAccessible::queryAccessibleInterface(focused) : nullptr;
        return accessible ? accessible->text(QAccessible::Name) : QString();
    }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<gui::AppController>(m_dir.path() + "/vault");
        QVERIFY(m_gui.start(m_app.get()));
        m_app->createVault(kPassphrase, kPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 20000);

        // A bundle sent with an earlier application (another device's key):
        // two badges, the first with an evidence file.
        const auto earlierKey = crypto::Ed25519KeyPair::generate();
        portfolio::BundleInput earlier;
        earlier.title = "Earlier application";
        QJsonObject forklift = m_college.badge("Forklift Safety");
        forklift.insert("id", "urn:uuid:4f1c2a64-forklift");
        QJsonObject night = m_night.badge("Night Course in Planning");
        night.insert("id", "urn:uuid:9d0e7b11-night");
        QJsonObject school = night.value("issuer").toObject();
        school.insert("name", "Harbor Night School");
        night.insert("issuer", school);
        earlier.credentials = {QJsonDocument(m_college.signJcs(forklift)).toJson(QJsonDocument::Compact),
                               QJsonDocument(m_night.signJcs(night)).toJson(QJsonDocument::Compact)};
        earlier.evidence = {{"audit.pdf", "application/pdf", kAudit, 0}};
        write(m_dir.path() + "/earlier.json",
              portfolio::makeBundle(earlier, earlierKey, did::didKeyFromEd25519(earlierKey.publicKey())).value());
        m_app->importFiles({QUrl::fromLocalFile(m_dir.path() + "/earlier.json")});
        QTRY_COMPARE_WITH_TIMEOUT(m_app->importableCount(), 2, 10000);
        m_app->confirmImport();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->credentialCount(), 2, 10000);

        // The learner's own experience entry.
        portfolio()->addExperience("Dispatcher", "Harbor Freight", "Tacoma", "2016-02", "2019-08", "Planned 40 routes a day.");
        QTRY_COMPARE_WITH_TIMEOUT(portfolio()->entries().size(), 1, 20000);
        m_entry = portfolio()->entries().first().toMap().value("title").toString();

        // The learner's trust list vouches for the college.
        write(m_dir.path() + "/schools.json",
              QJsonDocument(QJsonObject{{"vitaeTrustList", 1},
                                        {"name", "State schools"},
                                        {"issuers", QJsonArray{QJsonObject{{"id", m_college.did()}, {"name", "Riverside College"}}}}})
                      .toJson());
        m_app->settings()->addTrustList(QUrl::fromLocalFile(m_dir.path() + "/schools.json").toString());
        QTRY_COMPARE_WITH_TIMEOUT(m_app->settings()->trustLists().size(), 1, 10000);
        QTest::qWait(400); // the import popup closes with an animation
    }

    void testCreateFillAndOrder()
    {
        QVERIFY(m_gui.click(QStringLiteral("Portfolio")));
        QTRY_COMPARE(m_app->page(), Page::Portfolio);
        QVERIFY(m_gui.item(QStringLiteral("No portfolios yet. Name one after the job you are applying for, then add what it should show.")));

        QVERIFY(m_gui.type(QStringLiteral("New portfolio name"), QStringLiteral("Acme Freight")));
        QVERIFY(m_gui.click(QStringLiteral("Create portfolio")));
        QTRY_COMPARE_WITH_TIMEOUT(portfolio()->currentPortfolio(), QStringLiteral("Acme Freight"), 10000);
        QVERIFY(m_gui.item(QStringLiteral("This portfolio is empty. Add credentials, experience entries and endorsements from the "
                                          "list below; they are exported in the order shown here, with their evidence files.")));

        // The imported evidence shows with its credential.
        QTRY_COMPARE(portfolio()->addable().size(), 3);
        for (const QString &title : {QStringLiteral("Forklift Safety"), QStringLiteral("Night Course in Planning"), m_entry}) {
            const qsizetype before = portfolio()->portfolioItems().size();
            QVERIFY2(m_gui.click(QStringLiteral("Add %1 to the portfolio").arg(title)), qPrintable(title));
            QTRY_COMPARE_WITH_TIMEOUT(portfolio()->portfolioItems().size(), before + 1, 10000);
        }
        QCOMPARE(titlesOf(portfolio()->portfolioItems()), (QStringList{"Forklift Safety", "Night Course in Planning", m_entry}));
        QVERIFY(m_gui.item(QStringLiteral("Evidence: audit.pdf")));
        QVERIFY(m_gui.item(QStringLiteral("Everything in your vault is in this portfolio.")));

        // The entry to the top: once with the mouse, once from the keyboard,
        // which stays on the moved item's button after the list reloads.
        QVERIFY(m_gui.click(QStringLiteral("Move %1 up").arg(m_entry)));
        QTRY_COMPARE_WITH_TIMEOUT(titlesOf(portfolio()->portfolioItems()),
                                  (QStringList{"Forklift Safety", m_entry, "Night Course in Planning"}), 10000);
        QTRY_COMPARE(focusedName(), QStringLiteral("Move %1 up").arg(m_entry));
        QTest::keyClick(m_gui.window(), Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(titlesOf(portfolio()->portfolioItems()),
                                  (QStringList{m_entry, "Forklift Safety", "Night Course in Planning"}), 10000);
        // At the top "up" is off, so the keyboard lands on "down".
        QTRY_COMPARE(focusedName(), QStringLiteral("Move %1 down").arg(m_entry));
        QVERIFY(!m_gui.item(QStringLiteral("Move %1 up").arg(m_entry))->isEnabled());
        m_gui.resize(960, 900);
        QVERIFY(m_gui.screenshot(QStringLiteral("47-portfolio-ordered")));
        m_gui.resize(960, 680);
    }

    void testSecondPortfolioRenameAndDelete()
    {
        QVERIFY(m_gui.click(QStringLiteral("Back to portfolios")));
        QTRY_VERIFY(portfolio()->currentPortfolio().isEmpty());
        // A name in use is refused in words, and the learner stays on the list.
        QVERIFY(m_gui.type(QStringLiteral("New portfolio name"), QStringLiteral("Acme Freight")));
        QVERIFY(m_gui.click(QStringLiteral("Create portfolio")));
        QTRY_COMPARE_WITH_TIMEOUT(portfolio()->error(), QStringLiteral("There is already a portfolio called \"Acme Freight\"."), 10000);
        QVERIFY(m_gui.item(portfolio()->error()));
        QVERIFY(portfolio()->currentPortfolio().isEmpty());
        QVERIFY(m_gui.type(QStringLiteral("New portfolio name"), QStringLiteral("Riverside Logistics")));
        QTest::keyClick(m_gui.window(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(portfolio()->currentPortfolio(), QStringLiteral("Riverside Logistics"), 10000);
        QVERIFY(m_gui.click(QStringLiteral("Add Night Course in Planning to the portfolio")));
        QTRY_COMPARE_WITH_TIMEOUT(portfolio()->portfolioItems().size(), 1, 10000);
        QVERIFY(m_gui.click(QStringLiteral("Back to portfolios")));
        QTRY_COMPARE_WITH_TIMEOUT(names(portfolio()->portfolios()), (QStringList{"Acme Freight", "Riverside Logistics"}), 10000);
        QVERIFY(m_gui.item(QStringLiteral("3 items")));
        QVERIFY(m_gui.item(QStringLiteral("1 item")));

        QVERIFY(m_gui.click(QStringLiteral("Rename portfolio Riverside Logistics")));
        QVERIFY(m_gui.item(QStringLiteral("Portfolio name")));
        QTest::qWait(300); // the dialog opens with an animation
        QVERIFY(m_gui.type(QStringLiteral("Portfolio name"), QStringLiteral("Riverside, planner")));
        QVERIFY(m_gui.click(QStringLiteral("Save the new name")));
        QTRY_COMPARE_WITH_TIMEOUT(names(portfolio()->portfolios()), (QStringList{"Acme Freight", "Riverside, planner"}), 10000);

        m_gui.resize(360, 720);
        QVERIFY(m_gui.gone(QStringLiteral("Save the new name")));
        QVERIFY(scrollToEnd(QStringLiteral("Delete portfolio Riverside, planner")));
        QVERIFY(m_gui.screenshot(QStringLiteral("48-portfolios-phone")));

        // Deleting asks first; keeping it changes nothing.
        QVERIFY(m_gui.click(QStringLiteral("Delete portfolio Riverside, planner")));
        QVERIFY(m_gui.click(QStringLiteral("Keep the portfolio")));
        QVERIFY(m_gui.gone(QStringLiteral("Keep the portfolio")));
        QCOMPARE(portfolio()->portfolios().size(), 2);
        QVERIFY(m_gui.click(QStringLiteral("Delete portfolio Riverside, planner")));
        QVERIFY(m_gui.click(QStringLiteral("Confirm deleting the portfolio")));
        QTRY_COMPARE_WITH_TIMEOUT(names(portfolio()->portfolios()), QStringList{"Acme Freight"}, 10000);
        QCOMPARE(m_app->credentialCount(), 3); // the credentials stay
        m_gui.resize(960, 680);
    }

    void testExportInOrder()
    {
        QVERIFY(m_gui.click(QStringLiteral("Open portfolio Acme Freight")));
        QTRY_COMPARE_WITH_TIMEOUT(portfolio()->portfolioItems().size(), 3, 10000);
        QVERIFY(m_gui.click(QStringLiteral("Export portfolio")));
        QVERIFY(m_gui.item(QStringLiteral("1. %1").arg(m_entry)));
        QVERIFY(m_gui.item(QStringLiteral("3. Night Course in Planning")));
        m_gui.resize(360, 720);
        QVERIFY(m_gui.screenshot(QStringLiteral("49-export-portfolio-phone")));
        m_gui.resize(960, 680);

        // The save dialog is the platform's: export as its answer would.
        const QString json = m_dir.path() + "/acme.json";
        portfolio()->exportPortfolio(QStringLiteral("Acme Freight"), QUrl::fromLocalFile(json));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(json), 20000);
        QTRY_VERIFY(portfolio()->notice().contains(QStringLiteral("Exported 3")));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonObject bundle = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(bundle.value("title").toString(), QStringLiteral("Acme Freight"));
        QStringList titles;
        for (const QJsonValue &value : bundle.value("credentials").toArray())
            titles.append(credential::readCredential(value.toObject().value("raw").toString().toUtf8())->title);
        QCOMPARE(titles, (QStringList{m_entry, "Forklift Safety", "Night Course in Planning"}));
        // The evidence goes with its credential, now second.
        const QJsonArray evidence = bundle.value("evidence").toArray();
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(evidence.first().toObject().value("name").toString(), QStringLiteral("audit.pdf"));
        QCOMPARE(evidence.first().toObject().value("credential").toInt(), 1);
        // The learner's list vouches for the college: its entry is saved,
        // and a verifier with no lists sees it.
        const QJsonArray trusted = bundle.value("trustListEntries").toArray();
        QCOMPARE(trusted.size(), 1);
        QCOMPARE(trusted.first().toObject().value("issuer").toString(), m_college.did());
        QCOMPARE(trusted.first().toObject().value("list").toString(), QStringLiteral("State schools"));
        const portfolio::BundleVerification checked = portfolio::verifyBundle(bytes, {});
        QCOMPARE(checked.bundle.find("holder-proof")->code, QStringLiteral("bundle.signed"));
        QCOMPARE(checked.credentials.at(1).result.find(verify::check::IssuerTrust)->code,
                 QStringLiteral("issuer.registered-snapshot"));
        QCOMPARE(checked.credentials.at(2).result.find(verify::check::IssuerTrust)->code, QStringLiteral("issuer.unknown"));

        // The PDF carries the same order.
        const QString pdf = m_dir.path() + "/acme.pdf";
        portfolio()->exportPortfolio(QStringLiteral("Acme Freight"), QUrl::fromLocalFile(pdf));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pdf), 20000);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const auto found = exchange::credentialsIn(pdfFile.readAll(), "acme.pdf");
        QVERIFY2(found.ok(), qPrintable(found.message()));
        QCOMPARE(found->size(), 3);
        QCOMPARE(credential::readCredential(found->at(0).bytes)->title, m_entry);
        QCOMPARE(found->at(1).evidence.size(), 1);
    }
};

QTEST_MAIN(TestPortfolios)
#include "tst_portfolios.moc"
