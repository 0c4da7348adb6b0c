#include "backup/Manifest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>

namespace vitae::backup {

namespace {
Error malformed(const QString &why)
{
    return makeError(ErrorCode::Corrupt, QCoreApplication::translate("vitae", "The backup's manifest is malformed: %1").arg(why));
}

// A non-negative integer field, or -1 when missing or of the wrong type.
qint64 count(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    return number >= 0 && number <= 9e15 && number == double(qint64(number)) ? qint64(number) : -1;
}
} // namespace

QByteArray manifestJson(const BackupInfo &info)
{
    const QJsonObject counts{{QStringLiteral("credentials"), info.counts.credentials},
                             {QStringLiteral("evidence"), info.counts.evidence},
                             {QStringLiteral("tags"), info.counts.tags},
                             {QStringLiteral("shares"), info.counts.shares},
                             {QStringLiteral("holderKeys"), info.counts.holderKeys},
                             {QStringLiteral("settings"), info.settings},
                             {QStringLiteral("rows"), info.totalRows}};
    const QJsonObject object{{QStringLiteral("payloadVersion"), info.payloadVersion},
                             {QStringLiteral("schemaVersion"), info.schemaVersion},
                             {QStringLiteral("createdAt"), info.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("appVersion"), info.appVersion},
                             {QStringLiteral("holderDid"), info.holderDid},
                             {QStringLiteral("counts"), counts}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Status readManifest(QByteArrayView json, BackupInfo &info)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return malformed(QStringLiteral("it is not a JSON object."));
    const QJsonObject object = document.object();
    const qint64 payloadVersion = count(object, "payloadVersion");
    const qint64 schemaVersion = count(object, "schemaVersion");
    if (payloadVersion < 1 || schemaVersion < 1 || schemaVersion > 100000)
        return malformed(QStringLiteral("its versions are missing or invalid."));
    // A newer payload version is a newer major format in all but name.
    if (payloadVersion > kPayloadVersion)
        return makeError(ErrorCode::VersionTooNew,
                         QCoreApplication::translate("vitae", "This backup was made by a newer Vitae (contents version %1); update Vitae "
                                        "to restore it.")
                                 .arg(payloadVersion));
    info.payloadVersion = int(payloadVersion);
    info.schemaVersion = int(schemaVersion);
    info.createdAt = QDateTime::fromString(object.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    info.appVersion = object.value(QStringLiteral("appVersion")).toString();
    info.holderDid = object.value(QStringLiteral("holderDid")).toString();
    const QJsonObject counts = object.value(QStringLiteral("counts")).toObject();
    info.counts.credentials = count(counts, "credentials");
    info.counts.evidence = count(counts, "evidence");
    info.counts.tags = count(counts, "tags");
    info.counts.shares = count(counts, "shares");
    info.counts.holderKeys = count(counts, "holderKeys");
    info.settings = count(counts, "settings");
    info.totalRows = count(counts, "rows");
    if (info.totalRows < 0)
        return malformed(QStringLiteral("its row count is missing."));
    return {};
}

} // namespace vitae::backup
