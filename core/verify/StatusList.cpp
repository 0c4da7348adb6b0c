#include "verify/StatusList.h"

#include "crypto/Encoding.h"

#include <QJsonArray>
#include <QUrl>
#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>
#include <optional>

namespace vitae::verify {

namespace {

const QString kBitstringEntry = QStringLiteral("BitstringStatusListEntry");
const QString kStatusList2021Entry = QStringLiteral("StatusList2021Entry");

// statusAt returns an int, so a status value has at most 31 bits.
constexpr int kMaxStatusSize = 31;
// Doubles hold integers exactly up to 2^53; list indices never come near.
constexpr qint64 kMaxIndex = (qint64(1) << 53);
constexpr qsizetype kInflateChunk = 64LL * 1024;

Error invalid(const QString &why)
{
    return makeError(ErrorCode::InvalidInput, why);
}

// A non-negative integer given as a JSON number or a string of decimal
// digits (the specs use strings; some issuers write numbers).
std::optional<qint64> readCount(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty() || text.size() > 15)
            return std::nullopt;
        for (QChar c : text) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
        return text.toLongLong();
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number < 0 || number >= double(kMaxIndex) || number != double(qint64(number)))
            return std::nullopt;
        return qint64(number);
    }
    return std::nullopt;
}

bool typeIncludes(const QJsonValue &type, const QString &wanted)
{
    if (type.isString())
        return type.toString() == wanted;
    const QJsonArray types = type.toArray();
    return std::any_of(types.begin(), types.end(), [&wanted](const QJsonValue &t) { return t.toString() == wanted; });
}

} // namespace

Result<StatusEntry> parseStatusEntry(const QJsonObject &entry)
{
    StatusEntry status;
    status.type = entry.value(QLatin1String("type")).toString();
    if (status.type.isEmpty())
        return invalid(QCoreApplication::translate("vitae", "The credential status has no type."));
    if (status.type != kBitstringEntry && status.type != kStatusList2021Entry) {
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("vitae", "The credential status type %1 is not supported.").arg(status.type));
    }

    status.purpose = entry.value(QLatin1String("statusPurpose")).toString();
    if (status.purpose.isEmpty())
        return invalid(QStringLiteral("statusPurpose is missing or not a string."));

    const auto index = readCount(entry.value(QLatin1String("statusListIndex")));
    if (!index)
        return invalid(QStringLiteral("statusListIndex is not a non-negative integer."));
    status.index = *index;

    const QString listUrl = entry.value(QLatin1String("statusListCredential")).toString();
    const QUrl url(listUrl, QUrl::StrictMode);
    if (listUrl.isEmpty() || !url.isValid() || url.isRelative())
        return invalid(QStringLiteral("statusListCredential is not a URL."));
    status.listCredentialUrl = listUrl;

    // statusSize belongs to Bitstring Status List; StatusList2021 is 1 bit.
    if (status.type == kBitstringEntry && entry.contains(QLatin1String("statusSize"))) {
        const auto size = readCount(entry.value(QLatin1String("statusSize")));
        if (!size || *size < 1 || *size > kMaxStatusSize) {
            return invalid(QStringLiteral("statusSize is not a whole number from 1 to %1.").arg(kMaxStatusSize));
        }
        status.statusSize = int(*size);
    }
    return status;
}

