#include "gui/LibraryVersions.h"

#include "vault/Database.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <ZXing/ZXVersion.h>
#include <qpdf/qpdf-c.h>
#include <sodium.h>
#include <sqlcipher/sqlite3.h>

namespace vitae::gui {

QVariantList libraryVersions(const QString &sqlcipherVersion)
{
    auto entry = [](const QString &name, const QString &version) {
        return QVariantMap{{QStringLiteral("name"), name}, {QStringLiteral("version"), version}};
    };
    const QString sqlite = QString::fromLatin1(sqlite3_libversion());
    const QString zxing = QStringLiteral("%1.%2.%3").arg(ZXING_VERSION_MAJOR).arg(ZXING_VERSION_MINOR).arg(ZXING_VERSION_PATCH);
    return {entry(QStringLiteral("Vitae"), QCoreApplication::applicationVersion()),
            entry(QStringLiteral("Qt"), QString::fromLatin1(qVersion())),
            entry(QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string())),
            entry(QStringLiteral("SQLCipher"), sqlcipherVersion.isEmpty()
                          ? QStringLiteral("SQLite %1").arg(sqlite)
                          : QStringLiteral("%1 (SQLite %2)").arg(sqlcipherVersion, sqlite)),
            entry(QStringLiteral("ZXing-C++"), zxing),
            entry(QStringLiteral("qpdf"), QString::fromLatin1(qpdf_get_qpdf_version()))};
}

QString sqlcipherVersion(vault::Database &db)
{
    Result<vault::Statement> pragma = db.prepare("PRAGMA cipher_version;");
    if (!pragma)
        return {};
    Result<bool> row = pragma->step();
    return row && *row ? pragma->text(0) : QString();
}

} // namespace vitae::gui
