// The payload's first record: what the backup holds, as a JSON object, so
// fields can be added by newer minors without breaking older readers.
#pragma once

#include "backup/Backup.h"

#include <QByteArray>

namespace vitae::backup {

constexpr int kPayloadVersion = 1;

QByteArray manifestJson(const BackupInfo &info);
// Fills the manifest fields of `info` from untrusted (if authenticated) JSON.
Status readManifest(QByteArrayView json, BackupInfo &info);

} // namespace vitae::backup
