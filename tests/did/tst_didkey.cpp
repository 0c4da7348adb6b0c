// did:key against the W3C CCG vectors and the Digital Credentials Consortium's
// seed -> DID table.
#include "TestSupport.h"
#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"
#include "did/DidKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vitae;

class TestDidKey : public QObject {
    Q_OBJECT
private slots:
    void testEd25519FromSeed_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QString>("did");
        QTest::addColumn<QByteArray>("publicKeyBase58");
        const QJsonObject vectors = QJsonDocument::fromJson(test::readTestData("did/ed25519-x25519.json")).object();
        QVERIFY(vectors.size() >= 3);
        for (auto it = vectors.begin(); it != vectors.end(); ++it) {
            const QJsonObject entry = it.value().toObject();
            const QJsonObject keyPair = entry.value("verificationKeyPair").toObject();
            // The vectors give the public key either in base58 or as a JWK.
            QByteArray publicKeyBase58 = keyPair.value("publicKeyBase58").toString().toLatin1();
            if (publicKeyBase58.isEmpty()) {
                const auto x = crypto::base64UrlDecode(
                        keyPair.value("publicKeyJwk").toObject().value("x").toString().toLatin1());
                QVERIFY(x.has_value());
                publicKeyBase58 = crypto::base58btcEncode(*x);
            }
            QTest::newRow(qPrintable(it.key()))
                    << QByteArray::fromHex(entry.value("seed").toString().toLatin1()) << it.key() << publicKeyBase58;
        }
        const QJsonArray dcc = QJsonDocument::fromJson(test::readTestData("did/dcc-seed-to-did.derived.json"))
                                       .object().value("vectors").toArray();
        QVERIFY(dcc.size() >= 3);
        for (const QJsonValue &value : dcc) {
            // Seed: multibase 'z' of the identity multihash 0x00 0x20 || seed.
            const auto multihash = crypto::multibaseDecode(value["seedMultibase"].toString().toLatin1());
            QVERIFY(multihash && multihash->size() == 34 && multihash->startsWith(QByteArray::fromHex("0020")));
            const QString did = value["did"].toString();
            const auto parsed = did::parseDidKey(did);
            QVERIFY(parsed);
            QTest::newRow(qPrintable("dcc " + did)) << multihash->sliced(2) << did
                                                     << crypto::base58btcEncode(parsed->publicKey);
        }
    }
    void testEd25519FromSeed()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QString, did);
        QFETCH(QByteArray, publicKeyBase58);
        auto key = crypto::Ed25519KeyPair::fromSeed(seed);
        QVERIFY(key);
        QCOMPARE(crypto::base58btcEncode(key->publicKey()), publicKeyBase58);
        QCOMPARE(did::didKeyFromEd25519(key->publicKey()), did);
        QVERIFY(did.startsWith("did:key:z6Mk"));

        auto parsed = did::parseDidKey(did);
        QVERIFY(parsed);
        QCOMPARE(parsed->type, did::KeyType::Ed25519);
        QCOMPARE(parsed->publicKey, key->publicKey());
        QCOMPARE(parsed->verificationMethod(), did + "#" + did.mid(8));
        QVERIFY(did::parseDidKey(parsed->verificationMethod()));
    }

    void testP256Parses()
    {
        const QJsonObject vectors = QJsonDocument::fromJson(test::readTestData("did/nist-curves.json")).object();
        int p256 = 0;
        for (auto it = vectors.begin(); it != vectors.end(); ++it) {
            if (!it.key().startsWith("did:key:zDn"))
                continue;
            auto parsed = did::parseDidKey(it.key());
            QVERIFY2(parsed, qPrintable(parsed.message()));
            QCOMPARE(parsed->type, did::KeyType::P256);
            QCOMPARE(parsed->publicKey.size(), 33);
            ++p256;
        }
        QVERIFY(p256 >= 1);
    }

    void testRejectsMalformed_data()
    {
        QTest::addColumn<QString>("did");
        QTest::newRow("empty") << QString();
        QTest::newRow("other method") << "did:web:example.com";
        QTest::newRow("no multibase z") << "did:key:6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp";
        QTest::newRow("bad base58") << "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooW0";
        QTest::newRow("truncated") << "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDoo";
        QTest::newRow("secp256k1 unsupported") << "did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme";
        QTest::newRow("foreign fragment")
                << "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp#z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG";
        QTest::newRow("huge") << "did:key:z" + QString(5000, 'A');
    }
    void testRejectsMalformed()
    {
        QFETCH(QString, did);
        auto parsed = did::parseDidKey(did);
        QVERIFY(!parsed);
        QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
        QVERIFY(parsed.message().startsWith("Not a valid did:key"));
    }
};

QTEST_GUILESS_MAIN(TestDidKey)
#include "tst_didkey.moc"
