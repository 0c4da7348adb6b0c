// Every parser of outside bytes, fed thousands of damaged copies of valid
// inputs (truncated, bit-flipped, spliced, stuffed with JSON and JWT
// punctuation), must refuse them with a sentence, or accept them, and never
// crash or hang. A fixed seed makes each run the same; the seed and count
// can be changed with VITAE_GARBAGE_SEED and VITAE_GARBAGE_ROUNDS to look
// further (run it in the ASan build too).
#include "TestIssuer.h"
#include "backup/Records.h"
#include "credential/CredentialReader.h"
#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"
#include "did/DidJwk.h"
#include "did/DidKey.h"
#include "exchange/BakedBadge.h"
#include "exchange/CredentialOffer.h"
#include "exchange/DeepLink.h"
#include "exchange/Importer.h"
#include "jose/Jws.h"
#include "jose/SdJwt.h"
#include "json/JsonParser.h"
#include "pdfread/PdfBundleReader.h"
#include "present/Dcql.h"
#include "present/Presentation.h"
#include "present/PresentationVerifier.h"
#include "qr/Base45.h"
#include "qr/PngReader.h"
#include "qr/PngWriter.h"
#include "qr/QrPayload.h"
#include "qr/QrReassembler.h"
#include "rdf/NQuads.h"
#include "vault/VaultHeader.h"
#include "verify/StatusList.h"
#include "verify/TrustStore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>
#include <optional>
#include <random>

using namespace vitae;

namespace {

// nullopt: accepted; otherwise the sentence of the refusal.
using Outcome = std::optional<QString>;
using Parser = std::function<Outcome(const QByteArray &)>;

template <typename T>
Outcome outcome(const Result<T> &result)
{
    return result ? Outcome() : Outcome(result.error().message);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One damaged copy: one to four edits of the kinds that break parsers.
QByteArray mutate(QByteArray bytes, std::mt19937 &random)
{
    static const QByteArray punctuation = QByteArrayLiteral("{}[]\":,~.\\/=%&?#<>\0\x7f\xff\xc3");
    auto below = [&](qsizetype n) { return n <= 0 ? qsizetype(0) : qsizetype(random() % quint64(n)); };
    const int edits = 1 + int(random() % 4);
    for (int e = 0; e < edits; ++e) {
        const qsizetype size = bytes.size();
        switch (random() % 7) {
        case 0: bytes.truncate(below(size + 1)); break;
        case 1:
            if (size)
                bytes[below(size)] ^= char(1 << (random() % 8));
            break;
        case 2:
            if (size)
                bytes[below(size)] = punctuation.at(below(punctuation.size()));
            break;
        case 3: {
            QByteArray noise(1 + below(8), Qt::Uninitialized);
            for (char &c : noise)
                c = char(random());
            bytes.insert(below(size + 1), noise);
            break;
        }
        case 4: bytes.remove(below(size + 1), 1 + below(16)); break;
        case 5: { // a slice repeated elsewhere, as a splice of two frames would
            const qsizetype from = below(size + 1);
            bytes.insert(below(size + 1), bytes.mid(from, 1 + below(64)));
            break;
        }
        default: // a number made huge, or a length field wrapped
            bytes.insert(below(size + 1), QByteArrayLiteral("99999999999999999999"));
            break;
        }
    }
    return bytes;
}

// A minimal PDF with one attachment named vitae-bundle.json, offsets exact.
QByteArray pdfWithAttachment(const QByteArray &content)
{
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(vitae-bundle.json) 4 0 R] >> >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        "<< /Type /Filespec /F (vitae-bundle.json) /UF (vitae-bundle.json) /EF << /F 5 0 R >> >>",
        "<< /Type /EmbeddedFile /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
                + "\nendstream",
    };
    QByteArray pdf = "%PDF-1.7\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
            + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

class GarbageInputTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesGarbageWithASentence_data();
    void refusesGarbageWithASentence();

private:
    struct Target {
        Parser parse;
        QList<QByteArray> seeds;
    };
    QMap<QString, Target> m_targets;
};

