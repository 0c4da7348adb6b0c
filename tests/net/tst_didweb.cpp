// did:web URL mapping (did:web spec examples), DID documents from the Digital
// Credentials Consortium fixtures served through a FileResolver, key formats,
// assertionMethod authorisation and did:key documents (W3C CCG vectors).
#include "TestSupport.h"
#include "crypto/Encoding.h"
#include "did/DidDocument.h"
#include "did/DidWeb.h"
#include "net/FileResolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vitae;
using namespace vitae::did;

namespace {

const QString kLegacyDid = QStringLiteral("did:web:digitalcredentials.github.io:vc-test-fixtures:dids:legacy");
const QString kOidfDid = QStringLiteral("did:web:digitalcredentials.github.io:vc-test-fixtures:dids:oidf");
// The DCC fixtures' issuer key (publicKeyMultibase of both DID documents).
const QByteArray kDccKey = "z6MkjXe1vZvPRqFuc9nRBtZ3e1Y9XKDFSbjFAfzLfW2bD6cZ";

QJsonObject readJson(const QString &relativePath)
{
    return QJsonDocument::fromJson(test::readTestData(relativePath)).object();
}

// The raw 32 bytes behind an Ed25519 multikey.
QByteArray rawEd25519(const QByteArray &multikey)
{
    return crypto::multibaseDecode(multikey).value_or(QByteArray()).sliced(2);
}

class FailingResolver : public net::Resolver {
public:
    Result<net::FetchedDocument> fetch(const QUrl &url) override
    {
        return makeError(ErrorCode::Network, QStringLiteral("%1 could not be reached.").arg(url.toString()));
    }
};

} // namespace

class TestDidWeb : public QObject {
    Q_OBJECT
private slots:
    void testUrlMapping_data()
    {
        QTest::addColumn<QString>("did");
        QTest::addColumn<QString>("url");
        // did:web spec, section "Read (Resolve)".
        QTest::newRow("spec domain") << "did:web:w3c-ccg.github.io" << "https://w3c-ccg.github.io/.well-known/did.json";
        QTest::newRow("spec path") << "did:web:w3c-ccg.github.io:user:alice"
                                   << "https://w3c-ccg.github.io/user/alice/did.json";
        QTest::newRow("spec port") << "did:web:example.com%3A3000:user:alice"
                                   << "https://example.com:3000/user/alice/did.json";
        QTest::newRow("header example") << "did:web:example.com" << "https://example.com/.well-known/did.json";
        QTest::newRow("localhost port") << "did:web:localhost%3A8443" << "https://localhost:8443/.well-known/did.json";
        QTest::newRow("lower-case %3a") << "did:web:localhost%3a8443" << "https://localhost:8443/.well-known/did.json";
        QTest::newRow("dcc fixture") << kLegacyDid
                                     << "https://digitalcredentials.github.io/vc-test-fixtures/dids/legacy/did.json";
        QTest::newRow("host case folded") << "did:web:Example.COM" << "https://example.com/.well-known/did.json";
        QTest::newRow("encoded path") << "did:web:example.com:a%20b:c_d.e-f"
                                      << "https://example.com/a%20b/c_d.e-f/did.json";
        QTest::newRow("ipv4") << "did:web:192.0.2.7" << "https://192.0.2.7/.well-known/did.json";
    }
    void testUrlMapping()
    {
        QFETCH(QString, did);
        QFETCH(QString, url);
        const auto mapped = didWebUrl(did);
        QVERIFY2(mapped.ok(), qPrintable(mapped.message()));
        QCOMPARE(mapped->toString(QUrl::FullyEncoded), url);
    }

