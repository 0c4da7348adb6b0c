#include "present/PresentationVerifier.h"

#include "credential/CredentialReader.h"
#include "json/JsonParser.h"
#include "present/HolderKey.h"
#include "present/KeyBindingCheck.h"
#include "verify/ProofSuite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QCoreApplication>

namespace vitae::present {

namespace {

using verify::Outcome;
using verify::Verdict;
namespace pc = presentationCheck;

constexpr int kMaxCredentials = 100;

QDateTime nowOf(const PresentationExpectations &expectations)
{
    return expectations.now.isValid() ? expectations.now : QDateTime::currentDateTimeUtc();
}

PresentedCredential verifyOne(QByteArrayView bytes, const verify::VerifyContext &context)
{
    PresentedCredential presented;
    Result<credential::Credential> credential = credential::readCredential(bytes);
    if (!credential) {
        presented.result.add(verify::check::Structure, Outcome::Failed, QStringLiteral("structure.unreadable"),
                             credential.message());
        return presented;
    }
    presented.result = verify::verifyCredential(*credential, context);
    presented.selectivelyDisclosed = credential->format == credential::Format::SdJwtVc;
    presented.disclosedClaims = presented.selectivelyDisclosed
            ? credential->document
            : credential->document.value(QLatin1String("credentialSubject")).toObject();
    presented.credential = std::move(*credential);
    return presented;
}

// data:<media type>[;base64],<data> (RFC 2397), as enveloped credentials use.
Result<QByteArray> dataUrlPayload(const QString &url)
{
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    if (!url.startsWith(QLatin1String("data:")) || comma < 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "An enveloped credential's id is not a data: URL."));
    const QString header = url.mid(5, comma - 5);
    const QByteArray data = url.mid(comma + 1).toUtf8();
    if (header.endsWith(QLatin1String(";base64")))
        return QByteArray::fromBase64(data);
    return QByteArray::fromPercentEncoding(data);
}

// Each credential as bytes the credential reader takes.
Result<QList<QByteArray>> credentialBytes(const QJsonObject &vp)
{
    const QJsonValue value = vp.value(QLatin1String("verifiableCredential"));
    const QJsonArray items = value.isArray() ? value.toArray() : value.isUndefined() ? QJsonArray{} : QJsonArray{value};
    if (items.size() > kMaxCredentials)
        return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "The presentation holds more than %1 credentials.").arg(kMaxCredentials));
    QList<QByteArray> out;
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        const QJsonValue type = object.value(QLatin1String("type"));
        if (item.isString()) {
            out.append(item.toString().toUtf8());
        } else if (type == QLatin1String("EnvelopedVerifiableCredential")
                   || type.toArray().contains(QLatin1String("EnvelopedVerifiableCredential"))) {
            Result<QByteArray> payload = dataUrlPayload(object.value(QLatin1String("id")).toString());
            if (!payload)
                return payload.error();
            out.append(*payload);
        } else if (item.isObject()) {
            out.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
        } else {
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "An entry of the presentation is not a credential."));
        }
    }
    return out;
}

bool proofDomainMatches(const QJsonValue &domain, const QString &expected)
{
    return domain.isArray() ? domain.toArray().contains(expected) : domain.toString() == expected;
}

