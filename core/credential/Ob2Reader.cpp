// Open Badges 2.0 assertions: hosted JSON, not signed. Kept and shown as
// such; checking against the hosted copy is a verification step.
#include "credential/CredentialReader.h"
#include "credential/LanguageText.h"

#include <QCoreApplication>

namespace vitae::credential {

Result<Credential> readOb2Assertion(const QJsonObject &assertion, const ReadOptions &options)
{
    Credential credential;
    credential.format = Format::Ob2Hosted;
    credential.document = assertion;
    credential.id = assertion.value(QLatin1String("id")).toString();
    credential.types = {QStringLiteral("Assertion")};
    const QJsonValue badge = assertion.value(QLatin1String("badge"));
    if (credential.id.isEmpty() || (!badge.isString() && !badge.isObject()))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "This Open Badge has no id or no badge."));

    if (badge.isObject()) {
        const QJsonObject badgeClass = badge.toObject();
        credential.title = pickText(badgeClass.value(QLatin1String("name")), options.languages);
        credential.description = pickText(badgeClass.value(QLatin1String("description")), options.languages);
        const QJsonValue issuer = badgeClass.value(QLatin1String("issuer"));
        credential.issuerId = issuer.isString() ? issuer.toString() : issuer.toObject().value(QLatin1String("id")).toString();
        credential.issuerName = pickText(issuer.toObject().value(QLatin1String("name")), options.languages);
        Achievement achievement;
        achievement.id = badgeClass.value(QLatin1String("id")).toString();
        achievement.name = credential.title;
        achievement.description = credential.description;
        const QJsonValue image = badgeClass.value(QLatin1String("image"));
        achievement.image = image.isString() ? image.toString() : image.toObject().value(QLatin1String("id")).toString();
        credential.achievement = achievement;
    } else {
        credential.title = badge.toString(); // only a link until the badge class is fetched
    }
    for (auto [field, key] : {std::pair{&credential.issuedAt, "issuedOn"}, std::pair{&credential.validUntil, "expires"}}) {
        Result<QDateTime> when = readDate(assertion, QString::fromLatin1(key));
        if (!when)
            return when.error();
        *field = *when;
    }
    credential.validFrom = credential.issuedAt;
    const QJsonObject recipient = assertion.value(QLatin1String("recipient")).toObject();
    credential.subjectId = recipient.value(QLatin1String("identity")).toString();
    return credential;
}

} // namespace vitae::credential
