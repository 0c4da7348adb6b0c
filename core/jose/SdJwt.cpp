#include "jose/SdJwt.h"

#include "crypto/Encoding.h"
#include "crypto/Sodium.h"
#include "json/JsonParser.h"

#include <QHash>
#include <QSet>
#include <QCoreApplication>

namespace vitae::jose {

namespace {

const QString kSd = QStringLiteral("_sd");
const QString kSdAlg = QStringLiteral("_sd_alg");
const QString kEllipsis = QStringLiteral("...");

Error invalid(const QString &why)
{
    return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The SD-JWT is not valid: %1.").arg(why));
}

Error tooDeep(int maxDepth)
{
    return makeError(ErrorCode::LimitExceeded,
                     QCoreApplication::translate("vitae", "The SD-JWT nests its claims more than %1 levels deep.").arg(maxDepth));
}

// RFC 6901: '~' and '/' inside a name are escaped.
QString pointerStep(const QString &path, const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
    return path + QLatin1Char('/') + escaped;
}

Result<Disclosure> parseDisclosure(QByteArrayView encoded, int number, const SdJwtLimits &limits)
{
    const QString where = QStringLiteral("disclosure %1").arg(number);
    if (encoded.isEmpty()) {
        return invalid(QCoreApplication::translate("vitae", "%1 is empty").arg(where));
    }
    const auto bytes = crypto::base64UrlDecode(encoded);
    if (!bytes) {
        return invalid(QCoreApplication::translate("vitae", "%1 is not valid base64url").arg(where));
    }
    json::JsonLimits jsonLimits;
    jsonLimits.maxDepth = limits.maxDepth + 1; // the array around the value adds one level
    const auto parsed = json::parseJson(*bytes, jsonLimits);
    if (!parsed) {
        return makeError(parsed.code(), QCoreApplication::translate("vitae", "The SD-JWT is not valid: %1 is not JSON (%2).")
                                                .arg(where, parsed.message()));
    }
    if (!parsed->isArray()) {
        return invalid(QCoreApplication::translate("vitae", "%1 is not a JSON array").arg(where));
    }
    const QJsonArray array = parsed->toArray();
    if (array.size() != 2 && array.size() != 3) {
        return invalid(QCoreApplication::translate("vitae", "%1 has %2 elements, but a disclosure has 2 or 3").arg(where).arg(array.size()));
    }
    if (!array.at(0).isString()) {
        return invalid(QStringLiteral("the salt of %1 is not a string").arg(where));
    }
    Disclosure disclosure;
    disclosure.encoded = encoded.toByteArray();
    disclosure.digest = sdDigest(encoded);
    disclosure.salt = array.at(0).toString();
    if (array.size() == 3) {
        if (!array.at(1).isString()) {
            return invalid(QStringLiteral("the claim name of %1 is not a string").arg(where));
        }
        disclosure.name = array.at(1).toString();
        if (disclosure.name.isEmpty()) {
            // An empty name would be indistinguishable from an array element.
            return invalid(QStringLiteral("the claim name of %1 is empty").arg(where));
        }
    }
    disclosure.value = array.last();
    return disclosure;
}

// Walks the issuer payload (SD-JWT section 7.1 step 3), replacing digests by
// the disclosed claims. Recursion is bounded by SdJwtLimits::maxDepth, counted
// over all container nesting: recursive disclosures can stack values that
// were each parsed within their own limit, so only the whole tree is a safe
// measure.
class DisclosureProcessor {
public:
    DisclosureProcessor(const QList<Disclosure> &disclosures, const SdJwtLimits &limits)
        : m_disclosures(disclosures), m_limits(limits), m_used(disclosures.size(), false)
    {
    }

    Status indexDisclosures()
    {
        for (qsizetype i = 0; i < m_disclosures.size(); ++i) {
            const QByteArray digest = sdDigest(m_disclosures.at(i).encoded);
            if (m_byDigest.contains(digest)) {
                return invalid(QStringLiteral("disclosure %1 appears twice").arg(i + 1));
            }
            m_byDigest.insert(digest, i);
        }
        return {};
    }

