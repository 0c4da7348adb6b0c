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
            && write(dir + "/course-sd-jwt-vc.txt", issuer.sdJwtVc());
    return ok ? 0 : 1;
}
