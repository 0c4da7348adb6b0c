#include "backup/TableCatalog.h"

#include "vault/Database.h"

#include <algorithm>

namespace vitae::backup {

QByteArray quotedIdentifier(const QString &name)
{
    QByteArray quoted = name.toUtf8();
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

Result<QList<TableInfo>> backedUpTables(vault::Database &db)
{
    Result<vault::Statement> select = db.prepare(
            "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
            "ESCAPE '\\' ORDER BY rowid;");
    if (!select)
        return select.error();
    QStringList names;
    QStringList virtualTables;
    for (;;) {
        Result<bool> row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString name = select->text(0);
        if (select->text(1).startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables.append(name);
        else
            names.append(name);
    }

    QList<TableInfo> tables;
    for (const QString &name : names) {
        // A virtual table's shadow tables are named after it: <name>_content...
        const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&](const QString &v) {
            return name.startsWith(v + QLatin1Char('_'));
        });
        if (shadow)
            continue;
        const QByteArray sql = "PRAGMA table_info(" + quotedIdentifier(name) + ");";
        Result<vault::Statement> info = db.prepare(sql.constData());
        if (!info)
            return info.error();
        TableInfo table{name, {}};
        for (;;) {
            Result<bool> row = info->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            table.columns.append(info->text(1));
        }
        tables.append(table);
    }
    return tables;
}

} // namespace vitae::backup
