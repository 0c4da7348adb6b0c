// Trust-list entries saved in a bundle: when the learner's trust lists
// vouch for an issuer of an exported credential, the bundle keeps that
// entry with the list's name, where it came from and when it was
// retrieved, so a verifier without the list (offline, years later) still
// sees who vouched for the issuer, and as of when.
//
// The entries are signed by the learner with the rest of the bundle, not by
// the list's publisher: a verifier reads them as "the learner's copy of that
// list said so on that date", and its own lists, when it has them, come first.
#pragma once

#include "common/Result.h"
#include "verify/TrustStore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>

namespace vitae::portfolio {

// One trust list as the learner holds it (either TrustStore format).
struct TrustListCopy {
    QString name;          // used when the list names itself nothing
    QString source;        // where it came from: an address or a file name
    QByteArray json;
    QDateTime retrievedAt; // when the learner got this copy
};

struct TrustSnapshot {
    QString issuerId;
    QString issuerName;
    QString issuerUrl;
    QString listName;
    QString source;
    QDateTime retrievedAt;
};

// The entries of `lists` for the issuers of `credentials` (exact bytes; the
// unreadable are skipped), one per issuer: the first list that names it.
// Errors: InvalidArgument naming a list that cannot be read.
Result<QList<TrustSnapshot>> trustSnapshotsFor(const QList<QByteArray> &credentials, const QList<TrustListCopy> &lists);

// The same from lists already loaded into one store (the app keeps the
// learner's lists in the vault): `retrievedAt` gives each list's retrieval
// time by the list name the store records (now when unknown).
QList<TrustSnapshot> trustSnapshotsFor(const QList<QByteArray> &credentials, const verify::TrustStore &store,
                                       const QHash<QString, QDateTime> &retrievedAt);

// `first` and then those of `more` for issuers `first` does not name.
QList<TrustSnapshot> mergeTrustSnapshots(QList<TrustSnapshot> first, const QList<TrustSnapshot> &more);

QJsonArray trustSnapshotsJson(const QList<TrustSnapshot> &snapshots);
// Errors: InvalidInput when an entry has no issuer or no valid retrieval time.
Result<QList<TrustSnapshot>> trustSnapshotsFromJson(const QJsonArray &array);

// How a verifier names a list it knows only from the bundle.
QString snapshotListName(const TrustSnapshot &snapshot);

} // namespace vitae::portfolio
