// Which tables a backup copies, found from the database itself so a new
// table is backed up without anyone remembering to list it. Full-text
// indexes (virtual tables and their shadow tables) are left out: restore
// rebuilds them from the rows.
#pragma once

#include "common/Result.h"

#include <QList>
#include <QStringList>

namespace vitae::vault {
class Database;
}

namespace vitae::backup {

struct TableInfo {
    QString name;
    QStringList columns;
};

// In creation order (parents before the tables that refer to them).
Result<QList<TableInfo>> backedUpTables(vault::Database &db);

// "name" with embedded quotes doubled, for building SQL from catalog names.
QByteArray quotedIdentifier(const QString &name);

} // namespace vitae::backup
