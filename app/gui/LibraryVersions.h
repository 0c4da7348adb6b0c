// The versions of the libraries Vitae runs with, for the About section:
// read from each library at runtime where it offers a way (Qt, libsodium,
// SQLCipher, qpdf); ZXing-C++ 1.4 only has its compile-time version macros.
#pragma once

#include <QVariantList>

namespace vitae::vault {
class Database;
}

namespace vitae::gui {

// One map per library: name, version. `sqlcipherVersion` is what an open
// vault answered to PRAGMA cipher_version (empty when not known).
QVariantList libraryVersions(const QString &sqlcipherVersion);

// PRAGMA cipher_version on an open vault database (vault thread).
QString sqlcipherVersion(vault::Database &db);

} // namespace vitae::gui
