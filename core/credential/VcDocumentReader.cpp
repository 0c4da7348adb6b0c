// Display fields of a W3C VC (1.1 and 2.0), Open Badges 3.0 and CLR 2.0.
#include "credential/CredentialReader.h"
#include "credential/LanguageText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QCoreApplication>

namespace vitae::credential {

namespace {

const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");

QStringList stringList(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        if (item.isString())
            list.append(item.toString());
    return list;
}

// A property that may be one object or an array of them.
QList<QJsonObject> objects(const QJsonValue &value)
{
    if (value.isObject())
        return {value.toObject()};
    QList<QJsonObject> list;
    for (const QJsonValue &item : value.toArray())
        if (item.isObject())
            list.append(item.toObject());
    return list;
}

// An image is a URL string or an object whose id is the URL.
QString imageUrl(const QJsonValue &value)
{
    return value.isString() ? value.toString() : value.toObject().value(kId).toString();
}

Achievement readAchievement(const QJsonObject &object, const QStringList &languages)
{
    Achievement achievement;
    achievement.id = object.value(kId).toString();
    achievement.types = stringList(object.value(QLatin1String("type")));
    achievement.name = pickText(object.value(kName), languages);
    achievement.description = pickText(object.value(QLatin1String("description")), languages);
    const QJsonValue criteria = object.value(QLatin1String("criteria"));
    achievement.criteria = pickText(criteria.toObject().value(QLatin1String("narrative")), languages);
    if (achievement.criteria.isEmpty())
        achievement.criteria = criteria.toObject().value(kId).toString();
    achievement.image = imageUrl(object.value(QLatin1String("image")));
    achievement.achievementType = object.value(QLatin1String("achievementType")).toString();
    for (const QJsonObject &alignment : objects(object.value(QLatin1String("alignment"))))
        achievement.alignments.append({pickText(alignment.value(QLatin1String("targetName")), languages),
                                       alignment.value(QLatin1String("targetUrl")).toString(),
                                       alignment.value(QLatin1String("targetFramework")).toString(),
                                       alignment.value(QLatin1String("targetCode")).toString()});
    return achievement;
}

// The first non-null of several date properties (VC 2.0 names first).
Result<QDateTime> firstDate(const QJsonObject &vc, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        Result<QDateTime> when = readDate(vc, QString::fromLatin1(key));
        if (!when || when->isValid())
            return when;
    }
    return QDateTime();
}

} // namespace

Status readVcDocument(const QJsonObject &vc, const ReadOptions &options, Credential &out, int depth)
{
    const QStringList &languages = options.languages;
    out.id = vc.value(kId).toString();
    out.types = stringList(vc.value(QLatin1String("type")));
    if (!out.types.contains(QLatin1String("VerifiableCredential")))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The credential does not have the type VerifiableCredential."));

    const QJsonValue issuer = vc.value(QLatin1String("issuer"));
    if (issuer.isString()) {
        out.issuerId = issuer.toString();
    } else if (issuer.isObject()) {
        const QJsonObject profile = issuer.toObject();
        out.issuerId = profile.value(kId).toString();
        out.issuerName = pickText(profile.value(kName), languages);
        out.issuerImage = imageUrl(profile.value(QLatin1String("image")));
    }
    if (out.issuerId.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The credential does not say who issued it."));

    const QList<QJsonObject> subjects = objects(vc.value(QLatin1String("credentialSubject")));
    if (subjects.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The credential has no credentialSubject."));
    const QJsonObject &subject = subjects.first();
    out.subjectId = subject.value(kId).toString();
    out.subjectName = pickText(subject.value(kName), languages);
    if (const QJsonValue achievement = subject.value(QLatin1String("achievement")); achievement.isObject())
        out.achievement = readAchievement(achievement.toObject(), languages);
    out.results = subject.value(QLatin1String("result")).toArray();

    out.title = pickText(vc.value(kName), languages);
    if (out.title.isEmpty() && out.achievement)
        out.title = out.achievement->name;
    if (out.title.isEmpty() && !out.types.isEmpty())
        out.title = out.types.last();
    out.description = pickText(vc.value(QLatin1String("description")), languages);
    if (out.description.isEmpty() && out.achievement)
        out.description = out.achievement->description;

    Result<QDateTime> validFrom = firstDate(vc, {"validFrom", "issuanceDate"});
    Result<QDateTime> validUntil = firstDate(vc, {"validUntil", "expirationDate"});
    Result<QDateTime> issued = firstDate(vc, {"awardedDate", "issuanceDate", "validFrom"});
    for (const auto *date : {&validFrom, &validUntil, &issued})
        if (!*date)
            return date->error();
    out.validFrom = *validFrom;
    out.validUntil = *validUntil;
    out.issuedAt = *issued;

    for (const QJsonObject &evidence : objects(vc.value(QLatin1String("evidence"))))
        out.evidence.append({evidence.value(kId).toString(), pickText(evidence.value(kName), languages),
                             pickText(evidence.value(QLatin1String("description")), languages)});
    out.statusEntries = objects(vc.value(QLatin1String("credentialStatus")));

    // CLR 2.0: every credential inside is read, and later verified, alone.
    if (out.types.contains(QLatin1String("ClrCredential"))) {
        const QJsonArray inner = subject.value(QLatin1String("verifiableCredential")).toArray();
        if (depth > 0 || inner.size() > options.maxNestedCredentials)
            return makeError(ErrorCode::LimitExceeded,
                             QCoreApplication::translate("vitae", "The CLR holds more credentials than Vitae reads (%1).")
                                     .arg(options.maxNestedCredentials));
        for (const QJsonValue &item : inner) {
            if (!item.isObject())
                return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "A credential inside the CLR is not a JSON object."));
            Credential nested;
            nested.format = Format::LdpVc;
            nested.document = item.toObject();
            nested.raw = QJsonDocument(nested.document).toJson(QJsonDocument::Compact);
            if (Status s = readVcDocument(nested.document, options, nested, depth + 1); !s)
                return makeError(s.code(), QCoreApplication::translate("vitae", "A credential inside the CLR: %1").arg(s.message()));
            out.nested.append(nested);
        }
    }
    return {};
}

} // namespace vitae::credential
