#include "gui/TrustLists.h"

#include "vault/Settings.h"
#include "vault/Timestamps.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QCoreApplication>

#include <algorithm>

namespace vitae::gui {

namespace {
Q_LOGGING_CATEGORY(lcTrust, "vitae.gui.trust")

const QString kPrefix = QStringLiteral("trustList.");

// What the settings row holds: the list's bytes as text, and what the
// learner sees of it.
struct Envelope {
    QString name;
    QString json;
    QDateTime addedAt;
};

QString envelopeText(const Envelope &envelope)
{
    const QJsonObject object{{QStringLiteral("name"), envelope.name},
                             {QStringLiteral("addedAt"), vault::toStored(envelope.addedAt)},
                             {QStringLiteral("json"), envelope.json}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Envelope readEnvelope(const QString &text)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    return {object.value(QLatin1String("name")).toString(), object.value(QLatin1String("json")).toString(),
            vault::fromStored(object.value(QLatin1String("addedAt")).toString())};
}

// The name a list gives itself (Vitae lists: "name"; registries: meta.name).
QString ownName(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const QString name = object.value(QLatin1String("name")).toString();
    return name.isEmpty() ? object.value(QLatin1String("meta")).toObject().value(QLatin1String("name")).toString() : name;
}
} // namespace

Result<QList<StoredTrustList>> storedTrustLists(vault::Database &db)
{
    Result<QList<QPair<QString, QString>>> rows = vault::settingsStartingWith(db, kPrefix);
    if (!rows)
        return rows.error();
    QList<StoredTrustList> lists;
    for (const auto &[key, value] : std::as_const(*rows)) {
        const Envelope envelope = readEnvelope(value);
        verify::TrustStore store;
        const Status read = store.addList(envelope.json.toUtf8(), envelope.name);
        lists.append({key.mid(kPrefix.size()), envelope.name, read ? int(store.size()) : 0, envelope.addedAt});
    }
    std::sort(lists.begin(), lists.end(), [](const StoredTrustList &a, const StoredTrustList &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return lists;
}

Result<StoredTrustList> addTrustList(vault::Database &db, const QByteArray &json, const QString &fileName)
{
    if (json.size() > kMaxTrustListBytes)
        return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "The trust list is larger than %1 MB.")
                                                           .arg(kMaxTrustListBytes / (1024 * 1024)));
    verify::TrustStore store;
    if (Status read = store.addList(json, fileName); !read)
        return read.error();
    const QString id = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(16));
    Result<QString> existing = vault::readSetting(db, kPrefix + id);
    if (!existing)
        return existing.error();
    if (!existing->isNull())
        return makeError(ErrorCode::AlreadyExists, QCoreApplication::translate("vitae", "This trust list is already in your vault."));
    const QString name = ownName(json).isEmpty() ? fileName : ownName(json);
    const Envelope envelope{name, QString::fromUtf8(json), QDateTime::currentDateTimeUtc()};
    if (Status s = vault::writeSetting(db, kPrefix + id, envelopeText(envelope)); !s)
        return s.error();
    return StoredTrustList{id, name, int(store.size()), envelope.addedAt};
}

Status removeTrustList(vault::Database &db, const QString &id)
{
    return vault::removeSetting(db, kPrefix + id);
}

verify::TrustStore learnerTrustStore(vault::Database &db)
{
    verify::TrustStore trust;
    Result<QList<QPair<QString, QString>>> rows = vault::settingsStartingWith(db, kPrefix);
    if (!rows) {
        qCWarning(lcTrust) << "trust lists could not be read: error code" << int(rows.code());
        return trust;
    }
    for (const auto &[key, value] : std::as_const(*rows)) {
        const Envelope envelope = readEnvelope(value);
        if (Status s = trust.addList(envelope.json.toUtf8(), envelope.name); !s)
            qCWarning(lcTrust) << "a stored trust list no longer reads:" << key;
    }
    return trust;
}

} // namespace vitae::gui
