// Credentials issued to an identity brought from another wallet are
// presented with that identity's key; the vault's own key presents the rest.
#include "PresentFixtures.h"
#include "crypto/Kdf.h"
#include "present/HolderChoice.h"
#include "present/PresentationVerifier.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vitae;
using namespace vitae::present;
using vitae::test::item;

class TestHolderChoice : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    test::PresentFixtures f; // its holder key stands for a key brought from another wallet

private slots:
    void initTestCase()
    {
        crypto::enableTestingKdf();
        m_vault = std::make_unique<vault::Vault>(m_dir.path() + "/vault");
        QVERIFY(m_vault->create("holder choice passphrase", crypto::KdfParams::testing()).ok());
        QVERIFY(m_vault->holderKeys().add(f.holderKey).value());
    }

    void broughtIdentityPresentsItsCredentials()
    {
        const QList<PresentItem> items{item(f.badge("A")), item(f.badge("B"))};
        const auto choice = HolderChoice::choose(*m_vault, items);
        QVERIFY2(choice.ok(), qPrintable(choice.message()));
        QCOMPARE(choice->did(), f.holderDid);
        QCOMPARE(choice->key().publicKey(), f.holderKey.publicKey());

        PresentOptions options;
        options.challenge = "c";
        const auto built = buildPresentation(items, choice->key(), choice->did(), options);
        QVERIFY2(built.ok(), qPrintable(built.message()));
        const auto result = verifyPresentation(built->bytes, {"c", {}, {}, 300}, {});
        QCOMPARE(result.holder, f.holderDid);
        QCOMPARE(result.presentation.find(presentationCheck::Binding)->code, "presentation.holder-is-subject");
    }

    void ownCredentialsUseTheVaultKey()
    {
        const auto choice = HolderChoice::choose(*m_vault, {item(f.badge("A", m_vault->holderDid()))});
        QVERIFY(choice.ok());
        QCOMPARE(choice->did(), m_vault->holderDid());
        QCOMPARE(choice->key().publicKey(), m_vault->holderKey().publicKey());
    }

    void twoBroughtIdentitiesCannotMix()
    {
        test::PresentFixtures second;
        second.holderKey = crypto::Ed25519KeyPair::generate();
        second.holderDid = did::didKeyFromEd25519(second.holderKey.publicKey());
        QVERIFY(m_vault->holderKeys().add(second.holderKey).value());
        const auto choice = HolderChoice::choose(*m_vault, {item(f.badge("A")), item(second.badge("B"))});
        QVERIFY(!choice.ok());
        QVERIFY(choice.message().contains("separately"));
    }
};

QTEST_GUILESS_MAIN(TestHolderChoice)
#include "tst_holderchoice.moc"
