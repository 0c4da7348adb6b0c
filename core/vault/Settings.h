// Key/value settings kept inside the vault (its `settings` table), so they
// are encrypted, per vault, and carried by backups: the app's choices, the
// learner's trust lists, when the last backup was made. Use an unlocked
// vault's database.
#pragma once

#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace vitae::vault {

class Database;

// The value of `key`; a null QString when it was never set.
Result<QString> readSetting(Database &db, const QString &key);
Status writeSetting(Database &db, const QString &key, const QString &value);
Status removeSetting(Database &db, const QString &key);
// Every (key, value) whose key starts with `prefix`, in key order.
Result<QList<QPair<QString, QString>>> settingsStartingWith(Database &db, const QString &prefix);

} // namespace vitae::vault
