// Reads credentials baked into badge images. Every byte here comes from
// outside, so lengths are checked before use, sizes are capped before any
// allocation, and the XML reader never expands or loads an entity.
#include "exchange/BakedBadge.h"

#include "common/ErrorText.h"

#include <QUrl>
#include <QXmlStreamReader>
#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace vitae::exchange {

namespace {

constexpr char kPngSignature[] = "\x89PNG\r\n\x1a\n";
constexpr qsizetype kPngSignatureSize = 8;
constexpr qsizetype kChunkOverhead = 12; // length, type, CRC
constexpr quint32 kMaxChunkLength = 0x7fffffff; // PNG spec: at most 2^31 - 1

const QByteArray kOb3Keyword = QByteArrayLiteral("openbadgecredential");
const QByteArray kOb2Keyword = QByteArrayLiteral("openbadges");
const QString kOb3Namespace = QStringLiteral("https://purl.imsglobal.org/ob/v3p0");
const QString kOb2Namespace = QStringLiteral("http://openbadges.org");
const QString kOb3 = QStringLiteral("Open Badges 3.0");
const QString kOb2 = QStringLiteral("Open Badges 2.0");

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

QString megabytes(qsizetype bytes)
{
    // Rounded up so a 2.5 MB cap never reads as "2 MB".
    const qsizetype mb = (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    return QStringLiteral("%1 MB").arg(std::max<qsizetype>(mb, 1));
}

Error payloadTooLarge(const BakedLimits &limits)
{
    return makeError(ErrorCode::LimitExceeded,
                     QCoreApplication::translate("vitae", "The baked credential is larger than %1")
                         .arg(megabytes(limits.maxPayloadBytes)));
}

Error imageTooLarge(const char *format, const BakedLimits &limits)
{
    return makeError(ErrorCode::LimitExceeded,
                     QCoreApplication::translate("vitae", "The %1 is larger than %2, the most Vitae reads")
                         .arg(QLatin1String(format), megabytes(limits.maxImageBytes)));
}

bool isBase64UrlPart(QByteArrayView part)
{
    if (part.isEmpty())
        return false;
    return std::all_of(part.begin(), part.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_';
    });
}

bool isWebUrl(const QByteArray &text)
{
    const QByteArray lower = text.left(8).toLower();
    if (!lower.startsWith("https://") && !lower.startsWith("http://"))
        return false;
    // Whitespace or control bytes inside a "URL" mean it is something else.
    if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<uchar>(c) <= 0x20; }))
        return false;
    const QUrl url(QString::fromUtf8(text), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty();
}

// The one place that decides what a baked payload is, for PNG and SVG alike.
Result<BakedContent> classify(const QByteArray &raw, const QString &standard, const BakedLimits &limits)
{
    if (raw.size() > limits.maxPayloadBytes)
        return payloadTooLarge(limits);
    const QByteArray text = raw.trimmed();
    if (text.isEmpty())
        return invalid(QCoreApplication::translate("vitae", "The baked credential is empty"));

    BakedContent content;
    content.payload = text;
    content.standard = standard;
    if (text.startsWith('{')) {
        // Whether the JSON parses is the credential reader's concern.
        content.kind = BakedContent::Kind::Json;
        return content;
    }
    const QList<QByteArray> parts = text.split('.');
    if (parts.size() == 3 && std::all_of(parts.begin(), parts.end(), isBase64UrlPart)) {
        content.kind = BakedContent::Kind::Jws;
        return content;
    }
    if (isWebUrl(text)) {
        content.kind = BakedContent::Kind::Url;
        return content;
    }
    return invalid(QCoreApplication::translate("vitae", "The baked credential is neither JSON, a signed token nor a web address"));
}

// ---- PNG ----

quint32 readBigEndian32(const char *p)
{
    const auto *u = reinterpret_cast<const uchar *>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

bool isChunkType(QByteArrayView type)
{
    return std::all_of(type.begin(), type.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
}

// Inflates a zlib stream, giving up as soon as the output passes the cap so
// a small "zip bomb" never costs more than maxPayloadBytes of memory.
Result<QByteArray> inflateCapped(QByteArrayView compressed, const BakedLimits &limits)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return invalid(QCoreApplication::translate("vitae", "The compressed badge text could not be read"));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size()); // <= maxImageBytes, fits

    QByteArray out;
    char buffer[16384];
    int status = Z_OK;
    // Z_BUF_ERROR (input ran out early) and real errors both leave the loop.
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(sizeof buffer) - stream.avail_out;
        if (out.size() + produced > limits.maxPayloadBytes) {
            inflateEnd(&stream);
            return payloadTooLarge(limits);
        }
        out.append(buffer, produced);
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return invalid(QCoreApplication::translate("vitae", "The compressed badge text in the PNG is damaged"));
    return out;
}

