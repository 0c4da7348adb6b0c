#include "gui/ScanRouting.h"

#include "exchange/DeepLink.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace vitae::gui {

namespace {

bool namesPresentation(const QJsonValue &type)
{
    if (type.isString())
        return type.toString() == QLatin1String("VerifiablePresentation");
    const QJsonArray types = type.toArray();
    return std::any_of(types.begin(), types.end(),
                       [](const QJsonValue &t) { return t.toString() == QLatin1String("VerifiablePresentation"); });
}

// A compact JWT whose payload carries a "vp" claim (a JWT presentation), or
// an SD-JWT with a key-binding JWT after its last '~' (SD-JWT+KB): what a
// holder presents, as opposed to the credential an issuer hands out.
bool looksLikeJwtPresentation(const QString &text)
{
    const qsizetype lastTilde = text.lastIndexOf(QLatin1Char('~'));
    if (lastTilde >= 0)
        return lastTilde < text.size() - 1;
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return false;
    const auto payload = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return payload && QJsonDocument::fromJson(*payload).object().contains(QLatin1String("vp"));
}

} // namespace

ScanRoute routeScannedText(const QString &input, bool forVerifier)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {ScanDestination::Unknown, QCoreApplication::translate("vitae", "There is nothing to use here: the text is empty.")};

    if (text.startsWith(QLatin1Char('{'))) {
        const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
        if (object.isEmpty())
            return {ScanDestination::Unknown,
                    QCoreApplication::translate("vitae", "This looks like JSON but cannot be read, so it was not used.")};
        if (forVerifier || namesPresentation(object.value(QLatin1String("type"))))
            return {ScanDestination::Presentation, {}};
        return {ScanDestination::Credential, {}}; // the import preview says if it is not one
    }

    const Result<exchange::Link> link = exchange::parseLink(text);
    if (!link)
        return {ScanDestination::Unknown, link.message()};
    switch (link->kind) {
    case exchange::LinkKind::Credential:
        return {forVerifier || looksLikeJwtPresentation(text) ? ScanDestination::Presentation : ScanDestination::Credential,
                {}};
    case exchange::LinkKind::VitaePresentation:
        return {ScanDestination::Presentation, {}};
    case exchange::LinkKind::Vpqr:
        // The Digital Credentials Consortium's presentation QR: checked on
        // the Verify page, its credentials taken in from the wallet's side.
        return {forVerifier ? ScanDestination::Presentation : ScanDestination::Credential, {}};
    default:
        return {ScanDestination::Link, {}};
    }
}

} // namespace vitae::gui