    Result<QJsonObject> processObject(const QJsonObject &object, const QString &path, int depth)
    {
        if (depth > m_limits.maxDepth) {
            return tooDeep(m_limits.maxDepth);
        }
        const bool topLevel = depth == 1;
        if (!topLevel && object.contains(kSdAlg)) {
            return invalid(QStringLiteral("_sd_alg may only appear at the top level"));
        }
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == kSd || (topLevel && it.key() == kSdAlg)) {
                continue;
            }
            auto value = processValue(it.value(), pointerStep(path, it.key()), depth + 1);
            if (!value) {
                return value.error();
            }
            out.insert(it.key(), value.value());
        }
        if (!object.contains(kSd)) {
            return out;
        }
        const QJsonValue sd = object.value(kSd);
        if (!sd.isArray()) {
            return invalid(QStringLiteral("an _sd member is not an array of digests"));
        }
        for (const QJsonValue &entry : sd.toArray()) {
            if (!entry.isString()) {
                return invalid(QStringLiteral("an _sd member is not an array of digests"));
            }
            auto found = claimDigest(entry.toString());
            if (!found) {
                return found.error();
            }
            if (!found.value()) {
                continue; // undisclosed claim or decoy
            }
            const Disclosure &disclosure = *found.value();
            if (isArrayElementDisclosure(disclosure)) {
                return invalid(QStringLiteral("an array-element disclosure (2 elements) is referenced from _sd"));
            }
            if (disclosure.name == kSd || disclosure.name == kEllipsis) {
                return invalid(QStringLiteral("a disclosure uses the reserved claim name \"%1\"").arg(disclosure.name));
            }
            if (object.contains(disclosure.name) || out.contains(disclosure.name)) {
                return invalid(QStringLiteral("a disclosure repeats the claim name \"%1\", which already exists")
                                       .arg(disclosure.name));
            }
            const QString claimPath = pointerStep(path, disclosure.name);
            m_result.disclosedPaths.append(claimPath);
            m_result.disclosedDigests.append(disclosure.digest);
            auto value = processValue(disclosure.value, claimPath, depth + 1);
            if (!value) {
                return value.error();
            }
            out.insert(disclosure.name, value.value());
        }
        return out;
    }

    Result<QJsonArray> processArray(const QJsonArray &array, const QString &path, int depth)
    {
        if (depth > m_limits.maxDepth) {
            return tooDeep(m_limits.maxDepth);
        }
        QJsonArray out;
        for (const QJsonValue &element : array) {
            const QString elementPath = path + QLatin1Char('/') + QString::number(out.size());
            if (element.isObject() && element.toObject().contains(kEllipsis)) {
                const QJsonObject placeholder = element.toObject();
                if (placeholder.size() != 1 || !placeholder.value(kEllipsis).isString()) {
                    return invalid(QStringLiteral("an array element with \"...\" must hold only that digest"));
                }
                auto found = claimDigest(placeholder.value(kEllipsis).toString());
                if (!found) {
                    return found.error();
                }
                if (!found.value()) {
                    continue; // the holder kept this element hidden; drop it
                }
                if (!isArrayElementDisclosure(*found.value())) {
                    return invalid(QStringLiteral("a property disclosure (3 elements) is referenced from an array"));
                }
                m_result.disclosedPaths.append(elementPath);
                m_result.disclosedDigests.append(found.value()->digest);
                auto value = processValue(found.value()->value, elementPath, depth + 1);
                if (!value) {
                    return value.error();
                }
                out.append(value.value());
                continue;
            }
            auto value = processValue(element, elementPath, depth + 1);
            if (!value) {
                return value.error();
            }
            out.append(value.value());
        }
        return out;
    }

    Result<QJsonValue> processValue(const QJsonValue &value, const QString &path, int depth)
    {
        if (value.isObject()) {
            auto object = processObject(value.toObject(), path, depth);
            if (!object) {
                return object.error();
            }
            return QJsonValue(object.value());
        }
        if (value.isArray()) {
            auto array = processArray(value.toArray(), path, depth);
            if (!array) {
                return array.error();
            }
            return QJsonValue(array.value());
        }
        return value;
    }

    Status checkAllUsed() const
    {
        for (qsizetype i = 0; i < m_used.size(); ++i) {
            if (!m_used.at(i)) {
                return invalid(QStringLiteral("a disclosure does not match any digest (disclosure %1)").arg(i + 1));
            }
        }
        return {};
    }

    DisclosedClaims &result() { return m_result; }

private:
    // Disclosure::name is empty exactly for the 2-element form (parseDisclosure
    // refuses an empty name in the 3-element form).
    static bool isArrayElementDisclosure(const Disclosure &disclosure) { return disclosure.name.isEmpty(); }

