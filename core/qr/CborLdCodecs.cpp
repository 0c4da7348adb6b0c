#include "qr/CborLdCodecs_p.h"

#include "crypto/Encoding.h"

#include <QCborArray>
#include <QDateTime>
#include <QUuid>

#include <cmath>

namespace vitae::qr::cborld {

namespace {

// Context URLs with a registered one-byte id.
const std::pair<qint64, const char *> kRegisteredContexts[] = {
    {0x10, "https://www.w3.org/ns/activitystreams"},
    {0x11, "https://www.w3.org/2018/credentials/v1"},
    {0x12, "https://www.w3.org/ns/did/v1"},
    {0x13, "https://w3id.org/security/suites/ed25519-2018/v1"},
    {0x14, "https://w3id.org/security/suites/ed25519-2020/v1"},
    {0x15, "https://w3id.org/cit/v1"},
    {0x16, "https://w3id.org/age/v1"},
    {0x17, "https://w3id.org/security/suites/x25519-2020/v1"},
    {0x18, "https://w3id.org/veres-one/v1"},
    {0x19, "https://w3id.org/webkms/v1"},
    {0x1A, "https://w3id.org/zcap/v1"},
    {0x1B, "https://w3id.org/security/suites/hmac-2019/v1"},
    {0x1C, "https://w3id.org/security/suites/aes-2019/v1"},
    {0x1D, "https://w3id.org/vaccination/v1"},
    {0x1E, "https://w3id.org/vc-revocation-list-2020/v1"},
    {0x1F, "https://w3id.org/dcc/v1"},
    {0x20, "https://w3id.org/vc/status-list/v1"},
    {0x30, "https://w3id.org/security/data-integrity/v1"},
    {0x31, "https://w3id.org/security/multikey/v1"},
    {0x32, "https://purl.imsglobal.org/spec/ob/v3p0/context.json"},
};

// URI scheme ids: [scheme, rest...] arrays stand for these URIs.
constexpr qint64 kSchemeHttp = 1;
constexpr qint64 kSchemeHttps = 2;
constexpr qint64 kSchemeUuidUrn = 3;
constexpr qint64 kSchemeDidV1Nym = 1024;
constexpr qint64 kSchemeDidKey = 1025;

} // namespace

void damaged(const QString &why)
{
    throw Failure{makeError(ErrorCode::InvalidInput, why)};
}

void unsupported(const QString &why)
{
    throw Failure{makeError(ErrorCode::Unsupported, why)};
}

bool isNumber(const QCborValue &value)
{
    return value.isInteger() || value.isDouble();
}

double toNumber(const QCborValue &value)
{
    return value.isInteger() ? double(value.toInteger()) : value.toDouble();
}

// A number that is a whole number, as JavaScript would use it for a lookup.
std::optional<qint64> wholeNumber(const QCborValue &value)
{
    if (value.isInteger())
        return value.toInteger();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.0e15)
            return qint64(d);
    }
    return std::nullopt;
}

std::optional<QString> registeredContext(qint64 id)
{
    for (const auto &[registered, url] : kRegisteredContexts) {
        if (registered == id)
            return QString::fromLatin1(url);
    }
    return std::nullopt;
}

static QString base58Part(const QCborValue &value)
{
    if (value.isString())
        return value.toString();
    if (!value.isByteArray())
        damaged(QStringLiteral("it has a DID whose key part is neither text nor bytes."));
    return QLatin1Char('z') + QString::fromLatin1(crypto::base58btcEncode(value.toByteArray()));
}

// [scheme id, ...] arrays; nothing when `value` is not one.
std::optional<QString> decodeUri(const QCborValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    const QCborArray parts = value.toArray();
    const std::optional<qint64> scheme = parts.isEmpty() ? std::nullopt : wholeNumber(parts.at(0));
    if (!scheme)
        return std::nullopt;
    switch (*scheme) {
    case kSchemeHttp:
    case kSchemeHttps:
        if (parts.size() != 2 || !parts.at(1).isString())
            return std::nullopt;
        return (*scheme == kSchemeHttps ? QStringLiteral("https://") : QStringLiteral("http://")) + parts.at(1).toString();
    case kSchemeUuidUrn: {
        if (parts.size() != 2)
            return std::nullopt;
        if (parts.at(1).isString())
            return QStringLiteral("urn:uuid:") + parts.at(1).toString();
        if (!parts.at(1).isByteArray())
            return std::nullopt;
        const QByteArray bytes = parts.at(1).toByteArray();
        if (bytes.size() != 16)
            damaged(QStringLiteral("it has a UUID that is not 16 bytes long."));
        return QStringLiteral("urn:uuid:") + QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }
    case kSchemeDidV1Nym:
    case kSchemeDidKey: {
        if (parts.size() < 2 || parts.size() > 3)
            return std::nullopt;
        QString uri = *scheme == kSchemeDidKey ? QStringLiteral("did:key:") : QStringLiteral("did:v1:nym:");
        uri += base58Part(parts.at(1));
        if (parts.size() == 3)
            uri += QLatin1Char('#') + base58Part(parts.at(2));
        return uri;
    }
    default:
        return std::nullopt;
    }
}

// JavaScript's Date#toISOString, which the format's dates follow.
static QString isoString(double milliseconds, bool dateOnly)
{
    if (!std::isfinite(milliseconds) || std::fabs(milliseconds) > 8.64e15)
        damaged(QStringLiteral("it has a date outside any calendar."));
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(std::trunc(milliseconds)), Qt::UTC);
    if (when.date().year() < 1 || when.date().year() > 9999)
        unsupported(QStringLiteral("it has a date before year 1 or after year 9999."));
    if (dateOnly)
        return when.date().toString(Qt::ISODate);
    return when.toString(Qt::ISODateWithMs); // ends in "Z" for UTC
}

std::optional<QString> decodeMultibase(const QCborValue &value)
{
    if (!value.isByteArray())
        return std::nullopt;
    const QByteArray bytes = value.toByteArray();
    if (bytes.startsWith('z'))
        return QLatin1Char('z') + QString::fromLatin1(crypto::base58btcEncode(bytes.sliced(1)));
    if (bytes.startsWith('M'))
        return QLatin1Char('M') + QString::fromLatin1(bytes.sliced(1).toBase64());
    return std::nullopt;
}

std::optional<QString> decodeXsdDate(const QCborValue &value)
{
    if (!isNumber(value))
        return std::nullopt;
    return isoString(toNumber(value) * 1000, true);
}

std::optional<QString> decodeXsdDateTime(const QCborValue &value)
{
    if (isNumber(value)) {
        const QString text = isoString(toNumber(value) * 1000, false);
        // Whole seconds are written without milliseconds.
        return text.endsWith(QLatin1String(".000Z")) ? text.chopped(5) + QLatin1Char('Z') : text;
    }
    if (!value.isArray() || value.toArray().size() != 2)
        return std::nullopt;
    const QCborArray parts = value.toArray();
    if (!isNumber(parts.at(0)) && !isNumber(parts.at(1)))
        return std::nullopt;
    if (!isNumber(parts.at(0)) || !isNumber(parts.at(1)))
        damaged(QStringLiteral("it has a date and time whose parts are not numbers."));
    return isoString(toNumber(parts.at(0)) * 1000 + toNumber(parts.at(1)), false);
}

} // namespace vitae::qr::cborld