void checkVpProof(const QJsonObject &vp, const PresentationExpectations &expectations, PresentationResult &out,
                  std::optional<jose::PublicKey> &holderKey)
{
    verify::VerificationResult &checks = out.presentation;
    QList<QJsonObject> proofs = verify::proofsOf(vp);
    if (proofs.size() != 1) {
        checks.add(pc::HolderProof, Outcome::Failed, QStringLiteral("presentation.unsigned"),
                   proofs.isEmpty() ? QCoreApplication::translate("vitae", "The presentation is not signed by its holder.")
                                    : QCoreApplication::translate("vitae", "The presentation carries more than one proof; Vitae expects one."));
        return;
    }
    const QJsonObject proof = proofs.first();
    const QString method = proof.value(QLatin1String("verificationMethod")).toString();
    out.holder = didOfMethod(method);
    const QString holderField = vp.value(QLatin1String("holder")).isObject()
            ? vp.value(QLatin1String("holder")).toObject().value(QLatin1String("id")).toString()
            : vp.value(QLatin1String("holder")).toString();
    const verify::ProofSuite *suite = verify::findProofSuite(proof);
    Result<jose::PublicKey> key = holderPublicKey(method);
    if (!holderField.isEmpty() && holderField != out.holder) {
        checks.add(pc::HolderProof, Outcome::Failed, QStringLiteral("presentation.holder-mismatch"),
                   QCoreApplication::translate("vitae", "The presentation names %1 as its holder but was signed by %2.").arg(holderField, out.holder));
    } else if (proof.value(QLatin1String("proofPurpose")).toString() != QLatin1String("authentication")) {
        checks.add(pc::HolderProof, Outcome::Failed, QStringLiteral("presentation.wrong-purpose"),
                   QCoreApplication::translate("vitae", "The holder's proof is not an authentication proof."));
    } else if (!suite) {
        checks.add(pc::HolderProof, Outcome::Unknown, QStringLiteral("presentation.unsupported-suite"),
                   QCoreApplication::translate("vitae", "The holder signed with %1, which Vitae cannot check.").arg(verify::proofSuiteName(proof)));
    } else if (!key) {
        checks.add(pc::HolderProof, key.code() == ErrorCode::Unsupported ? Outcome::Unknown : Outcome::Failed,
                   QStringLiteral("presentation.holder-key"), key.message());
    } else {
        Result<QJsonObject> covered = verify::documentForProof(vp, proof);
        Status verified = covered ? suite->verify(*covered, proof, *key) : Status(covered.error());
        if (!verified) {
            checks.add(pc::HolderProof, Outcome::Failed, QStringLiteral("presentation.signature"),
                       QCoreApplication::translate("vitae", "The holder's signature does not match the presentation: %1").arg(verified.message()));
        } else {
            checks.add(pc::HolderProof, Outcome::Passed, QStringLiteral("presentation.signed"),
                       QCoreApplication::translate("vitae", "Signed by its holder, %1.").arg(out.holder));
            holderKey = *key;
        }
    }

    if (proof.value(QLatin1String("challenge")).toString() != expectations.challenge)
        checks.add(pc::Challenge, Outcome::Failed, QStringLiteral("presentation.challenge-mismatch"),
                   QCoreApplication::translate("vitae", "This presentation answers another challenge than yours: it may be a replay."));
    else
        checks.add(pc::Challenge, Outcome::Passed, QStringLiteral("presentation.challenge-matches"),
                   QCoreApplication::translate("vitae", "The presentation answers your challenge."));
    if (!expectations.domain.isEmpty()) {
        if (!proofDomainMatches(proof.value(QLatin1String("domain")), expectations.domain))
            checks.add(pc::Domain, Outcome::Failed, QStringLiteral("presentation.domain-mismatch"),
                       QCoreApplication::translate("vitae", "This presentation was made for another verifier."));
        else
            checks.add(pc::Domain, Outcome::Passed, QStringLiteral("presentation.domain-matches"),
                       QCoreApplication::translate("vitae", "The presentation was made for you."));
    }

    const QString expiresText = proof.value(QLatin1String("expires")).toString();
    const QDateTime expires = QDateTime::fromString(expiresText, Qt::ISODate);
    if (!expiresText.isEmpty() && (!expires.isValid() || expires < nowOf(expectations).addSecs(-expectations.clockSkewSeconds)))
        checks.add(pc::Expiry, Outcome::Failed, QStringLiteral("presentation.expired"),
                   QCoreApplication::translate("vitae", "The presentation expired on %1.").arg(expiresText.left(40)));
    else
        checks.add(pc::Expiry, Outcome::Passed, QStringLiteral("presentation.fresh"),
                   expiresText.isEmpty() ? QCoreApplication::translate("vitae", "The presentation sets no expiry; your challenge guards against replay.")
                                         : QCoreApplication::translate("vitae", "The presentation is valid until %1.").arg(expiresText));
}

// Every credential must belong to whoever signed the presentation.
void checkBinding(PresentationResult &out, const std::optional<jose::PublicKey> &holderKey)
{
    QStringList notBound;
    for (const PresentedCredential &presented : out.credentials) {
        if (!presented.credential)
            continue;
        const credential::Credential &credential = *presented.credential;
        if (std::optional<jose::PublicKey> bound = boundKeyOf(credential)) {
            if (!holderKey || !(*bound == *holderKey)) {
                out.presentation.add(pc::Binding, Outcome::Failed, QStringLiteral("presentation.holder-not-subject"),
                                     QStringLiteral("\"%1\" is bound to another key than the one that signed the presentation.")
                                             .arg(credential.title));
                return;
            }
        } else if (credential.subjectId.startsWith(QLatin1String("did:"))) {
            if (credential.subjectId != out.holder) {
                out.presentation.add(pc::Binding, Outcome::Failed, QStringLiteral("presentation.holder-not-subject"),
                                     QStringLiteral("\"%1\" was issued to %2, but %3 presented it.")
                                             .arg(credential.title, credential.subjectId, out.holder));
                return;
            }
        } else {
            notBound.append(credential.title);
        }
    }
    if (!notBound.isEmpty())
        out.presentation.add(pc::Binding, Outcome::Warning, QStringLiteral("presentation.subject-unnamed"),
                             QCoreApplication::translate("vitae", "These credentials do not name their holder, so they cannot be tied to the "
                                            "person presenting them: %1.").arg(notBound.join(QStringLiteral(", "))));
    else
        out.presentation.add(pc::Binding, Outcome::Passed, QStringLiteral("presentation.holder-is-subject"),
                             QCoreApplication::translate("vitae", "Every credential was issued to the person who presented it."));
}

