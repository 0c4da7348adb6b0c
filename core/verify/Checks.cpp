// The checks after the signature: validity window, status, issuer trust.
#include "credential/CredentialReader.h"
#include "verify/StatusList.h"
#include "verify/Verifier.h"

#include <QCoreApplication>


namespace vitae::verify {

using credential::Credential;

namespace {
QString day(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}
} // namespace

void checkValidityWindow(const Credential &credential, const VerifyContext &context, VerificationResult &result)
{
    const QDateTime now = context.now();
    const qint64 skew = context.clockSkewSeconds;
    if (credential.validFrom.isValid() && credential.validFrom.addSecs(-skew) > now) {
        result.add(check::ValidityWindow, Outcome::Failed, QStringLiteral("validity.not-yet-valid"),
                   QCoreApplication::translate("vitae", "Not valid yet: valid from %1.").arg(day(credential.validFrom)));
    } else if (credential.validUntil.isValid() && credential.validUntil.addSecs(skew) < now) {
        result.add(check::ValidityWindow, Outcome::Failed, QStringLiteral("validity.expired"),
                   QCoreApplication::translate("vitae", "Expired on %1.").arg(day(credential.validUntil)));
    } else if (credential.validUntil.isValid()) {
        result.add(check::ValidityWindow, Outcome::Passed, QStringLiteral("validity.valid"),
                   QCoreApplication::translate("vitae", "Valid until %1.").arg(day(credential.validUntil)));
    } else {
        result.add(check::ValidityWindow, Outcome::Passed, QStringLiteral("validity.no-expiry"),
                   QCoreApplication::translate("vitae", "Valid, with no expiry date."));
    }
}

namespace {

// Checks one credentialStatus entry and adds its result.
void checkOneStatus(const QJsonObject &entryJson, const VerifyContext &context,
                    VerificationResult &result)
{
    if (entryJson.contains(QLatin1String("status_list"))) {
        result.add(check::Status, Outcome::Unknown, QStringLiteral("status.unsupported"),
                   QCoreApplication::translate("vitae", "The issuer publishes status in a token status list, which this version of Vitae cannot check yet."));
        return;
    }
    Result<StatusEntry> entry = parseStatusEntry(entryJson);
    if (!entry) {
        const bool unsupported = entry.code() == ErrorCode::Unsupported;
        result.add(check::Status, unsupported ? Outcome::Unknown : Outcome::Failed,
                   unsupported ? QStringLiteral("status.unsupported") : QStringLiteral("status.malformed"), entry.message());
        return;
    }
    if (!context.resolver) {
        result.add(check::Status, Outcome::Warning, QStringLiteral("status.offline"),
                   QCoreApplication::translate("vitae", "Status unknown (offline): whether the issuer revoked it could not be checked."));
        return;
    }
    Result<net::FetchedDocument> fetched = context.resolver->fetch(QUrl(entry->listCredentialUrl));
    if (!fetched) {
        // NotFound: no source was allowed to provide it (offline mode).
        const QString why = fetched.code() == ErrorCode::NotFound ? QCoreApplication::translate("vitae", "Vitae is offline") : fetched.message();
        result.add(check::Status, Outcome::Warning, QStringLiteral("status.offline"),
                   QCoreApplication::translate("vitae", "Status unknown (offline): the issuer's status list could not be fetched (%1).").arg(why));
        return;
    }
    Result<Credential> list = credential::readCredential(fetched->body);
    if (!list) {
        result.add(check::Status, Outcome::Warning, QStringLiteral("status.list-unreadable"),
                   QCoreApplication::translate("vitae", "Status unknown: the issuer's status list cannot be read: %1").arg(list.message()));
        return;
    }
    VerifyContext inner = context;
    inner.depth = context.depth + 1;
    const VerificationResult listResult = verifyCredential(*list, inner);
    // The list counts only if its own signature, issuer and dates hold.
    for (const QString &needed : {check::Signature, check::ValidityWindow}) {
        const CheckResult *listCheck = listResult.find(needed);
        if (!listCheck || listCheck->outcome != Outcome::Passed) {
            result.add(check::Status, Outcome::Warning, QStringLiteral("status.list-unverified"),
                       QCoreApplication::translate("vitae", "Status unknown: the issuer's status list could not be trusted (%1)")
                               .arg(listCheck ? listCheck->message : needed));
            return;
        }
    }
    // The list's authority is the address the issuer signed into the
    // credential; its own proof shows it was not altered on the way. Its
    // signer may differ (issuers delegate status lists, as the Digital
    // Credentials Consortium does), so that is not checked.
    Result<StatusListSubject> subject = readStatusListCredential(list->document);
    Result<QByteArray> bits = subject ? decodeStatusList(subject->encodedList) : Result<QByteArray>(subject.error());
    if (!bits || subject->purpose != entry->purpose) {
        result.add(check::Status, Outcome::Warning, QStringLiteral("status.list-unreadable"),
                   QCoreApplication::translate("vitae", "Status unknown: the issuer's status list does not fit this credential (%1).")
                           .arg(bits ? QCoreApplication::translate("vitae", "purpose differs") : bits.message()));
        return;
    }
    Result<int> value = statusAt(*bits, entry->index, entry->statusSize);
    if (!value) {
        result.add(check::Status, Outcome::Failed, QStringLiteral("status.malformed"), value.message());
    } else if (*value != 0 && entry->purpose == QLatin1String("revocation")) {
        result.add(check::Status, Outcome::Failed, QStringLiteral("status.revoked"),
                   QCoreApplication::translate("vitae", "Revoked: the issuer has withdrawn this credential."));
    } else if (*value != 0 && entry->purpose == QLatin1String("suspension")) {
        result.add(check::Status, Outcome::Failed, QStringLiteral("status.suspended"),
                   QCoreApplication::translate("vitae", "Suspended: the issuer has put this credential on hold."));
    } else if (*value != 0) {
        result.add(check::Status, Outcome::Warning, QStringLiteral("status.flagged"),
                   QCoreApplication::translate("vitae", "The issuer's status list marks this credential (%1 = %2).").arg(entry->purpose).arg(*value));
    } else {
        result.add(check::Status, Outcome::Passed, QStringLiteral("status.active"),
                   QCoreApplication::translate("vitae", "Not %1 (checked with the issuer's status list).")
                           .arg(entry->purpose == QLatin1String("suspension") ? QCoreApplication::translate("vitae", "suspended") : QCoreApplication::translate("vitae", "revoked")));
    }
}

} // namespace

void checkStatus(const Credential &credential, const VerifyContext &context, VerificationResult &result)
{
    if (context.depth > 0)
        return; // a status list's own status is not followed
    if (credential.statusEntries.isEmpty()) {
        result.add(check::Status, Outcome::Passed, QStringLiteral("status.none"),
                   QCoreApplication::translate("vitae", "The issuer publishes no revocation status for this credential."));
        return;
    }
    for (const QJsonObject &entry : credential.statusEntries)
        checkOneStatus(entry, context, result);
}

void checkIssuerTrust(const Credential &credential, const VerifyContext &context, VerificationResult &result)
{
    if (context.depth > 0)
        return;
    // Issued by the learner, or by its own subject: nobody else vouches for
    // it, whoever is looking (the learner, or a verifier shown it).
    const bool ownIssuer = !credential.issuerId.isEmpty() && credential.issuerId == credential.subjectId;
    if (ownIssuer || context.holderDids.contains(credential.issuerId)) {
        result.add(check::IssuerTrust, Outcome::Warning, QStringLiteral("issuer.self-asserted"),
                   QCoreApplication::translate("vitae", "Self-asserted: issued by the learner about themselves; no one else vouches for it."));
        return;
    }
    if (context.trust) {
        if (const auto known = context.trust->find(credential.issuerId)) {
            result.add(check::IssuerTrust, Outcome::Passed, QStringLiteral("issuer.registered"),
                       QCoreApplication::translate("vitae", "Issued by %1, listed in %2.").arg(known->name.isEmpty() ? known->id : known->name, known->listName));
            return;
        }
    }
    result.add(check::IssuerTrust, Outcome::Warning, QStringLiteral("issuer.unknown"),
               QCoreApplication::translate("vitae", "The issuer %1 is not on your trust lists: a valid signature proves who signed, "
                              "but Vitae cannot vouch for who they are.").arg(credential.issuerName.isEmpty() ? credential.issuerId : credential.issuerName));
}

} // namespace vitae::verify
