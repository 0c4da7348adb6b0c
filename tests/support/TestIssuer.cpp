#include "TestIssuer.h"

#include "crypto/Encoding.h"
#include "did/DidKey.h"
#include "verify/EddsaJcs2022.h"
#include "verify/RdfcSuites.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <zlib.h>

namespace vitae::test {

QString encodedStatusList(const QList<int> &setBits)
{
    QByteArray bits(16384, '\0');
    for (int bit : setBits)
        bits[bit / 8] = char(bits[bit / 8] | (0x80 >> (bit % 8)));
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY); // 16: gzip wrapper
    QByteArray out(qsizetype(deflateBound(&stream, uLong(bits.size()))) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef *>(bits.data());
    stream.avail_in = uInt(bits.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return QStringLiteral("u") + QString::fromLatin1(crypto::base64UrlEncode(out));
}

TestIssuer::TestIssuer(char seedByte)
    : m_key(std::move(crypto::Ed25519KeyPair::fromSeed(QByteArray(32, seedByte)).value())),
      m_did(did::didKeyFromEd25519(m_key.publicKey()))
{
}

QString TestIssuer::verificationMethod() const
{
    return m_did + QLatin1Char('#') + m_did.mid(8);
}

QJsonObject TestIssuer::badge(const QString &name) const
{
    return {{"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2",
                                    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"}},
            {"id", "urn:uuid:3f1c2a6e-0d5b-4a7e-9c1d-000000000001"},
            {"type", QJsonArray{"VerifiableCredential", "OpenBadgeCredential"}},
            {"name", name},
            {"issuer", QJsonObject{{"id", m_did}, {"type", QJsonArray{"Profile"}}, {"name", "Riverside Community College"}}},
            {"validFrom", "2025-09-01T00:00:00Z"},
            {"credentialSubject",
             QJsonObject{{"id", "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"},
                         {"type", QJsonArray{"AchievementSubject"}},
                         {"achievement", QJsonObject{{"id", "https://college.example/achievements/data-literacy"},
                                                     {"type", QJsonArray{"Achievement"}},
                                                     {"name", name},
                                                     {"description", "Reads, questions and presents data."},
                                                     {"criteria", QJsonObject{{"narrative", "Passed the course project."}}}}}}}};
}

QJsonObject TestIssuer::signJcs(QJsonObject document, const QString &purpose) const
{
    document.remove("proof");
    QJsonObject proof{{"type", "DataIntegrityProof"},
                      {"cryptosuite", "eddsa-jcs-2022"},
                      {"created", "2025-09-01T00:00:00Z"},
                      {"verificationMethod", verificationMethod()},
                      {"proofPurpose", purpose}};
    const QByteArray data = verify::EddsaJcs2022::hashData(document, proof).value();
    proof.insert("proofValue", QString::fromLatin1(crypto::multibaseBase58btc(m_key.sign(data))));
    document.insert("proof", proof);
    return document;
}

QJsonObject TestIssuer::signRdfc(QJsonObject document, const QString &suite) const
{
    document.remove("proof");
    QJsonObject proof{{"created", "2025-09-01T00:00:00Z"},
                      {"verificationMethod", verificationMethod()},
                      {"proofPurpose", "assertionMethod"}};
    if (suite == "Ed25519Signature2020") {
        proof.insert("type", suite);
        // That suite's terms come from its own context.
        QJsonArray context = document.value("@context").toArray();
        if (!context.contains("https://w3id.org/security/suites/ed25519-2020/v1"))
            context.append("https://w3id.org/security/suites/ed25519-2020/v1");
        document.insert("@context", context);
    } else {
        proof.insert("type", "DataIntegrityProof");
        proof.insert("cryptosuite", suite);
    }
    const QByteArray data = verify::RdfcSuite::hashData(document, proof).value();
    proof.insert("proofValue", QString::fromLatin1(crypto::multibaseBase58btc(m_key.sign(data))));
    document.insert("proof", proof);
    return document;
}

QByteArray TestIssuer::signJwt(const QJsonObject &payload, QJsonObject header) const
{
    if (!header.contains("alg"))
        header.insert("alg", "EdDSA");
    if (!header.contains("kid"))
        header.insert("kid", verificationMethod());
    const QByteArray signingInput = crypto::base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + crypto::base64UrlEncode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return signingInput + '.' + crypto::base64UrlEncode(m_key.sign(signingInput));
}

QJsonObject TestIssuer::statusListCredential(const QString &url, const QList<int> &setBits, const QString &purpose) const
{
    const QJsonObject list{{"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
                           {"id", url},
                           {"type", QJsonArray{"VerifiableCredential", "BitstringStatusListCredential"}},
                           {"issuer", m_did},
                           {"validFrom", "2025-01-01T00:00:00Z"},
                           {"credentialSubject", QJsonObject{{"id", url + "#list"},
                                                             {"type", "BitstringStatusList"},
                                                             {"statusPurpose", purpose},
                                                             {"encodedList", encodedStatusList(setBits)}}}};
    return signJcs(list);
}

} // namespace vitae::test