// Splits off a null-terminated field; false if there is no terminator.
bool takeField(QByteArrayView &rest, QByteArrayView &field)
{
    const qsizetype end = rest.indexOf('\0');
    if (end < 0)
        return false;
    field = rest.first(end);
    rest = rest.sliced(end + 1);
    return true;
}

// iTXt: keyword \0 flag method language \0 translated-keyword \0 text.
Result<QByteArray> readItxtPayload(QByteArrayView rest, const BakedLimits &limits)
{
    const Error malformed = invalid(QCoreApplication::translate("vitae", "The badge text chunk in the PNG is malformed"));
    if (rest.size() < 2)
        return malformed;
    const char flag = rest[0];
    const char method = rest[1];
    rest = rest.sliced(2);
    QByteArrayView language, translated;
    if (!takeField(rest, language) || !takeField(rest, translated))
        return malformed;
    if (flag == 0) {
        if (rest.size() > limits.maxPayloadBytes)
            return payloadTooLarge(limits);
        return rest.toByteArray();
    }
    if (flag == 1 && method == 0)
        return inflateCapped(rest, limits);
    return malformed;
}

// tEXt (written by OB 1.x/2.0 bakers) is Latin-1 and never compressed;
// payloads are handed on as UTF-8.
Result<QByteArray> readTextPayload(QByteArrayView rest, const BakedLimits &limits)
{
    if (rest.size() > limits.maxPayloadBytes)
        return payloadTooLarge(limits);
    return QString::fromLatin1(rest).toUtf8();
}

} // namespace

bool looksLikePng(QByteArrayView bytes)
{
    return bytes.startsWith(QByteArrayView(kPngSignature, kPngSignatureSize));
}

bool looksLikeSvg(QByteArrayView bytes)
{
    // A sniff, not a parse: skip a BOM and whitespace, then expect markup
    // with an <svg element near the start.
    QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    head = head.trimmed();
    return head.startsWith('<') && head.indexOf("<svg") >= 0;
}

Result<BakedContent> extractFromPng(QByteArrayView png, const BakedLimits &limits)
{
    if (png.size() > limits.maxImageBytes)
        return imageTooLarge("PNG", limits);
    if (!looksLikePng(png))
        return invalid(QCoreApplication::translate("vitae", "This file is not a PNG image"));

    std::optional<Result<BakedContent>> found;
    qsizetype pos = kPngSignatureSize;
    while (true) {
        // Sizes are compared as remaining bytes, so no sum can overflow.
        const qsizetype remaining = png.size() - pos;
        if (remaining < kChunkOverhead)
            return invalid(QCoreApplication::translate("vitae", "The PNG is damaged (it ends before its last chunk)"));
        const quint32 length = readBigEndian32(png.data() + pos);
        const QByteArrayView type = png.sliced(pos + 4, 4);
        if (!isChunkType(type))
            return invalid(QCoreApplication::translate("vitae", "The PNG is damaged (a chunk has an invalid type)"));
        const QString typeName = QString::fromLatin1(type);
        if (length > kMaxChunkLength || qsizetype(length) > remaining - kChunkOverhead)
            return invalid(QCoreApplication::translate("vitae", "The PNG is damaged (chunk %1 runs past the end of the file)")
                               .arg(typeName));
        const QByteArrayView data = png.sliced(pos + 8, length);
        const quint32 storedCrc = readBigEndian32(png.data() + pos + 8 + length);
        // The CRC covers the type and the data; length <= 20 MB fits in uInt.
        const uLong crc = crc32(0L, reinterpret_cast<const Bytef *>(type.data()), static_cast<uInt>(4 + length));
        if (quint32(crc) != storedCrc)
            return invalid(QCoreApplication::translate("vitae", "The PNG is damaged (chunk %1 fails its checksum)").arg(typeName));
        pos += kChunkOverhead + qsizetype(length);

        if (type == "IEND")
            break;
        if (type != "iTXt" && type != "tEXt")
            continue;
        QByteArrayView rest = data;
        QByteArrayView keyword;
        if (!takeField(rest, keyword)) {
            if (type == "iTXt")
                return invalid(QCoreApplication::translate("vitae", "The badge text chunk in the PNG is malformed"));
            continue; // a stray tEXt without keyword is not ours to judge
        }
        const bool ob3 = keyword == kOb3Keyword;
        if (!ob3 && keyword != kOb2Keyword)
            continue;
        if (found)
            return invalid(QCoreApplication::translate("vitae", "This PNG holds more than one baked badge"));
        Result<QByteArray> text = type == "iTXt" ? readItxtPayload(rest, limits) : readTextPayload(rest, limits);
        if (!text)
            return text.error();
        found = classify(text.value(), ob3 ? kOb3 : kOb2, limits);
    }
    if (!found)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("vitae", "This PNG has no badge baked into it"));
    return *found;
}

