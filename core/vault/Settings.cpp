#include "vault/Settings.h"

#include "vault/Database.h"

namespace vitae::vault {

Result<QString> readSetting(Database &db, const QString &key)
{
    Result<Statement> select = db.prepare("SELECT value FROM settings WHERE key = ?;");
    if (!select)
        return select.error();
    select->bind(1, key);
    Result<bool> row = select->step();
    if (!row)
        return row.error();
    return *row ? select->text(0) : QString();
}

Status writeSetting(Database &db, const QString &key, const QString &value)
{
    Result<Statement> upsert = db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?);");
    if (!upsert)
        return upsert.error();
    upsert->bind(1, key);
    upsert->bind(2, value.isNull() ? QStringLiteral("") : value);
    return upsert->run();
}

Status removeSetting(Database &db, const QString &key)
{
    Result<Statement> remove = db.prepare("DELETE FROM settings WHERE key = ?;");
    if (!remove)
        return remove.error();
    remove->bind(1, key);
    return remove->run();
}

Result<QList<QPair<QString, QString>>> settingsStartingWith(Database &db, const QString &prefix)
{
    // substr rather than LIKE: keys may hold '_' or '%', which LIKE treats
    // as wildcards.
    Result<Statement> select =
            db.prepare("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ? ORDER BY key;");
    if (!select)
        return select.error();
    select->bind(1, qint64(prefix.size()));
    select->bind(2, prefix);
    QList<QPair<QString, QString>> found;
    for (;;) {
        Result<bool> row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        found.append({select->text(0), select->text(1)});
    }
    return found;
}

} // namespace vitae::vault