Result<QByteArray> decodeStatusList(const QString &encodedList, const StatusListLimits &limits)
{
    // Base64 grows 3 bytes to 4 characters; refuse oversized text before decoding.
    const qint64 maxTextSize = limits.maxCompressedBytes / 3 * 4 + 8;
    if (encodedList.size() > maxTextSize) {
        return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "The status list is larger than %1 bytes compressed.")
                                                           .arg(limits.maxCompressedBytes));
    }
    QByteArray text = encodedList.toLatin1();
    // Multibase 'u' (Bitstring Status List) or none (StatusList2021). A GZIP
    // stream always starts "H4sI" in base64url, so a leading 'u' is never data.
    if (text.startsWith('u'))
        text.remove(0, 1);
    // Some StatusList2021 issuers pad; padding carries no data.
    while (text.endsWith('='))
        text.chop(1);
    const auto compressed = crypto::base64UrlDecode(text);
    if (!compressed || compressed->isEmpty())
        return invalid(QCoreApplication::translate("vitae", "The status list is empty or not valid base64url text."));
    if (compressed->size() > limits.maxCompressedBytes) {
        return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "The status list is larger than %1 bytes compressed.")
                                                           .arg(limits.maxCompressedBytes));
    }

    z_stream stream{};
    // 15 + 16: a 32 KB window and a GZIP header (not zlib, not raw deflate).
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return makeError(ErrorCode::Crypto, QCoreApplication::translate("vitae", "The decompressor could not be started."));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed->constData()));
    stream.avail_in = uInt(compressed->size());

    // Inflate chunk by chunk so a small bomb stops at the cap instead of
    // allocating whatever it claims.
    QByteArray output;
    int rc = Z_OK;
    while (rc == Z_OK) {
        const qsizetype before = output.size();
        const qsizetype room = qMin<qint64>(kInflateChunk, limits.maxBitstringBytes + 1 - before);
        if (room <= 0)
            break;
        output.resize(before + room);
        stream.next_out = reinterpret_cast<Bytef *>(output.data() + before);
        stream.avail_out = uInt(room);
        rc = inflate(&stream, Z_NO_FLUSH);
        output.resize(before + room - qsizetype(stream.avail_out));
        if (rc == Z_BUF_ERROR && stream.avail_in == 0)
            break; // input ran out before the end of the stream
    }
    const uInt leftOver = stream.avail_in;
    inflateEnd(&stream);

    if (output.size() > limits.maxBitstringBytes) {
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The status list expands to more than %1 bytes, so it was not read.")
                                 .arg(limits.maxBitstringBytes));
    }
    if (rc == Z_OK || rc == Z_BUF_ERROR)
        return invalid(QCoreApplication::translate("vitae", "The status list is cut short (its GZIP data ends too early)."));
    if (rc != Z_STREAM_END)
        return invalid(QCoreApplication::translate("vitae", "The status list is not valid GZIP data."));
    if (leftOver != 0)
        return invalid(QCoreApplication::translate("vitae", "The status list has unexpected data after its GZIP data."));
    return output;
}

Result<int> statusAt(const QByteArray &bitstring, qint64 index, int statusSize)
{
    if (statusSize < 1 || statusSize > kMaxStatusSize) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("vitae", "A status size of %1 bits is not supported.").arg(statusSize));
    }
    if (index < 0)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "A status index cannot be negative."));
    const qint64 entries = qint64(bitstring.size()) * 8 / statusSize;
    if (index >= entries) {
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "Status index %1 is outside the status list, which has %2 entries.")
                                 .arg(index)
                                 .arg(entries));
    }
    // Bit 0 is the most significant bit of byte 0.
    int value = 0;
    const qint64 first = index * statusSize;
    for (qint64 bit = first; bit < first + statusSize; ++bit) {
        const auto byte = static_cast<unsigned char>(bitstring[bit / 8]);
        value = (value << 1) | ((byte >> (7 - bit % 8)) & 1);
    }
    return value;
}

Result<StatusListSubject> readStatusListCredential(const QJsonObject &credential)
{
    QJsonValue subjectValue = credential.value(QLatin1String("credentialSubject"));
    if (subjectValue.isArray() && subjectValue.toArray().size() == 1)
        subjectValue = subjectValue.toArray().first();
    if (!subjectValue.isObject())
        return invalid(QCoreApplication::translate("vitae", "The status list credential has no single credentialSubject."));
    const QJsonObject subject = subjectValue.toObject();

    // The subject type and the credential type must agree on the scheme.
    const QJsonValue subjectType = subject.value(QLatin1String("type"));
    const QJsonValue credentialType = credential.value(QLatin1String("type"));
    StatusListSubject result;
    if (typeIncludes(subjectType, QStringLiteral("BitstringStatusList"))) {
        result.type = QStringLiteral("BitstringStatusList");
        if (!typeIncludes(credentialType, QStringLiteral("BitstringStatusListCredential")))
            return invalid(QCoreApplication::translate("vitae", "The status list credential is not typed BitstringStatusListCredential."));
    } else if (typeIncludes(subjectType, QStringLiteral("StatusList2021"))) {
        result.type = QStringLiteral("StatusList2021");
        if (!typeIncludes(credentialType, QStringLiteral("StatusList2021Credential")))
            return invalid(QCoreApplication::translate("vitae", "The status list credential is not typed StatusList2021Credential."));
    } else {
        return invalid(QCoreApplication::translate("vitae", "The status list credential does not hold a BitstringStatusList or "
                                      "StatusList2021."));
    }

    result.purpose = subject.value(QLatin1String("statusPurpose")).toString();
    if (result.purpose.isEmpty())
        return invalid(QCoreApplication::translate("vitae", "The status list credential has no statusPurpose."));
    result.encodedList = subject.value(QLatin1String("encodedList")).toString();
    if (result.encodedList.isEmpty())
        return invalid(QCoreApplication::translate("vitae", "The status list credential has no encodedList."));
    return result;
}

} // namespace vitae::verify
