// Named portfolios in a real vault: created empty, filled, put in the
// learner's order, renamed and deleted, without losing a credential.
#include "SampleCredentials.h"
#include "crypto/Kdf.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vitae;
using vault::TagKind;

class TestPortfolioOrder : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    QList<qint64> m_ids; // four stored credentials

    QList<qint64> order(const QString &name) { return m_vault->tags().credentialsWith(name, TagKind::Collection).value(); }

private slots:
    void initTestCase() { crypto::enableTestingKdf(); }

    void init()
    {
        m_vault = std::make_unique<vault::Vault>(m_dir.path() + "/" + QTest::currentTestFunction());
        QVERIFY(m_vault->create("pass", crypto::KdfParams::testing()));
        m_ids.clear();
        for (int i = 1; i <= 4; ++i)
            m_ids.append(m_vault->credentials().add(test::sampleCredential(i, 500)).value());
    }

    void testCreatedEmptyAndListed()
    {
        vault::TagStore tags = m_vault->tags();
        QVERIFY(tags.create("Acme Freight"));
        QVERIFY(tags.create("  Riverside Logistics "));
        QCOMPARE(tags.all(TagKind::Collection).value(), (QStringList{"Acme Freight", "Riverside Logistics"}));
        QVERIFY(tags.exists("Riverside Logistics").value());
        QVERIFY(!tags.exists("Nobody").value());
        QVERIFY(order("Acme Freight").isEmpty());
        QCOMPARE(tags.create("Acme Freight").code(), ErrorCode::AlreadyExists);
        QCOMPARE(tags.create("   ").code(), ErrorCode::InvalidArgument);
        // A tag of the same name is another thing.
        QVERIFY(!tags.exists("Acme Freight", TagKind::Tag).value());
    }

    void testKeepsTheLearnersOrder()
    {
        vault::TagStore tags = m_vault->tags();
        for (qint64 id : {m_ids[2], m_ids[0], m_ids[3]})
            QVERIFY(tags.attach(id, "Acme", TagKind::Collection));
        QCOMPARE(order("Acme"), (QList<qint64>{m_ids[2], m_ids[0], m_ids[3]}));

        QVERIFY(tags.move(m_ids[3], "Acme", 0)); // to the top
        QCOMPARE(order("Acme"), (QList<qint64>{m_ids[3], m_ids[2], m_ids[0]}));
        QVERIFY(tags.move(m_ids[3], "Acme", 1)); // one down
        QCOMPARE(order("Acme"), (QList<qint64>{m_ids[2], m_ids[3], m_ids[0]}));
        QVERIFY(tags.move(m_ids[2], "Acme", 99)); // past the end: last
        QCOMPARE(order("Acme"), (QList<qint64>{m_ids[3], m_ids[0], m_ids[2]}));
        QVERIFY(tags.move(m_ids[0], "Acme", -5)); // before the start: first
        QCOMPARE(order("Acme"), (QList<qint64>{m_ids[0], m_ids[3], m_ids[2]}));

        QCOMPARE(tags.move(m_ids[1], "Acme", 0).code(), ErrorCode::NotFound);
        QCOMPARE(tags.move(m_ids[0], "Nobody", 0).code(), ErrorCode::NotFound);
    }

    // Removing from the middle closes the gap, so what is added next goes
    // last, not beside another item with the same position.
    void testRemovingKeepsTheRestInOrder()
    {
        vault::TagStore tags = m_vault->tags();
        for (qint64 id : {m_ids[0], m_ids[1], m_ids[2]})
            QVERIFY(tags.attach(id, "Acme", TagKind::Collection));
        QVERIFY(tags.detach(m_ids[0], "Acme", TagKind::Collection));
        QVERIFY(tags.attach(m_ids[3], "Acme", TagKind::Collection));
        QCOMPARE(order("Acme"), (QList<qint64>{m_ids[1], m_ids[2], m_ids[3]}));
        QVERIFY(tags.move(m_ids[3], "Acme", 0));
        QCOMPARE(order("Acme"), (QList<qint64>{m_ids[3], m_ids[1], m_ids[2]}));
        // Adding again what is there changes nothing.
        QVERIFY(tags.attach(m_ids[1], "Acme", TagKind::Collection));
        QCOMPARE(order("Acme"), (QList<qint64>{m_ids[3], m_ids[1], m_ids[2]}));
    }

    void testTwoPortfoliosAreIndependent()
    {
        vault::TagStore tags = m_vault->tags();
        QVERIFY(tags.attach(m_ids[0], "Acme", TagKind::Collection));
        QVERIFY(tags.attach(m_ids[1], "Acme", TagKind::Collection));
        QVERIFY(tags.attach(m_ids[1], "Riverside", TagKind::Collection));
        QVERIFY(tags.attach(m_ids[0], "Riverside", TagKind::Collection));
        QVERIFY(tags.move(m_ids[1], "Acme", 0));
        QCOMPARE(order("Acme"), (QList<qint64>{m_ids[1], m_ids[0]}));
        QCOMPARE(order("Riverside"), (QList<qint64>{m_ids[1], m_ids[0]}));
        QVERIFY(tags.move(m_ids[0], "Riverside", 0));
        QCOMPARE(order("Acme"), (QList<qint64>{m_ids[1], m_ids[0]}));
        QCOMPARE(order("Riverside"), (QList<qint64>{m_ids[0], m_ids[1]}));
    }

    void testRenameAndDelete()
    {
        vault::TagStore tags = m_vault->tags();
        QVERIFY(tags.attach(m_ids[2], "Acme", TagKind::Collection));
        QVERIFY(tags.attach(m_ids[1], "Acme", TagKind::Collection));
        QVERIFY(tags.create("Riverside"));
        QCOMPARE(tags.rename("Acme", "Riverside").code(), ErrorCode::AlreadyExists);
        QCOMPARE(tags.rename("Nobody", "Else").code(), ErrorCode::NotFound);
        QCOMPARE(tags.rename("Acme", "").code(), ErrorCode::InvalidArgument);
        QVERIFY(tags.rename("Acme", "Acme Freight, operations"));
        QCOMPARE(order("Acme Freight, operations"), (QList<qint64>{m_ids[2], m_ids[1]}));
        QVERIFY(!tags.exists("Acme").value());

        QVERIFY(tags.removeTag("Acme Freight, operations"));
        QCOMPARE(tags.all(TagKind::Collection).value(), QStringList{"Riverside"});
        QCOMPARE(tags.removeTag("Acme Freight, operations").code(), ErrorCode::NotFound);
        // The credentials themselves stay.
        QCOMPARE(m_vault->credentials().list().value().size(), 4);
        QVERIFY(tags.tagsOf(m_ids[2], TagKind::Collection).value().isEmpty());
    }

    // A credential deleted from the vault leaves its portfolios.
    void testDeletedCredentialLeaves()
    {
        vault::TagStore tags = m_vault->tags();
        QVERIFY(tags.attach(m_ids[0], "Acme", TagKind::Collection));
        QVERIFY(tags.attach(m_ids[1], "Acme", TagKind::Collection));
        QVERIFY(m_vault->credentials().remove(m_ids[0]));
        QCOMPARE(order("Acme"), QList<qint64>{m_ids[1]});
        QVERIFY(tags.move(m_ids[1], "Acme", 0));
    }
};

QTEST_GUILESS_MAIN(TestPortfolioOrder)
#include "tst_portfolioorder.moc"
