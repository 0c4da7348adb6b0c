#include "did/DidWeb.h"

#include "json/JsonParser.h"

#include <QStringDecoder>
#include <QCoreApplication>

#include <algorithm>

namespace vitae::did {

namespace {

const QString kPrefix = QStringLiteral("did:web:");
constexpr qsizetype kMaxDidLength = 2048;
constexpr qsizetype kMaxHostLength = 253;
constexpr qsizetype kMaxLabelLength = 63;

Error invalid(const QString &why)
{
    return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "Not a valid did:web: %1").arg(why));
}

bool isAsciiAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// DID syntax idchar plus the ':' separator: ALPHA / DIGIT / "." / "-" / "_" / pct-encoded.
bool hasOnlyIdChars(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isAsciiAlnum(c) || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char(':'))
            continue;
        if (c == QLatin1Char('%') && i + 2 < text.size() && isHexDigit(text[i + 1])
            && isHexDigit(text[i + 2])) {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

// RFC 1123 host names: dot-separated labels of letters, digits and inner
// hyphens. (Dotted IPv4 addresses pass too, which is harmless over https.)
bool isHostName(QStringView host)
{
    if (host.isEmpty() || host.size() > kMaxHostLength)
        return false;
    for (QStringView label : host.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > kMaxLabelLength || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-')))
            return false;
        for (QChar c : label) {
            if (!isAsciiAlnum(c) && c != QLatin1Char('-'))
                return false;
        }
    }
    return true;
}

// One path segment, percent-decoded. Empty when it would escape its place.
QString decodePathSegment(QStringView segment)
{
    const QByteArray bytes = QByteArray::fromPercentEncoding(segment.toLatin1());
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError() || decoded == QLatin1String(".") || decoded == QLatin1String(".."))
        return QString();
    for (QChar c : decoded) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char('/') || c == QLatin1Char('\\')
            || c == QLatin1Char('?') || c == QLatin1Char('#'))
            return QString();
    }
    return decoded;
}

} // namespace

Result<QUrl> didWebUrl(QStringView did)
{
    if (did.size() > kMaxDidLength)
        return invalid(QStringLiteral("it is too long."));
    if (!did.startsWith(kPrefix))
        return invalid(QStringLiteral("it does not start with \"did:web:\"."));
    const QStringView id = did.sliced(kPrefix.size());
    if (id.isEmpty())
        return invalid(QStringLiteral("it names no domain."));
    if (!hasOnlyIdChars(id)) {
        return invalid(QStringLiteral("it contains characters a DID may not have "
                                      "(a #fragment, ?query or /path belongs in a DID URL, not the DID)."));
    }

    const QList<QStringView> segments = id.split(QLatin1Char(':'));
    // The domain may carry a port, its colon percent-encoded.
    QString authority = segments.first().toString();
    authority.replace(QLatin1String("%3A"), QLatin1String(":"), Qt::CaseInsensitive);
    if (authority.contains(QLatin1Char('%')))
        return invalid(QStringLiteral("the domain \"%1\" contains encoded characters.").arg(authority));
    QString host = authority;
    int port = -1;
    if (const qsizetype colon = authority.indexOf(QLatin1Char(':')); colon >= 0) {
        host = authority.first(colon);
        const QString portText = authority.sliced(colon + 1);
        bool ok = false;
        port = portText.toInt(&ok);
        const bool digitsOnly = !portText.isEmpty() && portText.size() <= 5
                && std::all_of(portText.cbegin(), portText.cend(), [](QChar c) { return c.isDigit(); });
        if (!ok || !digitsOnly || port < 1 || port > 65535)
            return invalid(QStringLiteral("\"%1\" is not a port number.").arg(portText));
    }
    if (!isHostName(host))
        return invalid(QStringLiteral("\"%1\" is not a host name.").arg(host));

    QString path = QStringLiteral("/");
    if (segments.size() == 1) {
        path += QStringLiteral(".well-known/");
    } else {
        for (qsizetype i = 1; i < segments.size(); ++i) {
            if (segments[i].isEmpty())
                return invalid(QStringLiteral("it has an empty path segment."));
            const QString segment = decodePathSegment(segments[i]);
            if (segment.isEmpty())
                return invalid(QStringLiteral("the path segment \"%1\" is not allowed.").arg(segments[i]));
            path += segment + QLatin1Char('/');
        }
    }
    path += QStringLiteral("did.json");

    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host.toLower());
    url.setPort(port);
    url.setPath(path, QUrl::DecodedMode);
    if (!url.isValid())
        return invalid(QStringLiteral("it does not map to a web address."));
    return url;
}

Result<DidDocument> resolveDidWeb(QStringView did, net::Resolver &resolver)
{
    const auto url = didWebUrl(did);
    if (!url)
        return url.error();

    const auto fetched = resolver.fetch(url.value());
    if (!fetched) {
        // The code is kept: Network means "could not be checked", not "invalid".
        return makeError(fetched.code(), QCoreApplication::translate("vitae", "The DID document of %1 could not be fetched: %2")
                                                 .arg(did.toString(), fetched.message()));
    }
    const auto json = json::parseJsonObject(fetched->body);
    if (!json) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The DID document of %1 at %2 is not valid JSON: %3")
                                                          .arg(did.toString(), url->toDisplayString(), json.message()));
    }
    return parseDidDocument(json.value(), did.toString());
}

} // namespace vitae::did