void verifyVp(const QJsonObject &vp, const PresentationExpectations &expectations,
              const verify::VerifyContext &context, PresentationResult &out)
{
    const QJsonValue type = vp.value(QLatin1String("type"));
    if (type != QLatin1String("VerifiablePresentation") && !type.toArray().contains(QLatin1String("VerifiablePresentation"))) {
        out.presentation.add(pc::Format, Outcome::Failed, QStringLiteral("presentation.not-a-presentation"),
                             QCoreApplication::translate("vitae", "This is JSON but not a verifiable presentation."));
        return;
    }
    Result<QList<QByteArray>> credentials = credentialBytes(vp);
    if (!credentials) {
        out.presentation.add(pc::Format, Outcome::Failed, QStringLiteral("presentation.malformed"), credentials.message());
        return;
    }
    out.presentation.add(pc::Format, Outcome::Passed, QStringLiteral("presentation.vp"),
                         QCoreApplication::translate("vitae", "A W3C verifiable presentation of %1 credential(s).").arg(credentials->size()));
    std::optional<jose::PublicKey> holderKey;
    checkVpProof(vp, expectations, out, holderKey);
    for (const QByteArray &bytes : *credentials)
        out.credentials.append(verifyOne(bytes, context));
    checkBinding(out, holderKey);
}

void verifySdJwt(QByteArrayView bytes, const PresentationExpectations &expectations,
                 const verify::VerifyContext &context, PresentationResult &out)
{
    PresentedCredential presented = verifyOne(bytes, context);
    if (!presented.credential) {
        out.presentation.add(pc::Format, Outcome::Failed, QStringLiteral("presentation.unreadable"),
                             presented.result.checks.first().message);
        return;
    }
    out.presentation.add(pc::Format, Outcome::Passed, QStringLiteral("presentation.sd-jwt"),
                         QCoreApplication::translate("vitae", "An SD-JWT presentation with %1 disclosed claim(s).")
                                 .arg(presented.credential->disclosableClaims.size()));
    checkKeyBinding(*presented.credential, expectations, out.presentation);
    out.credentials.append(std::move(presented));
}

int severity(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Failed: return 3;
    case Verdict::Unknown: return 2;
    case Verdict::Warning: return 1;
    case Verdict::Verified: return 0;
    }
    return 3;
}

} // namespace

Verdict PresentationResult::verdict() const
{
    Verdict worst = Verdict::Verified;
    auto consider = [&worst](Verdict verdict) {
        if (severity(verdict) > severity(worst))
            worst = verdict;
    };
    for (const verify::CheckResult &check : presentation.checks) {
        if (check.outcome == Outcome::Failed)
            consider(Verdict::Failed);
        else if (check.outcome == Outcome::Unknown && check.check == pc::HolderProof)
            consider(Verdict::Unknown);
        else if (check.outcome != Outcome::Passed)
            consider(Verdict::Warning);
    }
    if (credentials.isEmpty())
        consider(Verdict::Failed);
    for (const PresentedCredential &presented : credentials)
        consider(presented.result.verdict());
    return worst;
}

QJsonObject PresentationResult::toJson() const
{
    QJsonArray items;
    for (const PresentedCredential &presented : credentials) {
        QJsonObject item{{QStringLiteral("verification"), presented.result.toJson()},
                         {QStringLiteral("disclosed"), presented.disclosedClaims},
                         {QStringLiteral("selectivelyDisclosed"), presented.selectivelyDisclosed}};
        if (presented.credential) {
            item.insert(QStringLiteral("title"), presented.credential->title);
            item.insert(QStringLiteral("issuer"), presented.credential->issuerName.isEmpty()
                                                          ? presented.credential->issuerId
                                                          : presented.credential->issuerName);
            item.insert(QStringLiteral("format"), credential::formatName(presented.credential->format));
        }
        items.append(item);
    }
    QJsonObject checks = presentation.toJson();
    return {{QStringLiteral("verdict"), verify::verdictName(verdict())},
            {QStringLiteral("holder"), holder},
            {QStringLiteral("checks"), checks.value(QStringLiteral("checks"))},
            {QStringLiteral("credentials"), items}};
}

PresentationResult verifyPresentation(QByteArrayView bytes, const PresentationExpectations &expectations,
                                      const verify::VerifyContext &context)
{
    PresentationResult out;
    out.presentation.checkedAt = QDateTime::currentDateTimeUtc();
    const QByteArrayView text = bytes.trimmed();
    if (text.startsWith('{')) {
        Result<QJsonObject> vp = json::parseJsonObject(text);
        if (!vp)
            out.presentation.add(pc::Format, Outcome::Failed, QStringLiteral("presentation.malformed"),
                                 QCoreApplication::translate("vitae", "This presentation is not valid JSON: %1").arg(vp.message()));
        else
            verifyVp(*vp, expectations, context, out);
    } else if (text.contains('~')) {
        verifySdJwt(text, expectations, context, out);
    } else {
        out.presentation.add(pc::Format, Outcome::Failed, QStringLiteral("presentation.unknown-format"),
                             QCoreApplication::translate("vitae", "This is neither a verifiable presentation nor an SD-JWT presentation."));
    }
    return out;
}

} // namespace vitae::present
