#include "verify/Verifier.h"

#include "credential/CredentialReader.h"
#include "json/JsonParser.h"
#include "verify/KeyResolver.h"
#include "verify/ProofSuite.h"

#include <QJsonArray>
#include <QCoreApplication>

namespace vitae::verify {

using credential::Credential;
using credential::Format;

namespace {

// A key that could not be found: offline or unsupported is "unknown";
// a key that is not there or not allowed to sign is a failure.
void reportKeyError(const Error &error, VerificationResult &result)
{
    if (error.code == ErrorCode::Network)
        result.add(check::Signature, Outcome::Unknown, QStringLiteral("signature.key-unreachable"),
                   QCoreApplication::translate("vitae", "The issuer's key could not be fetched, so the signature was not checked: %1").arg(error.message));
    else if (error.code == ErrorCode::Unsupported)
        result.add(check::Signature, Outcome::Unknown, QStringLiteral("signature.key-unsupported"), error.message);
    else
        result.add(check::Signature, Outcome::Failed, QStringLiteral("signature.key-invalid"),
                   QCoreApplication::translate("vitae", "The signing key is not valid for this issuer: %1").arg(error.message));
}

void checkStructure(const Credential &credential, VerificationResult &result)
{
    if (credential.format == Format::LdpVc || credential.format == Format::JwtVc) {
        const QJsonValue context = credential.document.value(QLatin1String("@context"));
        const QString first = context.isArray() ? context.toArray().first().toString() : context.toString();
        if (first != QLatin1String("https://www.w3.org/ns/credentials/v2")
            && first != QLatin1String("https://www.w3.org/2018/credentials/v1")) {
            result.add(check::Structure, Outcome::Failed, QStringLiteral("structure.context"),
                       QCoreApplication::translate("vitae", "The credential does not start with the W3C credentials context."));
            return;
        }
    }
    result.add(check::Structure, Outcome::Passed, QStringLiteral("structure.valid"),
               QCoreApplication::translate("vitae", "The credential is well formed."));
}

void checkDataIntegrityProofs(const Credential &credential, const VerifyContext &context, VerificationResult &result)
{
    const QList<QJsonObject> proofs = proofsOf(credential.document);
    if (proofs.isEmpty()) {
        result.add(check::Signature, Outcome::Failed, QStringLiteral("signature.missing"),
                   QCoreApplication::translate("vitae", "The credential is not signed."));
        return;
    }
    // A proof set or chain: every proof must verify (Data Integrity 2.1).
    QStringList suites;
    for (const QJsonObject &proof : proofs) {
        const QString suiteName = proofSuiteName(proof);
        const ProofSuite *suite = findProofSuite(proof);
        if (!suite) {
            if (isKnownButUnsupportedSuite(suiteName))
                result.add(check::Signature, Outcome::Unknown, QStringLiteral("signature.unsupported-suite"),
                           QCoreApplication::translate("vitae", "The credential is signed with %1, which this version of Vitae cannot check yet (unsupported proof suite).").arg(suiteName));
            else
                result.add(check::Signature, Outcome::Failed, QStringLiteral("signature.unknown-suite"),
                           QCoreApplication::translate("vitae", "The credential's proof uses an unknown method (\"%1\"), so it cannot be trusted.").arg(suiteName));
            return;
        }
        if (proof.value(QLatin1String("proofPurpose")).toString() != QLatin1String("assertionMethod")) {
            result.add(check::Signature, Outcome::Failed, QStringLiteral("signature.wrong-purpose"),
                       QCoreApplication::translate("vitae", "The proof was not made for issuing a credential (its purpose is \"%1\").")
                               .arg(proof.value(QLatin1String("proofPurpose")).toString()));
            return;
        }
        const QString method = proof.value(QLatin1String("verificationMethod")).toString();
        if (didOf(method) != credential.issuerId) {
            result.add(check::Signature, Outcome::Failed, QStringLiteral("signature.not-issuer"),
                       QCoreApplication::translate("vitae", "The credential was signed by %1, not by its issuer %2.").arg(didOf(method), credential.issuerId));
            return;
        }
        Result<QDateTime> expires = credential::readDate(proof, QStringLiteral("expires"));
        if (!expires || (expires->isValid() && *expires < context.now())) {
            result.add(check::Signature, Outcome::Failed, QStringLiteral("signature.proof-expired"),
                       QCoreApplication::translate("vitae", "The signature itself has expired."));
            return;
        }
        Result<IssuerKey> key = resolveAssertionKey(method, context.resolver);
        if (!key)
            return reportKeyError(key.error(), result);
        Result<QJsonObject> covered = documentForProof(credential.document, proof);
        Status verified = covered ? suite->verify(*covered, proof, key->key) : Status(covered.error());
        if (!verified && verified.message().contains(QLatin1String("unknown context"))) {
            // A context the credential needs is not shipped with Vitae: not
            // checkable, which is not the same as forged.
            result.add(check::Signature, Outcome::Unknown, QStringLiteral("signature.unknown-context"),
                       QCoreApplication::translate("vitae", "The signature could not be checked: %1.").arg(verified.message()));
            return;
        }
        if (!verified && verified.message().contains(QLatin1String("undefined term"))) {
            // Safe mode: a term no context defines could carry unsigned meaning.
            result.add(check::Signature, Outcome::Failed, QStringLiteral("signature.undefined-term"),
                       QCoreApplication::translate("vitae", "The credential uses a term its contexts do not define, so its meaning is not covered by the signature: %1.")
                               .arg(verified.message()));
            return;
        }
        if (!verified) {
            result.add(check::Signature, Outcome::Failed, QStringLiteral("signature.invalid"),
                       QCoreApplication::translate("vitae", "The signature does not match: the credential was changed after it was issued, or was not issued by %1. (%2)")
                               .arg(credential.issuerId, verified.message()));
            return;
        }
        suites.append(suite->name());
    }
    result.add(check::Signature, Outcome::Passed, QStringLiteral("signature.valid"),
               QCoreApplication::translate("vitae", "Signed by the issuer (%1); nothing was changed since.").arg(suites.join(QStringLiteral(", "))));
}

void checkJwtSignature(const Credential &credential, const VerifyContext &context, VerificationResult &result)
{
    const jose::Jws &jws = *credential.jws;
    const QString iss = jws.payload.value(QLatin1String("iss")).toString();
    if (!iss.isEmpty() && iss != credential.issuerId) {
        result.add(check::Signature, Outcome::Failed, QStringLiteral("signature.not-issuer"),
                   QCoreApplication::translate("vitae", "The token's issuer (%1) differs from the credential's issuer (%2).").arg(iss, credential.issuerId));
        return;
    }
    Result<IssuerKey> key = resolveJwtIssuerKey(jws.header, credential.issuerId, context.resolver);
    if (!key)
        return reportKeyError(key.error(), result);
    if (Status s = jose::verifyJws(jws, key->key); !s) {
        const bool unsupported = s.code() == ErrorCode::Unsupported;
        result.add(check::Signature, Outcome::Failed,
                   unsupported ? QStringLiteral("signature.unsupported-alg") : QStringLiteral("signature.invalid"),
                   unsupported ? s.message()
                               : QCoreApplication::translate("vitae", "The signature does not match: the credential was changed after it was issued. (%1)").arg(s.message()));
        return;
    }
    result.add(check::Signature, Outcome::Passed, QStringLiteral("signature.valid"),
               QCoreApplication::translate("vitae", "Signed by the issuer (%1); nothing was changed since.").arg(jws.alg()));
}

// Open Badges 2.0: no signature; the issuer's hosted copy is the reference.
void checkHostedAssertion(const Credential &credential, const VerifyContext &context, VerificationResult &result)
{
    if (!context.resolver) {
        result.add(check::Signature, Outcome::Unknown, QStringLiteral("signature.hosted-offline"),
                   QCoreApplication::translate("vitae", "Hosted badge, not cryptographically signed; it could not be compared with the issuer's copy (offline)."));
        return;
    }
    Result<net::FetchedDocument> hosted = context.resolver->fetch(QUrl(credential.id));
    if (!hosted) {
        const bool offline = hosted.code() == ErrorCode::Network || hosted.code() == ErrorCode::NotFound;
        result.add(check::Signature, offline ? Outcome::Unknown : Outcome::Failed, QStringLiteral("signature.hosted-unreachable"),
                   QCoreApplication::translate("vitae", "Hosted badge, not cryptographically signed; the issuer's copy could not be fetched: %1").arg(hosted.message()));
        return;
    }
    Result<QJsonObject> copy = json::parseJsonObject(hosted->body);
    if (!copy || *copy != credential.document) {
        result.add(check::Signature, Outcome::Failed, QStringLiteral("signature.hosted-mismatch"),
                   QCoreApplication::translate("vitae", "Hosted badge, not cryptographically signed, and it differs from the issuer's copy."));
        return;
    }
    result.add(check::Signature, Outcome::Warning, QStringLiteral("signature.hosted-matches"),
               QCoreApplication::translate("vitae", "Hosted badge, not cryptographically signed; it matches the copy on the issuer's site."));
}

} // namespace

VerificationResult verifyCredential(const Credential &credential, const VerifyContext &context)
{
    VerificationResult result;
    result.checkedAt = context.now();
    checkStructure(credential, result);
    switch (credential.format) {
    case Format::LdpVc:
        checkDataIntegrityProofs(credential, context, result);
        break;
    case Format::JwtVc:
    case Format::SdJwtVc:
        checkJwtSignature(credential, context, result);
        break;
    case Format::Ob2Hosted:
        checkHostedAssertion(credential, context, result);
        break;
    }
    checkValidityWindow(credential, context, result);
    checkStatus(credential, context, result);
    checkIssuerTrust(credential, context, result);
    for (const Credential &inner : credential.nested)
        result.nested.append(verifyCredential(inner, context));
    return result;
}

} // namespace vitae::verify
