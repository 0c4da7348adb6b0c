#include "TestIssuer.h"

#include "crypto/Encoding.h"
#include "did/DidKey.h"
#include "jose/SdJwt.h"
#include "sign/Signer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <zlib.h>

namespace vitae::test {

namespace {
// Every test proof carries the same date, so signed fixtures are reproducible.
const QDateTime kSigned(QDate(2025, 9, 1), QTime(0, 0), Qt::UTC);
} // namespace

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
    sign::ProofOptions options;
    options.suite = sign::ProofSuiteKind::EddsaJcs2022;
    options.created = kSigned;
    options.proofPurpose = purpose;
    return sign::addDataIntegrityProof(std::move(document), m_key, options).value();
}

QJsonObject TestIssuer::signRdfc(QJsonObject document, const QString &suite) const
{
    sign::ProofOptions options;
    options.suite = suite == "Ed25519Signature2020" ? sign::ProofSuiteKind::Ed25519Signature2020
                                                    : sign::ProofSuiteKind::EddsaRdfc2022;
    options.created = kSigned;
    return sign::addDataIntegrityProof(std::move(document), m_key, options).value();
}

QByteArray TestIssuer::signJwt(const QJsonObject &payload, QJsonObject header) const
{
    if (!header.contains("kid"))
        header.insert("kid", verificationMethod());
    return sign::signCompactJws(header, payload, m_key);
}

QByteArray TestIssuer::sdJwtVc(const QJsonObject &holderJwk, const QJsonObject &extraClaims) const
{
    QStringList disclosures;
    int salt = 0;
    auto disclose = [&](QJsonArray content) {
        content.prepend(QString::fromLatin1(QByteArray("salt-" + QByteArray::number(++salt)).toBase64()));
        const QByteArray encoded = crypto::base64UrlEncode(QJsonDocument(content).toJson(QJsonDocument::Compact));
        disclosures.append(QString::fromLatin1(encoded));
        return QString::fromLatin1(jose::sdDigest(encoded));
    };
    const QJsonObject address{{"country", "ES"},
                              {"_sd", QJsonArray{disclose({"street_address", "Calle Mayor 1"}),
                                                 disclose({"locality", "Madrid"})}}};
    const QJsonArray digests{disclose({"given_name", "Ana"}), disclose({"family_name", "Lopez"}),
                             disclose({"birthdate", "1990-04-01"}), disclose({"address", address})};
    const QJsonArray skills{QJsonObject{{"...", disclose({"data literacy"})}},
                            QJsonObject{{"...", disclose({"statistics"})}}};
    QJsonObject payload{{"iss", m_did}, {"vct", "https://college.example/credentials/course"},
                        {"iat", 1735689600}, {"name", "Data Literacy Foundations"},
                        {"_sd_alg", "sha-256"}, {"_sd", digests}, {"skills", skills}};
    if (!holderJwk.isEmpty())
        payload.insert("cnf", QJsonObject{{"jwk", holderJwk}});
    for (auto it = extraClaims.begin(); it != extraClaims.end(); ++it)
        payload.insert(it.key(), it.value());
    return signJwt(payload, {{"typ", "dc+sd-jwt"}}) + '~' + disclosures.join('~').toLatin1() + '~';
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