    void testUrlRejections_data()
    {
        QTest::addColumn<QString>("did");
        QTest::newRow("no domain") << "did:web:";
        QTest::newRow("other method") << "did:key:" + QString::fromLatin1(kDccKey);
        QTest::newRow("upper-case scheme") << "DID:web:example.com";
        QTest::newRow("trailing colon") << "did:web:example.com:";
        QTest::newRow("empty segment") << "did:web:example.com::alice";
        QTest::newRow("dot dot") << "did:web:example.com:..";
        QTest::newRow("dot") << "did:web:example.com:.:x";
        QTest::newRow("encoded dot dot") << "did:web:example.com:%2E%2E:etc";
        QTest::newRow("encoded slash") << "did:web:example.com:a%2Fb";
        QTest::newRow("encoded nul") << "did:web:example.com:a%00b";
        QTest::newRow("bad escape") << "did:web:example.com:%zz";
        QTest::newRow("fragment") << "did:web:example.com#key-1";
        QTest::newRow("query") << "did:web:example.com?service=x";
        QTest::newRow("slash path") << "did:web:example.com/user";
        QTest::newRow("underscore host") << "did:web:exa_mple.com";
        QTest::newRow("hyphen first") << "did:web:-example.com";
        QTest::newRow("empty label") << "did:web:example..com";
        QTest::newRow("trailing dot") << "did:web:example.com.";
        QTest::newRow("long label") << "did:web:" + QString(64, 'a') + ".com";
        QTest::newRow("userinfo") << "did:web:user%40example.com";
        QTest::newRow("ipv6") << "did:web:%5B%3A%3A1%5D";
        QTest::newRow("port zero") << "did:web:example.com%3A0";
        QTest::newRow("port too big") << "did:web:example.com%3A70000";
        QTest::newRow("port not digits") << "did:web:example.com%3Ahttps";
        QTest::newRow("port empty") << "did:web:example.com%3A";
        QTest::newRow("two ports") << "did:web:example.com%3A80%3A81";
        QTest::newRow("lone percent") << "did:web:example.com:%";
        QTest::newRow("space") << "did:web:example .com";
        QTest::newRow("non-ascii") << QStringLiteral("did:web:b\u00fccher.example");
        QTest::newRow("too long") << "did:web:example.com:" + QString(3000, 'a');
    }
    void testUrlRejections()
    {
        QFETCH(QString, did);
        const auto mapped = didWebUrl(did);
        QCOMPARE(mapped.code(), ErrorCode::InvalidInput);
        QVERIFY2(mapped.message().startsWith("Not a valid did:web: "), qPrintable(mapped.message()));
    }

    void testResolveLegacyDocument()
    {
        net::FileResolver files;
        files.add(didWebUrl(kLegacyDid).value(), test::testDataPath("net/dids/legacy/did.json"));
        const auto document = resolveDidWeb(kLegacyDid, files);
        QVERIFY2(document.ok(), qPrintable(document.message()));
        QCOMPARE(document->id, kLegacyDid);
        QCOMPARE(document->methods.size(), 1);
        const VerificationMethod &method = document->methods.first();
        QCOMPARE(method.id, kLegacyDid + '#' + kDccKey);
        QCOMPARE(method.type, QStringLiteral("Ed25519VerificationKey2020"));
        QCOMPARE(method.controller, kLegacyDid);
        QCOMPARE(method.key.type, jose::PublicKey::Type::Ed25519);
        QCOMPARE(method.key.raw, rawEd25519(kDccKey));
        QCOMPARE(document->assertionMethodIds, QStringList{method.id});
        QVERIFY(document->assertionMethod(method.id).ok());
        QCOMPARE(document->assertionMethod("#" + kDccKey)->id, method.id);
    }

    void testResolveMultikeyDocument()
    {
        net::FileResolver files;
        files.add(didWebUrl(kOidfDid).value(), test::testDataPath("net/dids/oidf/did.json"));
        const auto document = resolveDidWeb(kOidfDid, files);
        QVERIFY2(document.ok(), qPrintable(document.message()));
        // Listed under verificationMethod and embedded again in assertionMethod: one method.
        QCOMPARE(document->methods.size(), 1);
        QCOMPARE(document->methods.first().type, QStringLiteral("Multikey"));
        QCOMPARE(document->methods.first().key.raw, rawEd25519(kDccKey));
        QVERIFY(document->assertionMethod(kOidfDid + '#' + kDccKey).ok());
    }

