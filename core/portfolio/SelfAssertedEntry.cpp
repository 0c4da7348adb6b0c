#include "portfolio/SelfAssertedEntry.h"

#include "sign/Signer.h"

#include <QJsonArray>
#include <QUuid>
#include <QCoreApplication>

namespace vitae::portfolio {

const QString kSelfAssertedNarrative =
        QStringLiteral("Self-asserted: the learner describes this experience; no one else has checked it.");

namespace {

const QString kV2 = QStringLiteral("https://www.w3.org/ns/credentials/v2");
const QString kOb3 = QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

QString urnUuid()
{
    return QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString title(const ExperienceEntry &entry)
{
    return entry.organisation.isEmpty() ? entry.role : QStringLiteral("%1, %2").arg(entry.role, entry.organisation);
}

QJsonObject evidenceItem(const EvidenceReference &evidence)
{
    QJsonObject item{{QStringLiteral("type"), QJsonArray{QStringLiteral("Evidence")}},
                     {QStringLiteral("name"), evidence.name}};
    if (!evidence.url.isEmpty()) {
        item.insert(QStringLiteral("id"), evidence.url);
    } else {
        item.insert(QStringLiteral("id"), QStringLiteral("urn:vitae:evidence:%1").arg(QString::fromLatin1(evidence.sha256.toHex())));
        item.insert(QStringLiteral("mediaType"), evidence.mediaType);
        item.insert(QStringLiteral("digestSRI"), digestSri(evidence.sha256));
    }
    return item;
}

} // namespace

QString digestSri(QByteArrayView sha256)
{
    return QStringLiteral("sha256-") + QString::fromLatin1(sha256.toByteArray().toBase64());
}

Result<QJsonObject> makeEntryCredential(const ExperienceEntry &entry, const QList<EvidenceReference> &evidence,
                                        const crypto::Ed25519KeyPair &holderKey, const QString &holderDid,
                                        const QDateTime &now)
{
    if (entry.role.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "Say what your role was."));
    if (!entry.start.isValid())
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "Say when it started."));
    if (entry.end.isValid() && entry.end < entry.start)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "The end date is before the start date."));

    QJsonObject creator{{QStringLiteral("type"), QJsonArray{QStringLiteral("Profile")}}};
    if (!entry.organisation.isEmpty())
        creator.insert(QStringLiteral("name"), entry.organisation);
    if (!entry.place.isEmpty())
        creator.insert(QStringLiteral("address"), QJsonObject{{QStringLiteral("type"), QJsonArray{QStringLiteral("Address")}},
                                                              {QStringLiteral("addressLocality"), entry.place}});
    QJsonObject achievement{{QStringLiteral("id"), urnUuid()},
                            {QStringLiteral("type"), QJsonArray{QStringLiteral("Achievement")}},
                            {QStringLiteral("name"), title(entry)},
                            {QStringLiteral("description"), entry.description.isEmpty() ? title(entry) : entry.description},
                            {QStringLiteral("criteria"), QJsonObject{{QStringLiteral("narrative"), kSelfAssertedNarrative}}},
                            {QStringLiteral("creator"), creator}};
    if (!entry.skills.isEmpty())
        achievement.insert(QStringLiteral("tag"), QJsonArray::fromStringList(entry.skills));

    QJsonObject subject{{QStringLiteral("id"), holderDid},
                        {QStringLiteral("type"), QJsonArray{QStringLiteral("AchievementSubject")}},
                        {QStringLiteral("role"), entry.role},
                        {QStringLiteral("activityStartDate"), entry.start.startOfDay(Qt::UTC).toString(Qt::ISODate)},
                        {QStringLiteral("achievement"), achievement}};
    if (entry.end.isValid())
        subject.insert(QStringLiteral("activityEndDate"), entry.end.startOfDay(Qt::UTC).toString(Qt::ISODate));

    const QDateTime issued = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    QJsonObject vc{{QStringLiteral("@context"), QJsonArray{kV2, kOb3}},
                   {QStringLiteral("id"), urnUuid()},
                   {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}},
                   {QStringLiteral("name"), title(entry)},
                   {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("id"), holderDid},
                                                          {QStringLiteral("type"), QJsonArray{QStringLiteral("Profile")}}}},
                   {QStringLiteral("validFrom"), sign::xsdDateTime(issued)},
                   {QStringLiteral("credentialSubject"), subject}};
    if (!evidence.isEmpty()) {
        QJsonArray items;
        for (const EvidenceReference &reference : evidence)
            items.append(evidenceItem(reference));
        vc.insert(QStringLiteral("evidence"), items);
    }
    sign::ProofOptions options;
    options.created = issued;
    return sign::addDataIntegrityProof(vc, holderKey, options);
}

bool isSelfAssertedEntry(const QJsonObject &document)
{
    const QJsonValue issuer = document.value(QLatin1String("issuer"));
    const QString issuerId = issuer.isObject() ? issuer.toObject().value(QLatin1String("id")).toString() : issuer.toString();
    const QJsonObject subject = document.value(QLatin1String("credentialSubject")).toObject();
    const QString narrative = subject.value(QLatin1String("achievement")).toObject()
                                      .value(QLatin1String("criteria")).toObject()
                                      .value(QLatin1String("narrative")).toString();
    return !issuerId.isEmpty() && issuerId == subject.value(QLatin1String("id")).toString()
            && narrative == kSelfAssertedNarrative;
}

} // namespace vitae::portfolio