void GarbageInputTest::initTestCase()
{
    const test::TestIssuer issuer;
    const QByteArray jcsBadge = QJsonDocument(issuer.signJcs(issuer.badge())).toJson(QJsonDocument::Compact);
    const QByteArray rdfcBadge = QJsonDocument(issuer.signRdfc(issuer.badge())).toJson(QJsonDocument::Compact);
    const QByteArray jwtVc = issuer.signJwt(issuer.badge(), {{"typ", "vc+jwt"}});
    const QByteArray sdJwtVc = issuer.sdJwtVc();
    QByteArray dccCredential;
    QDirIterator dcc(QStringLiteral(VITAE_TEST_DATA "/dcc/verifiableCredentials/v2/dataIntegrityProof"),
                     {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    if (dcc.hasNext())
        dccCredential = readFile(dcc.next());
    QVERIFY(!dccCredential.isEmpty());
    const QList<QByteArray> credentials = {jcsBadge, rdfcBadge, jwtVc, sdJwtVc, dccCredential};

    qr::GrayImage image(21, 21);
    for (int y = 0; y < 21; ++y)
        for (int x = 0; x < 21; ++x)
            image.set(x, y, (x * y) % 3 ? 255 : 0);
    const QByteArray png = qr::writeGrayPng(image);
    const QByteArray bakedPng = readFile(QStringLiteral(VITAE_TEST_DATA "/exchange/baked-ob2/concentricsky/baked_heart.png"));
    const QByteArray bakedSvg = readFile(QStringLiteral(VITAE_TEST_DATA "/exchange/baked-ob2/mozilla/baked.svg"));
    QVERIFY(!bakedPng.isEmpty() && !bakedSvg.isEmpty());
    Result<QStringList> frames = qr::encodePayload(jcsBadge + jcsBadge + rdfcBadge);
    QVERIFY(frames && !frames->isEmpty());
    Result<QStringList> single = qr::encodePayload(jwtVc);
    QVERIFY(single && single->size() == 1);
    const QByteArray offer = QJsonDocument(QJsonObject{
            {"credential_issuer", "https://issuer.example"},
            {"credential_configuration_ids", QJsonArray{"UniversityDegree"}},
            {"grants", QJsonObject{{"urn:ietf:params:oauth:grant-type:pre-authorized_code",
                                    QJsonObject{{"pre-authorized_code", "oaKazRN8I0IbtZ0C7JuMn5"},
                                                {"tx_code", QJsonObject{{"length", 4}, {"input_mode", "numeric"}}}}}}},
    }).toJson(QJsonDocument::Compact);
    const QByteArray trustList = R"({"vitaeTrustList": 1, "name": "Schools", "issuers": [{"id": "did:web:college.example", "name": "Riverside College", "url": "https://college.example"}]})";
    vault::VaultHeader header;
    header.salt = QByteArray(16, 's');
    header.nonce = QByteArray(24, 'n');
    header.wrappedKey = QByteArray(48, 'k');
    const crypto::Ed25519KeyPair holder = crypto::Ed25519KeyPair::generate();
    const QString holderDid = did::didKeyFromEd25519(holder.publicKey());
    const QByteArray didJwk = "did:jwk:"
            + crypto::base64UrlEncode(QJsonDocument(QJsonObject{{"kty", "OKP"}, {"crv", "Ed25519"},
                                                                {"x", QString::fromLatin1(crypto::base64UrlEncode(holder.publicKey()))}})
                                              .toJson(QJsonDocument::Compact));
    // A real presentation: the holder's own badge, signed for a challenge.
    QJsonObject ownBadge = issuer.badge();
    QJsonObject subject = ownBadge.value("credentialSubject").toObject();
    subject.insert("id", holderDid);
    ownBadge.insert("credentialSubject", subject);
    Result<credential::Credential> ownCredential
            = credential::readCredential(QJsonDocument(issuer.signJcs(ownBadge)).toJson(QJsonDocument::Compact));
    QVERIFY(ownCredential);
    present::PresentOptions options;
    options.challenge = QStringLiteral("challenge");
    Result<present::BuiltPresentation> vp = present::buildPresentation({{0, *ownCredential, {}}}, holder, holderDid, options);
    QVERIFY2(vp, qPrintable(vp ? QString() : vp.error().message));
    const QByteArray bundleJson = R"({"type": "VitaeBundle", "version": "1.0", "credentials": []})";

    auto add = [this](const QString &name, QList<QByteArray> seeds, Parser parse) {
        m_targets.insert(name, Target{std::move(parse), std::move(seeds)});
    };
    add("json", {jcsBadge, rdfcBadge, dccCredential}, [](const QByteArray &b) { return outcome(json::parseJson(b)); });
    add("credential", credentials, [](const QByteArray &b) { return outcome(credential::readCredential(b)); });
    add("compact-jws", {jwtVc}, [](const QByteArray &b) { return outcome(jose::parseCompactJws(b)); });
    add("sd-jwt", {sdJwtVc}, [](const QByteArray &b) { return outcome(jose::parseSdJwt(b)); });
    add("n-quads", {readFile(QStringLiteral(VITAE_TEST_DATA "/rdf/rdfc10/test002-in.nq"))},
        [](const QByteArray &b) { return outcome(rdf::parseNQuads(b)); });
    add("deep-link",
        {"openid-credential-offer://?credential_offer=" + offer.toPercentEncoding(),
         "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fissuer.example%2Foffer%2F1",
         "dccrequest://request?issuer=issuer.example&vc_request_url=https://issuer.example/exchange/1&challenge=abc",
         "vitae://import?url=https%3A%2F%2Fissuer.example%2Fbadge.json",
         "openid4vp://?client_id=redirect_uri%3Ahttps%3A%2F%2Fv.example%2Fcb&request_uri=https%3A%2F%2Fv.example%2Fr"},
        [](const QByteArray &b) { return outcome(exchange::parseLink(QString::fromUtf8(b))); });
    add("credential-offer", {offer}, [](const QByteArray &b) { return outcome(exchange::parseCredentialOffer(b, false)); });
    add("did", {issuer.did().toUtf8(), didJwk},
        [](const QByteArray &b) {
            const QString text = QString::fromUtf8(b);
            return text.startsWith(QLatin1String("did:jwk:")) ? outcome(did::parseDidJwk(text)) : outcome(did::parseDidKey(text));
        });
    add("base45", {qr::base45Encode("Vitae presents credentials")},
        [](const QByteArray &b) { return outcome(qr::base45Decode(b)); });
    add("png", {png, bakedPng}, [](const QByteArray &b) { return outcome(qr::readPngAsGray(b)); });
    add("baked-png", {bakedPng}, [](const QByteArray &b) { return outcome(exchange::extractFromPng(b)); });
    add("baked-svg", {bakedSvg}, [](const QByteArray &b) { return outcome(exchange::extractFromSvg(b)); });
    add("qr-payload", {single->first().toUtf8()},
        [](const QByteArray &b) { return outcome(qr::decodeSinglePayload(QString::fromUtf8(b))); });
    add("qr-frames", {frames->join(QLatin1Char('\n')).toUtf8()}, [](const QByteArray &b) {
        // A damaged frame among good ones: the reassembler refuses it by name.
        qr::QrReassembler reassembler;
        Outcome last;
        for (const QByteArray &frame : b.split('\n'))
            if (Result<qr::QrReassembler::Progress> progress = reassembler.add(QString::fromUtf8(frame)); !progress)
                last = progress.error().message;
        return last;
    });
    add("importer", {jcsBadge, jwtVc, sdJwtVc, bakedPng, bakedSvg},
        [](const QByteArray &b) { return outcome(exchange::credentialsIn(b, QStringLiteral("received"))); });
    add("pdf-attachment", {pdfWithAttachment(bundleJson)},
        [](const QByteArray &b) { return outcome(pdf::readBundleFromPdfBytes(b)); });
    add("dcql", {readFile(QStringLiteral(VITAE_TEST_DATA "/openid4vp/simple.json")),
                 readFile(QStringLiteral(VITAE_TEST_DATA "/openid4vp/credentials_alternatives.json"))},
        [](const QByteArray &b) {
            Result<QJsonObject> object = json::parseJsonObject(b);
            return object ? outcome(present::parseDcql(*object)) : outcome(object);
        });
    add("vault-header", {header.serialize()},
        [](const QByteArray &b) { return outcome(vault::VaultHeader::parse(b, QStringLiteral("vault.header"))); });
    add("trust-list", {trustList}, [](const QByteArray &b) {
        verify::TrustStore store;
        const Status status = store.addList(b, QStringLiteral("list"));
        return status ? Outcome() : Outcome(status.message());
    });
    add("status-list", {test::encodedStatusList({3, 77}).toUtf8()},
        [](const QByteArray &b) { return outcome(verify::decodeStatusList(QString::fromUtf8(b))); });
    add("presentation", {vp->bytes}, [](const QByteArray &b) {
        // Never fails by design: garbage must come back as a failed format
        // or proof check with a sentence.
        present::PresentationExpectations expectations;
        expectations.challenge = QStringLiteral("challenge");
        const present::PresentationResult result = present::verifyPresentation(b, expectations, {});
        for (const verify::CheckResult &check : result.presentation.checks)
            if (check.outcome == verify::Outcome::Failed)
                return Outcome(check.message);
        if (result.verdict() == verify::Verdict::Failed)
            return Outcome(QStringLiteral("a credential inside failed"));
        return Outcome();
    });
}

void GarbageInputTest::refusesGarbageWithASentence_data()
{
    QTest::addColumn<QString>("target");
    for (const QString &name : m_targets.keys())
        QTest::newRow(qPrintable(name)) << name;
}

void GarbageInputTest::refusesGarbageWithASentence()
{
    QFETCH(QString, target);
    const Target &t = m_targets.value(target);
    const int rounds = qEnvironmentVariableIsSet("VITAE_GARBAGE_ROUNDS") ? qEnvironmentVariableIntValue("VITAE_GARBAGE_ROUNDS") : 2000;
    const quint32 seed = qEnvironmentVariableIsSet("VITAE_GARBAGE_SEED") ? quint32(qEnvironmentVariableIntValue("VITAE_GARBAGE_SEED")) : 20261123u;
    std::mt19937 random(seed ^ quint32(qHash(target)));

    // The untouched seeds are what the parser is meant to read.
    for (const QByteArray &valid : t.seeds) {
        const Outcome result = t.parse(valid);
        QVERIFY2(!result, qPrintable(target + QStringLiteral(" refused its own valid seed: ") + result.value_or(QString())));
    }
    int refused = 0;
    for (int i = 0; i < rounds; ++i) {
        const QByteArray &seed = t.seeds.at(i % t.seeds.size());
        const QByteArray damaged = mutate(seed, random);
        const Outcome result = t.parse(damaged);
        if (!result)
            continue;
        ++refused;
        const QString &message = *result;
        QVERIFY2(!message.trimmed().isEmpty(), qPrintable(QStringLiteral("silent refusal of: ") + damaged.toBase64()));
        QVERIFY2(message.size() < 2000, qPrintable(QStringLiteral("a refusal too long to read: ") + message.left(200)));
        for (QChar c : message)
            QVERIFY2(c.unicode() >= 0x20 || c == QLatin1Char('\n'),
                     qPrintable(QStringLiteral("control characters in the message: ") + message.toUtf8().toPercentEncoding()));
    }
    // Damage is noticed: most damaged copies must be refused.
    QVERIFY2(refused > rounds / 4, qPrintable(QStringLiteral("%1 refused only %2 of %3").arg(target).arg(refused).arg(rounds)));
}

QTEST_GUILESS_MAIN(GarbageInputTest)
#include "tst_garbage_input.moc"
