// The learner's trust lists, kept in the vault's settings (so a backup
// carries them): each list's original JSON (a Vitae trust list or a DCC
// issuer registry, see verify/TrustStore.h) under "trustList.<id>". The app
// verifies with all of them together. Vault thread only.
#pragma once

#include "common/Result.h"
#include "verify/TrustStore.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace vitae::vault {
class Database;
}

namespace vitae::gui {

struct StoredTrustList {
    QString id;   // stable: derived from the list's bytes
    QString name; // the list's own name, else its file name
    int issuerCount = 0;
    QDateTime addedAt;
};

// Trust list files larger than this are refused (DCC registries are tens of KB).
inline constexpr qint64 kMaxTrustListBytes = 4 * 1024 * 1024;

Result<QList<StoredTrustList>> storedTrustLists(vault::Database &db);
// Checks the list first (nothing is stored when it does not read);
// AlreadyExists when the same list is stored already.
Result<StoredTrustList> addTrustList(vault::Database &db, const QByteArray &json, const QString &fileName);
Status removeTrustList(vault::Database &db, const QString &id);
// Every stored list in one store; lists that no longer read are skipped.
verify::TrustStore learnerTrustStore(vault::Database &db);

} // namespace vitae::gui
