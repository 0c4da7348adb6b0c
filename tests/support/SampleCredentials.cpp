#include "SampleCredentials.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vitae::test {

namespace {
const char *const kSkills[] = {"data literacy", "logistics", "fleet management", "team leadership",
                               "fundraising", "statistics", "welding", "nursing", "accounting",
                               "project planning", "spanish", "python programming"};
const char *const kFiller[] = {"module", "workshop", "assessment", "portfolio", "seminar", "project",
                               "review", "practicum", "exercise", "reflection"};
const char *const kIssuers[] = {"Riverside Community College", "Northbridge University", "Open Skills Academy",
                                "Harbor Technical Institute", "Summit Bootcamp"};
} // namespace

vault::CredentialRecord sampleCredential(int index, int approximateBytes)
{
    const QString skill = QString::fromLatin1(kSkills[index % std::size(kSkills)]);
    const QString issuer = QString::fromLatin1(kIssuers[index % std::size(kIssuers)]);
    const QString name = QStringLiteral("%1 Level %2").arg(skill).arg(index % 7 + 1);
    const QString id = QStringLiteral("urn:uuid:00000000-0000-4000-8000-%1").arg(index, 12, 10, QLatin1Char('0'));
    const QDateTime issued = QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC).addDays(index % 1500);

    QString description = QStringLiteral("Awarded for demonstrating %1 in assessed practical work. ").arg(skill);
    QJsonObject achievement{{QStringLiteral("type"), QJsonArray{QStringLiteral("Achievement")}},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("criteria"),
                             QJsonObject{{QStringLiteral("narrative"),
                                          QStringLiteral("Completed all modules and a supervised assessment.")}}}};
    QJsonObject credential{
            {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                                                    QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")}},
            {QStringLiteral("id"), id},
            {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}},
            {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("id"), QStringLiteral("did:web:issuer%1.example").arg(index % 5)},
                                                   {QStringLiteral("type"), QJsonArray{QStringLiteral("Profile")}},
                                                   {QStringLiteral("name"), issuer}}},
            {QStringLiteral("validFrom"), issued.toString(Qt::ISODate)},
            {QStringLiteral("name"), name},
            {QStringLiteral("credentialSubject"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("did:key:z6MkLearner%1").arg(index)},
                         {QStringLiteral("type"), QJsonArray{QStringLiteral("AchievementSubject")}},
                         {QStringLiteral("achievement"), achievement}}},
            {QStringLiteral("proof"), QJsonObject{{QStringLiteral("type"), QStringLiteral("DataIntegrityProof")},
                                                  {QStringLiteral("cryptosuite"), QStringLiteral("eddsa-rdfc-2022")},
                                                  {QStringLiteral("proofValue"), QStringLiteral("z%1").arg(QString(88, QLatin1Char('A' + index % 26)))}}}};
    // Pad the description with varied words (never a skill or issuer name,
    // so searches stay selective) up to the requested size.
    int word = index;
    while (QJsonDocument(credential).toJson(QJsonDocument::Compact).size() + description.size() < approximateBytes) {
        description += QString::fromLatin1(kFiller[word % std::size(kFiller)]) + QLatin1Char(' ')
                + QString::number(word * 7919 % 100000) + QStringLiteral("; ");
        ++word;
    }
    credential.insert(QStringLiteral("description"), description);

    vault::CredentialRecord record;
    record.raw = QJsonDocument(credential).toJson(QJsonDocument::Compact);
    record.format = QStringLiteral("ldp_vc");
    record.credentialId = id;
    record.issuerId = QStringLiteral("did:web:issuer%1.example").arg(index % 5);
    record.issuerName = issuer;
    record.subjectId = QStringLiteral("did:key:z6MkLearner%1").arg(index);
    record.types = {QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")};
    record.name = name;
    record.description = description.left(500);
    record.issuedAt = issued;
    record.validFrom = issued;
    record.importSource = QStringLiteral("test:sample");
    return record;
}

} // namespace vitae::test
