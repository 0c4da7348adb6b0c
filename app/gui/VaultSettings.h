// The app's own settings kept inside the vault (its `settings` table), so
// they are encrypted, per vault, and carried by backups. Call these on the
// vault thread, with the vault unlocked.
#pragma once

#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace vitae::vault {
class Database;
}

namespace vitae::gui {

// The value of `key`; a null QString when it was never set.
Result<QString> readSetting(vault::Database &db, const QString &key);
Status writeSetting(vault::Database &db, const QString &key, const QString &value);
Status removeSetting(vault::Database &db, const QString &key);
// Every (key, value) whose key starts with `prefix`, in key order.
Result<QList<QPair<QString, QString>>> settingsStartingWith(vault::Database &db, const QString &prefix);

} // namespace vitae::gui