// ---- SVG ----

namespace {

bool isBadgeElement(const QXmlStreamReader &xml, QString *standard)
{
    if (xml.name() == u"credential" && xml.namespaceUri() == kOb3Namespace) {
        *standard = kOb3;
        return true;
    }
    if (xml.name() == u"assertion" && xml.namespaceUri() == kOb2Namespace) {
        *standard = kOb2;
        return true;
    }
    return false;
}

Error notWellFormed(const QXmlStreamReader &xml)
{
    return invalid(QCoreApplication::translate("vitae", "The SVG is damaged (line %1: %2)").arg(xml.lineNumber()).arg(quoteOutsideText(xml.errorString())));
}

} // namespace

Result<BakedContent> extractFromSvg(QByteArrayView svg, const BakedLimits &limits)
{
    if (svg.size() > limits.maxImageBytes)
        return imageTooLarge("SVG", limits);

    // fromRawData: no copy; `svg` outlives the reader.
    const QByteArray bytes = QByteArray::fromRawData(svg.data(), svg.size());
    QXmlStreamReader xml(bytes);
    xml.setNamespaceProcessing(true);

    std::optional<Result<BakedContent>> found;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            // QXmlStreamReader loads no external DTD, but it would expand
            // internal entities ("billion laughs"), so any declaration is
            // refused before the first element is read.
            if (!xml.entityDeclarations().isEmpty() || !xml.notationDeclarations().isEmpty()
                || xml.text().contains(u"<!ENTITY"))
                return invalid(QCoreApplication::translate("vitae", "The SVG declares entities, which Vitae never loads"));
            continue;
        }
        if (token == QXmlStreamReader::EntityReference)
            return invalid(QCoreApplication::translate("vitae", "The SVG declares entities, which Vitae never loads"));
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!sawRoot) {
            sawRoot = true;
            if (xml.name() != u"svg")
                return invalid(QCoreApplication::translate("vitae", "This file is not an SVG image"));
            continue;
        }
        QString standard;
        if (!isBadgeElement(xml, &standard))
            continue;
        if (found)
            return invalid(QCoreApplication::translate("vitae", "This SVG holds more than one baked badge"));

        const QString verify = xml.attributes().value(QLatin1String("verify")).toString();
        QString text;
        // Collect text and CDATA up to the closing tag, capped as it grows.
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType inner = xml.readNext();
            if (inner == QXmlStreamReader::Characters) {
                text += xml.text();
                if (text.size() > limits.maxPayloadBytes)
                    return payloadTooLarge(limits);
            } else if (inner == QXmlStreamReader::StartElement || inner == QXmlStreamReader::EntityReference) {
                return invalid(QCoreApplication::translate("vitae", "The baked badge element in the SVG is malformed"));
            } else if (inner == QXmlStreamReader::EndElement) {
                break;
            }
        }
        if (xml.hasError())
            return notWellFormed(xml);
        // OB 2.0 hosted assertions may carry only the verify URL.
        if (text.trimmed().isEmpty() && standard == kOb2 && !verify.trimmed().isEmpty())
            text = verify;
        found = classify(text.toUtf8(), standard, limits);
    }
    if (xml.hasError())
        return notWellFormed(xml);
    if (!sawRoot)
        return invalid(QCoreApplication::translate("vitae", "This file is not an SVG image"));
    if (!found)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("vitae", "This SVG has no badge baked into it"));
    return *found;
}

} // namespace vitae::exchange