    void testResolveErrorsKeepTheirCode()
    {
        net::FileResolver files;
        QCOMPARE(resolveDidWeb(kLegacyDid, files).code(), ErrorCode::NotFound);

        FailingResolver offline;
        const auto network = resolveDidWeb(kLegacyDid, offline);
        QCOMPARE(network.code(), ErrorCode::Network);
        QVERIFY(network.message().contains(kLegacyDid));

        files.addBytes(didWebUrl(kLegacyDid).value(), "{\"id\": ");
        QCOMPARE(resolveDidWeb(kLegacyDid, files).code(), ErrorCode::InvalidInput);

        // A document that describes another DID is refused.
        files.add(didWebUrl(kOidfDid).value(), test::testDataPath("net/dids/legacy/did.json"));
        const auto other = resolveDidWeb(kOidfDid, files);
        QCOMPARE(other.code(), ErrorCode::InvalidInput);
        QVERIFY(other.message().contains(kLegacyDid));

        QCOMPARE(resolveDidWeb(u"did:web:example.com:..", files).code(), ErrorCode::InvalidInput);
    }

    void testAuthorisation()
    {
        const QString did = QStringLiteral("did:web:example.com");
        const QString raw2018 = QString::fromLatin1(crypto::base58btcEncode(rawEd25519(kDccKey)));
        const QJsonObject json{
                {"id", did},
                {"verificationMethod",
                 QJsonArray{QJsonObject{{"id", "#key-1"}, {"type", "Multikey"}, {"publicKeyMultibase", kDccKey.data()}},
                            QJsonObject{{"id", "#auth-only"},
                                        {"type", "Ed25519VerificationKey2018"},
                                        {"publicKeyBase58", raw2018}},
                            QJsonObject{{"id", "#unreadable"},
                                        {"type", "Multikey"},
                                        {"publicKeyMultibase", "z6LShs9GGnqk85isEBzzshkuVWrVKsRp24GnDuHk8QWkARMW"}}}},
                {"assertionMethod", QJsonArray{"#key-1", "#unreadable"}},
                {"authentication",
                 QJsonArray{"#auth-only",
                            QJsonObject{{"id", did + "#embedded-auth"},
                                        {"type", "JsonWebKey2020"},
                                        {"publicKeyJwk", QJsonObject{{"kty", "OKP"},
                                                                     {"crv", "Ed25519"},
                                                                     {"x", QString::fromLatin1(crypto::base64UrlEncode(
                                                                                   rawEd25519(kDccKey)))}}}}}}};
        const auto document = parseDidDocument(json, did);
        QVERIFY2(document.ok(), qPrintable(document.message()));
        // The X25519 key cannot verify signatures, so it is skipped, not fatal.
        QCOMPARE(document->methods.size(), 3);

        const auto key1 = document->assertionMethod("#key-1");
        QVERIFY2(key1.ok(), qPrintable(key1.message()));
        QCOMPARE(key1->id, did + "#key-1");
        QCOMPARE(key1->controller, did);

        for (const QString &id : {did + "#auth-only", did + "#embedded-auth"}) {
            const auto refused = document->assertionMethod(id);
            QCOMPARE(refused.code(), ErrorCode::InvalidInput);
            QCOMPARE(refused.message(), id + " is not authorised to issue credentials (assertionMethod).");
        }
        QCOMPARE(document->assertionMethod("#unreadable").code(), ErrorCode::NotFound);
        QCOMPARE(document->assertionMethod("#nothing").code(), ErrorCode::NotFound);
        QCOMPARE(document->assertionMethod("did:web:other.example#key-1").code(), ErrorCode::NotFound);

        QCOMPARE(parseDidDocument(json, "did:web:other.example").code(), ErrorCode::InvalidInput);
        QCOMPARE(parseDidDocument(QJsonObject{}, did).code(), ErrorCode::InvalidInput);
    }

    void testEd25519KeyForms()
    {
        const QString did = QStringLiteral("did:web:example.com");
        const QByteArray raw = rawEd25519(kDccKey);
        const QByteArray rawMultibase = crypto::multibaseBase58btc(raw);
        // The 2018/2020 suites appear with and without the multicodec prefix.
        const QList<QJsonObject> methods = {
                {{"id", "#a"}, {"type", "Ed25519VerificationKey2020"}, {"publicKeyMultibase", rawMultibase.data()}},
                {{"id", "#b"}, {"type", "Ed25519VerificationKey2020"}, {"publicKeyMultibase", kDccKey.data()}},
                {{"id", "#c"}, {"type", "Ed25519VerificationKey2018"}, {"publicKeyBase58", QString(crypto::base58btcEncode(raw))}},
                {{"id", "#d"}, {"type", "Ed25519VerificationKey2018"}, {"publicKeyBase58", kDccKey.sliced(1).data()}},
                // A raw key is only meaningful for the Ed25519 suites.
                {{"id", "#e"}, {"type", "Multikey"}, {"publicKeyMultibase", rawMultibase.data()}},
                {{"id", "#f"}, {"type", "Multikey"}, {"publicKeyMultibase", "z6MkjXe1vZ!"}},
        };
        QJsonArray array;
        for (const QJsonObject &method : methods)
            array.append(method);
        const auto document = parseDidDocument(QJsonObject{{"id", did}, {"verificationMethod", array}}, did);
        QVERIFY(document.ok());
        QCOMPARE(document->methods.size(), 4);
        for (const VerificationMethod &method : document->methods)
            QCOMPARE(method.key.raw, raw);
    }

