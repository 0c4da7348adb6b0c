#include "qr/Vpqr.h"

#include "jsonld/ContextLoader.h"
#include "qr/Base32.h"
#include "qr/CborLd.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace vitae::qr {

namespace {

const QLatin1String kPrefix("VP1-");
// Multibase letter for upper-case base32 without padding.
constexpr QChar kBase32Multibase = QLatin1Char('B');
// A QR code holds at most 4,296 alphanumeric characters; leave room for
// readers that join several codes.
constexpr qsizetype kMaxTextLength = 16 * 1024;

Error failure(const Error &cause)
{
    const QString sentence = cause.code == ErrorCode::Unsupported
            ? QCoreApplication::translate("vitae", "Vitae cannot read this VPQR code: %1")
            : QCoreApplication::translate("vitae", "This VPQR code is damaged: %1");
    return makeError(cause.code, sentence.arg(cause.message));
}

Error damaged(const QString &why)
{
    return failure(makeError(ErrorCode::InvalidInput, why));
}

} // namespace

bool isVpqrText(QStringView text)
{
    return text.trimmed().startsWith(kPrefix);
}

Result<QByteArray> decodeVpqr(QStringView text)
{
    return decodeVpqr(text, jsonld::BuiltinContexts::instance());
}

Result<QByteArray> decodeVpqr(QStringView text, const jsonld::ContextLoader &contexts)
{
    const QStringView trimmed = text.trimmed();
    if (!trimmed.startsWith(kPrefix))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("vitae", "This is not a VPQR code: it does not start with \"VP1-\"."));
    if (trimmed.size() > kMaxTextLength)
        return failure(makeError(ErrorCode::LimitExceeded,
                                 QStringLiteral("it is longer than %1 characters.").arg(kMaxTextLength)));
    const QStringView payload = trimmed.sliced(kPrefix.size());
    if (payload.isEmpty())
        return damaged(QStringLiteral("nothing follows \"VP1-\"."));
    if (payload.front() != kBase32Multibase)
        return failure(makeError(ErrorCode::Unsupported,
                                 QStringLiteral("its data is not marked as base32 (the letter B after \"VP1-\").")));
    for (QChar c : payload) {
        if (c.unicode() > 0x7F)
            return damaged(QStringLiteral("it holds the character \"%1\", which base32 does not use.").arg(c));
    }

    const Result<QByteArray> bytes = base32Decode(payload.sliced(1).toLatin1());
    if (!bytes)
        return failure(bytes.error());
    const Result<QJsonValue> document = decodeCborLd(*bytes, contexts);
    if (!document)
        return failure(document.error());
    if (document->isArray())
        return failure(makeError(ErrorCode::Unsupported,
                                 QStringLiteral("it holds several documents, and Vitae reads one per code.")));
    if (!document->isObject())
        return damaged(QStringLiteral("it does not hold a JSON-LD document."));
    return QJsonDocument(document->toObject()).toJson(QJsonDocument::Compact);
}

} // namespace vitae::qr
