#include "gui/PresentationLink.h"

#include "exchange/DeepLink.h"
#include "qr/Base45.h"
#include "qr/QrFrame.h"
#include "qr/QrPayload.h"
#include "qr/Vpqr.h"
#include "qr/Zlib.h"

#include <QUrl>
#include <QCoreApplication>

namespace vitae::gui {

Result<QString> presentationLinkFor(const QByteArray &presentation)
{
    const QByteArray stream = qr::deflateZlib(presentation);
    if (stream.isEmpty())
        return makeError(ErrorCode::Crypto, QCoreApplication::translate("vitae", "The presentation could not be compressed."));
    const QByteArray payload = QByteArray(qr::kSinglePrefix) + qr::base45Encode(stream);
    // Base45's space, $, %, +, / and : are escaped, so every mail client
    // keeps the link in one piece.
    const QString link = QStringLiteral("vitae://present?p=") + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(payload)));
    if (link.size() > exchange::kMaxLinkBytes)
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "This presentation is too large for a link (at most %1 KB); save it as a file instead.")
                                 .arg(exchange::kMaxLinkBytes / 1024));
    return link;
}

std::optional<Result<QByteArray>> presentationInText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (qr::isVpqrText(trimmed))
        return qr::decodeVpqr(trimmed);
    if (!trimmed.startsWith(QLatin1String("vitae:"), Qt::CaseInsensitive) && !trimmed.startsWith(QLatin1String("VITAE")))
        return std::nullopt;
    Result<exchange::Link> link = exchange::parseLink(trimmed);
    if (!link)
        return Result<QByteArray>(link.error());
    if (link->kind != exchange::LinkKind::VitaePresentation)
        return Result<QByteArray>(makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "This is a %1, not a presentation.")
                                                                              .arg(exchange::linkKindName(link->kind))));
    return qr::decodeSinglePayload(link->text);
}

} // namespace vitae::gui