    void testP256Keys()
    {
        const QJsonObject vectors = readJson("net/nist-curves.json");
        const QString didKey = QStringLiteral("did:key:zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv");
        const QJsonObject jwk = vectors.value(didKey).toObject().value("verificationMethod").toObject()
                                        .value("publicKeyJwk").toObject();
        const QByteArray uncompressed = "\x04" + crypto::base64UrlDecode(jwk.value("x").toString().toLatin1()).value()
                + crypto::base64UrlDecode(jwk.value("y").toString().toLatin1()).value();

        const auto fromDidKey = didKeyDocument(didKey);
        QVERIFY2(fromDidKey.ok(), qPrintable(fromDidKey.message()));
        QCOMPARE(fromDidKey->methods.first().key.type, jose::PublicKey::Type::P256);
        QCOMPARE(fromDidKey->methods.first().key.raw, uncompressed);

        const QString did = QStringLiteral("did:web:example.com");
        const QJsonArray methods{
                QJsonObject{{"id", "#multikey"}, {"type", "Multikey"}, {"publicKeyMultibase", didKey.sliced(8)}},
                QJsonObject{{"id", "#jwk"}, {"type", "JsonWebKey2020"}, {"publicKeyJwk", jwk}}};
        const auto document = parseDidDocument(QJsonObject{{"id", did}, {"verificationMethod", methods}}, did);
        QVERIFY(document.ok());
        QCOMPARE(document->methods.size(), 2);
        for (const VerificationMethod &method : document->methods)
            QCOMPARE(method.key.raw, uncompressed);
    }

    void testDidKeyDocuments_data()
    {
        QTest::addColumn<QString>("did");
        QTest::addColumn<QJsonObject>("entry");
        const QJsonObject vectors = readJson("net/ed25519-x25519.json");
        QVERIFY(vectors.size() >= 3);
        for (auto it = vectors.begin(); it != vectors.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject();
    }
    void testDidKeyDocuments()
    {
        QFETCH(QString, did);
        QFETCH(QJsonObject, entry);
        // The vectors give the public key in base58 or, for one, as a JWK.
        const QJsonObject keyPair = entry.value("verificationKeyPair").toObject();
        const QByteArray raw = keyPair.contains("publicKeyBase58")
                ? crypto::base58btcDecode(keyPair.value("publicKeyBase58").toString().toLatin1()).value_or("")
                : crypto::base64UrlDecode(keyPair.value("publicKeyJwk").toObject().value("x").toString().toLatin1())
                          .value_or("");
        QCOMPARE(raw.size(), 32);
        const QJsonObject published = entry.value("didDocument").toObject();
        const QString methodId = published.value("assertionMethod").toArray().first().toString();

        const auto document = didKeyDocument(did);
        QVERIFY2(document.ok(), qPrintable(document.message()));
        QCOMPARE(document->id, did);
        QCOMPARE(document->methods.size(), 1);
        QCOMPARE(document->methods.first().key.raw, raw);
        QCOMPARE(document->assertionMethod(methodId)->id, methodId);

        // The published document reads the same; its X25519 key is skipped.
        const auto parsed = parseDidDocument(published, did);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(parsed->assertionMethod(methodId)->key, document->methods.first().key);
        const QString agreement = published.value("keyAgreement").toArray().first().toString();
        QCOMPARE(parsed->assertionMethod(agreement).code(), ErrorCode::NotFound);

        QVERIFY(!didKeyDocument(QStringLiteral("did:web:example.com")).ok());
    }
};

QTEST_GUILESS_MAIN(TestDidWeb)
#include "tst_didweb.moc"
