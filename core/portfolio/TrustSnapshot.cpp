#include "portfolio/TrustSnapshot.h"

#include "credential/CredentialReader.h"
#include "sign/Signer.h"

#include <QJsonObject>

#include <algorithm>
#include <QCoreApplication>

namespace vitae::portfolio {

namespace {

// Each readable credential's issuer once, in the order given.
QStringList issuersOf(const QList<QByteArray> &credentials)
{
    QStringList issuers;
    for (const QByteArray &raw : credentials) {
        Result<credential::Credential> credential = credential::readCredential(raw);
        if (credential && !credential->issuerId.isEmpty() && !issuers.contains(credential->issuerId))
            issuers.append(credential->issuerId);
    }
    return issuers;
}

} // namespace

Result<QList<TrustSnapshot>> trustSnapshotsFor(const QList<QByteArray> &credentials, const QList<TrustListCopy> &lists)
{
    // One store per list, so each entry keeps which copy it came from.
    QList<verify::TrustStore> stores;
    for (const TrustListCopy &list : lists) {
        verify::TrustStore store;
        if (Status s = store.addList(list.json, list.name.isEmpty() ? list.source : list.name); !s)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("vitae", "The trust list %1 cannot be read: %2").arg(list.source, s.message()));
        stores.append(std::move(store));
    }
    QList<TrustSnapshot> out;
    for (const QString &issuer : issuersOf(credentials)) {
        for (qsizetype i = 0; i < stores.size(); ++i) {
            const std::optional<verify::TrustedIssuer> known = stores.at(i).find(issuer);
            if (!known)
                continue;
            const TrustListCopy &list = lists.at(i);
            out.append({known->id, known->name, known->url, known->listName, list.source,
                        list.retrievedAt.isValid() ? list.retrievedAt.toUTC() : QDateTime::currentDateTimeUtc()});
            break;
        }
    }
    return out;
}

QList<TrustSnapshot> trustSnapshotsFor(const QList<QByteArray> &credentials, const verify::TrustStore &store,
                                       const QHash<QString, QDateTime> &retrievedAt)
{
    QList<TrustSnapshot> out;
    for (const QString &issuer : issuersOf(credentials)) {
        if (const std::optional<verify::TrustedIssuer> known = store.find(issuer)) {
            const QDateTime when = retrievedAt.value(known->listName);
            out.append({known->id, known->name, known->url, known->listName, known->listName,
                        when.isValid() ? when.toUTC() : QDateTime::currentDateTimeUtc()});
        }
    }
    return out;
}

QList<TrustSnapshot> mergeTrustSnapshots(QList<TrustSnapshot> first, const QList<TrustSnapshot> &more)
{
    for (const TrustSnapshot &entry : more)
        if (std::none_of(first.cbegin(), first.cend(), [&](const TrustSnapshot &held) { return held.issuerId == entry.issuerId; }))
            first.append(entry);
    return first;
}

QJsonArray trustSnapshotsJson(const QList<TrustSnapshot> &snapshots)
{
    QJsonArray array;
    for (const TrustSnapshot &entry : snapshots)
        array.append(QJsonObject{{QStringLiteral("issuer"), entry.issuerId},
                                 {QStringLiteral("name"), entry.issuerName},
                                 {QStringLiteral("url"), entry.issuerUrl},
                                 {QStringLiteral("list"), entry.listName},
                                 {QStringLiteral("source"), entry.source},
                                 {QStringLiteral("retrievedAt"), sign::xsdDateTime(entry.retrievedAt)}});
    return array;
}

Result<QList<TrustSnapshot>> trustSnapshotsFromJson(const QJsonArray &array)
{
    QList<TrustSnapshot> out;
    for (const QJsonValue &value : array) {
        const QJsonObject entry = value.toObject();
        TrustSnapshot snapshot{entry.value(QLatin1String("issuer")).toString(),
                               entry.value(QLatin1String("name")).toString(),
                               entry.value(QLatin1String("url")).toString(),
                               entry.value(QLatin1String("list")).toString(),
                               entry.value(QLatin1String("source")).toString(),
                               QDateTime::fromString(entry.value(QLatin1String("retrievedAt")).toString(), Qt::ISODate)};
        if (snapshot.issuerId.isEmpty() || !snapshot.retrievedAt.isValid())
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("vitae", "A trust-list entry in the bundle has no issuer or no retrieval time."));
        out.append(snapshot);
    }
    return out;
}

QString snapshotListName(const TrustSnapshot &snapshot)
{
    const QString list = snapshot.listName.isEmpty() ? snapshot.source : snapshot.listName;
    return QCoreApplication::translate("vitae", "%1 (the learner's copy saved with the bundle, retrieved %2)")
            .arg(list, snapshot.retrievedAt.toUTC().toString(Qt::ISODate));
}

} // namespace vitae::portfolio
