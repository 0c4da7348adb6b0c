// vitae-bench-make-credentials DIR: writes one signed credential per format
// Vitae verifies offline, all from a did:key issuer, for
// `vitae-cli bench-verify DIR`: eddsa-jcs-2022,
// eddsa-rdfc-2022, Ed25519Signature2020, VC-JOSE and SD-JWT VC.
#include "TestIssuer.h"
#include "crypto/Encoding.h"
#include "crypto/Sodium.h"
#include "jose/SdJwt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace vitae;

namespace {
bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// An SD-JWT VC whose name, given_name and two skills are selectively disclosable.
QByteArray sdJwtVc(const test::TestIssuer &issuer)
{
    QStringList disclosures;
    QJsonArray digests;
    auto disclose = [&](const QJsonArray &content) {
        const QByteArray encoded = crypto::base64UrlEncode(QJsonDocument(content).toJson(QJsonDocument::Compact));
        disclosures.append(QString::fromLatin1(encoded));
        return QString::fromLatin1(jose::sdDigest(encoded));
    };
    digests.append(disclose({"c2FsdC0x", "given_name", "Ana"}));
    digests.append(disclose({"c2FsdC0y", "family_name", "Lopez"}));
    digests.append(disclose({"c2FsdC0z", "birthdate", "1990-04-01"}));
    const QJsonArray skills{QJsonObject{{"...", disclose({"c2FsdC00", "data literacy"})}},
                            QJsonObject{{"...", disclose({"c2FsdC01", "statistics"})}}};
    const QJsonObject payload{{"iss", issuer.did()}, {"vct", "https://college.example/credentials/course"},
                              {"iat", 1735689600}, {"name", "Data Literacy Foundations"},
                              {"_sd_alg", "sha-256"}, {"_sd", digests}, {"skills", skills}};
    return issuer.signJwt(payload, {{"typ", "dc+sd-jwt"}}) + '~' + disclosures.join('~').toLatin1() + '~';
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: vitae-bench-make-credentials DIR\n");
        return 2;
    }
    const QString dir = app.arguments().at(1);
    QDir().mkpath(dir);
    const test::TestIssuer issuer;
    QJsonObject vc = issuer.badge();
    const bool ok = write(dir + "/badge-eddsa-jcs-2022.json", QJsonDocument(issuer.signJcs(vc)).toJson())
            && write(dir + "/badge-eddsa-rdfc-2022.json", QJsonDocument(issuer.signRdfc(vc)).toJson())
            && write(dir + "/badge-ed25519signature2020.json", QJsonDocument(issuer.signRdfc(vc, "Ed25519Signature2020")).toJson())
            && write(dir + "/badge-vc-jose.jwt", issuer.signJwt(vc, {{"typ", "vc+jwt"}}))
            && write(dir + "/course-sd-jwt-vc.txt", sdJwtVc(issuer));
    return ok ? 0 : 1;
}