    // Registers one digest found in the payload; null when nothing discloses it.
    Result<const Disclosure *> claimDigest(const QString &digestText)
    {
        const QByteArray digest = digestText.toUtf8();
        if (m_seenDigests.contains(digest)) {
            return invalid(QStringLiteral("duplicate digest %1").arg(digestText.left(64)));
        }
        m_seenDigests.insert(digest);
        const auto it = m_byDigest.constFind(digest);
        if (it == m_byDigest.constEnd()) {
            ++m_result.undisclosedCount;
            return static_cast<const Disclosure *>(nullptr);
        }
        m_used[it.value()] = true;
        return &m_disclosures.at(it.value());
    }

    const QList<Disclosure> &m_disclosures;
    const SdJwtLimits &m_limits;
    QList<bool> m_used;
    QHash<QByteArray, qsizetype> m_byDigest;
    QSet<QByteArray> m_seenDigests;
    DisclosedClaims m_result;
};

Error inPart(const char *part, const Error &error)
{
    return makeError(error.code, QCoreApplication::translate("vitae", "In the %1: %2").arg(QLatin1String(part), error.message));
}

} // namespace

QByteArray sdDigest(QByteArrayView ascii)
{
    return crypto::base64UrlEncode(crypto::sha256(ascii));
}

Result<SdJwt> parseSdJwt(QByteArrayView text, const SdJwtLimits &limits)
{
    if (text.size() > limits.maxBytes) {
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The SD-JWT is larger than the limit of %1 bytes.").arg(limits.maxBytes));
    }
    const qsizetype firstTilde = text.indexOf('~');
    if (firstTilde < 0) {
        return invalid(QStringLiteral("it has no '~' after the issuer-signed JWT"));
    }
    // Counted before any decoding, so a flood of disclosures costs nothing.
    const qsizetype disclosureCount = text.count('~') - 1;
    if (disclosureCount > limits.maxDisclosures) {
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The SD-JWT has %1 disclosures, more than the limit of %2.")
                                 .arg(disclosureCount)
                                 .arg(limits.maxDisclosures));
    }
    const qsizetype lastTilde = text.lastIndexOf('~');

    SdJwt sdJwt;
    auto issuerJwt = parseCompactJws(text.first(firstTilde), limits.jws);
    if (!issuerJwt) {
        return inPart("issuer-signed JWT", issuerJwt.error());
    }
    sdJwt.issuerJwt = std::move(issuerJwt.value());

    qsizetype start = firstTilde + 1;
    int number = 1;
    while (start <= lastTilde) {
        const qsizetype end = text.indexOf('~', start);
        auto disclosure = parseDisclosure(text.sliced(start, end - start), number, limits);
        if (!disclosure) {
            return disclosure.error();
        }
        sdJwt.disclosures.append(std::move(disclosure.value()));
        start = end + 1;
        ++number;
    }

    const QByteArrayView keyBinding = text.sliced(lastTilde + 1);
    if (!keyBinding.isEmpty()) {
        auto kbJwt = parseCompactJws(keyBinding, limits.jws);
        if (!kbJwt) {
            return inPart("key binding JWT", kbJwt.error());
        }
        sdJwt.keyBinding = std::move(kbJwt.value());
    }
    sdJwt.sdHashInput = text.first(lastTilde + 1).toByteArray();
    return sdJwt;
}

Result<DisclosedClaims> applyDisclosures(const SdJwt &sdJwt, const SdJwtLimits &limits)
{
    if (sdJwt.disclosures.size() > limits.maxDisclosures) {
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The SD-JWT has %1 disclosures, more than the limit of %2.")
                                 .arg(sdJwt.disclosures.size())
                                 .arg(limits.maxDisclosures));
    }
    const QJsonObject &payload = sdJwt.issuerJwt.payload;
    if (payload.contains(kSdAlg)) {
        const QJsonValue alg = payload.value(kSdAlg);
        if (!alg.isString()) {
            return invalid(QStringLiteral("unsupported _sd_alg (it is not a string)"));
        }
        if (alg.toString() != QLatin1String("sha-256")) {
            return invalid(QStringLiteral("unsupported _sd_alg %1").arg(alg.toString().left(40)));
        }
    }
    DisclosureProcessor processor(sdJwt.disclosures, limits);
    if (Status indexed = processor.indexDisclosures(); !indexed) {
        return indexed.error();
    }
    auto claims = processor.processObject(payload, QString(), 1);
    if (!claims) {
        return claims.error();
    }
    if (Status allUsed = processor.checkAllUsed(); !allUsed) {
        return allUsed.error();
    }
    DisclosedClaims result = std::move(processor.result());
    result.claims = std::move(claims.value());
    return result;
}

} // namespace vitae::jose
