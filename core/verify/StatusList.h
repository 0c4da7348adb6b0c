// Credential status lists: W3C Bitstring Status List (BitstringStatusListEntry)
// and the older StatusList2021Entry. The list is a GZIP-compressed bitstring,
// base64url-encoded (multibase 'u' prefix in Bitstring Status List; plain
// base64url in StatusList2021). Bit 0 is the most significant bit of byte 0.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace vitae::verify {

struct StatusEntry {
    QString type;                 // BitstringStatusListEntry | StatusList2021Entry
    QString purpose;              // revocation | suspension | message | ...
    qint64 index = -1;
    QString listCredentialUrl;    // statusListCredential
    int statusSize = 1;           // bits per entry (Bitstring Status List)
};

// Reads one credentialStatus entry. Errors: InvalidInput naming the field
// ("statusListIndex is not a non-negative integer", ...); Unsupported for an
// unknown entry type.
Result<StatusEntry> parseStatusEntry(const QJsonObject &entry);

struct StatusListLimits {
    qint64 maxCompressedBytes = 2 * 1024 * 1024;
    qint64 maxBitstringBytes = 16 * 1024 * 1024; // guards against gzip bombs
};

// Decodes an encodedList to the raw bitstring bytes.
Result<QByteArray> decodeStatusList(const QString &encodedList, const StatusListLimits &limits = {});

// The status value at `index` (statusSize bits, most significant first).
// LimitExceeded if the index is outside the list.
Result<int> statusAt(const QByteArray &bitstring, qint64 index, int statusSize = 1);

// From a status list credential (already verified by the caller): its
// credentialSubject's statusPurpose and encodedList, checked to be a
// BitstringStatusList / StatusList2021 subject whose purpose matches the entry.
struct StatusListSubject {
    QString type;
    QString purpose;
    QString encodedList;
};
Result<StatusListSubject> readStatusListCredential(const QJsonObject &credential);

} // namespace vitae::verify
