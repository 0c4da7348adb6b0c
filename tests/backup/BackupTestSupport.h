// Helpers shared by the backup suites: a vault with a bit of everything,
// a dump of every row for "restored identically" checks, and byte surgery.
#pragma once

#include "vault/Vault.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace vitae::test {

// Fills an unlocked vault with credentials, evidence (attached and loose),
// tags, a collection, share-log rows and a setting.
void fillVaultWithEverything(vault::Vault &vault, int credentials = 5);

// Every row of every backed-up table as text, in rowid order, keyed by
// table; `skipSettings` names settings keys to leave out.
QMap<QString, QStringList> dumpRows(vault::Database &db, const QStringList &skipSettings = {});

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

// Names of the entries of `folder` (hidden ones too), for "nothing left
// behind" checks.
QStringList entriesOf(const QString &folder);

} // namespace vitae::test
