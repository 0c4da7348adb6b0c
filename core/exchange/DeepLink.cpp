#include "exchange/DeepLink.h"

#include "common/ErrorText.h"

#include <QRegularExpression>
#include <QCoreApplication>

namespace vitae::exchange {

namespace {

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

// A compact JWS or SD-JWT: base64url parts separated by dots and tildes.
bool looksLikeJwtCredential(QStringView text)
{
    static const QRegularExpression shape(
            QStringLiteral("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*(~[A-Za-z0-9_.-]*)*$"));
    return shape.match(text.toString()).hasMatch();
}

Result<QUrl> strictUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        // QUrl's message quotes the whole link (up to 64 KB): keep its reason only.
        return invalid(QCoreApplication::translate("vitae", "This link is damaged and cannot be read (%1).")
                               .arg(quoteOutsideText(url.errorString().section(QLatin1Char(';'), 0, 0))));
    return url;
}

Status checkIssuerUrl(const QUrl &url, const QString &what)
{
    const QString scheme = url.scheme().toLower();
    if ((scheme != QLatin1String("https") && scheme != QLatin1String("http")) || url.host().isEmpty())
        return invalid(QCoreApplication::translate("vitae", "The %1 does not lead to a web address.").arg(what));
    return {};
}

Result<Link> withQuery(Link link)
{
    link.query = QUrlQuery(link.url);
    return link;
}

// vitae://present?p=VITAE1:... (docs/formats/vitae-presentation-link.md):
// the same text as a single Vitae QR code, so e-mail and chat carry what a
// code would. The link's text becomes that payload.
Result<Link> presentationLink(Link link)
{
    link.query = QUrlQuery(link.url);
    const QString payload = link.query.queryItemValue(QStringLiteral("p"), QUrl::FullyDecoded);
    if (payload.isEmpty())
        return invalid(QCoreApplication::translate("vitae", "This presentation link holds no presentation (no p)."));
    if (!payload.startsWith(QLatin1String("VITAE")))
        return invalid(QCoreApplication::translate("vitae", "This presentation link does not hold a Vitae presentation."));
    link.kind = LinkKind::VitaePresentation;
    link.text = payload;
    return link;
}

} // namespace

QString linkKindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::IssuerLink: return QCoreApplication::translate("vitae", "issuer link");
    case LinkKind::CredentialOffer: return QCoreApplication::translate("vitae", "credential offer");
    case LinkKind::DccRequest: return QCoreApplication::translate("vitae", "credential request");
    case LinkKind::VitaeImport: return QCoreApplication::translate("vitae", "import link");
    case LinkKind::PresentationRequest: return QCoreApplication::translate("vitae", "presentation request");
    case LinkKind::VitaePresentation: return QCoreApplication::translate("vitae", "Vitae presentation");
    case LinkKind::Vpqr: return QCoreApplication::translate("vitae", "VPQR presentation");
    case LinkKind::Credential: return QCoreApplication::translate("vitae", "credential");
    }
    return {};
}

Result<Link> parseLink(QStringView input)
{
    if (input.size() > kMaxLinkBytes) {
        return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "This link is too long (%1 KB; at most %2 KB).")
                                                           .arg(input.size() / 1024)
                                                           .arg(kMaxLinkBytes / 1024));
    }
    Link link;
    link.text = input.trimmed().toString();
    if (link.text.isEmpty())
        return invalid(QCoreApplication::translate("vitae", "There is no link here: the text is empty."));

    if (link.text.startsWith(QLatin1String("VITAE1:"))) {
        link.kind = LinkKind::VitaePresentation;
        return link;
    }
    if (link.text.startsWith(QLatin1String("VP1-"))) {
        link.kind = LinkKind::Vpqr;
        return link;
    }
    if (looksLikeJwtCredential(link.text)) {
        link.kind = LinkKind::Credential;
        return link;
    }

    const qsizetype colon = link.text.indexOf(QLatin1Char(':'));
    const QString scheme = colon > 0 ? link.text.left(colon).toLower() : QString();
    static const QRegularExpression schemeShape(QStringLiteral("^[a-z][a-z0-9+.-]*$"));
    if (scheme.isEmpty() || !schemeShape.match(scheme).hasMatch())
        return invalid(QCoreApplication::translate("vitae", "This is not a link, a credential or a presentation Vitae can read."));

    Result<QUrl> url = strictUrl(link.text);
    if (!url)
        return url.error();
    link.url = *url;

    // The Digital Credentials Consortium's e-mail-friendly request links
    // (https://lcw.app/request...) and its second scheme carry the same
    // request as dccrequest://.
    const bool lcwWebLink = scheme == QLatin1String("https") && link.url.host() == QLatin1String("lcw.app")
            && link.url.path().startsWith(QLatin1String("/request"));
    if (scheme == QLatin1String("dccrequest") || scheme == QLatin1String("org.dcconsortium") || lcwWebLink) {
        link.kind = LinkKind::DccRequest;
        return withQuery(std::move(link));
    }
    if (scheme == QLatin1String("https") || scheme == QLatin1String("http")) {
        if (Status ok = checkIssuerUrl(link.url, QStringLiteral("link")); !ok)
            return ok.error();
        link.kind = LinkKind::IssuerLink;
        link.issuerUrl = link.url;
        return withQuery(std::move(link));
    }
    if (scheme == QLatin1String("openid-credential-offer")) {
        link.kind = LinkKind::CredentialOffer;
        const QUrlQuery query(link.url);
        const bool byValue = query.hasQueryItem(QStringLiteral("credential_offer"));
        const bool byReference = query.hasQueryItem(QStringLiteral("credential_offer_uri"));
        if (byValue == byReference) {
            return invalid(byValue ? QCoreApplication::translate("vitae", "This credential offer link has both credential_offer and "
                                                    "credential_offer_uri; it must have one.")
                                   : QCoreApplication::translate("vitae", "This credential offer link has neither credential_offer nor "
                                                    "credential_offer_uri."));
        }
        return withQuery(std::move(link));
    }
    if (scheme == QLatin1String("openid4vp")) {
        link.kind = LinkKind::PresentationRequest;
        return withQuery(std::move(link));
    }
    if (scheme == QLatin1String("vitae")) {
        if (link.url.host() == QLatin1String("present"))
            return presentationLink(std::move(link));
        if (link.url.host() != QLatin1String("import")) {
            return invalid(QCoreApplication::translate("vitae", "Vitae does not know the link \"vitae://%1\"; it knows vitae://import and "
                                          "vitae://present.")
                                   .arg(link.url.host().left(40)));
        }
        link.kind = LinkKind::VitaeImport;
        link.query = QUrlQuery(link.url);
        const QString target = link.query.queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded);
        if (target.isEmpty())
            return invalid(QCoreApplication::translate("vitae", "This import link does not say where to import from (no url)."));
        Result<QUrl> issuer = strictUrl(target);
        if (!issuer)
            return issuer.error();
        if (Status ok = checkIssuerUrl(*issuer, QCoreApplication::translate("vitae", "import link")); !ok)
            return ok.error();
        link.issuerUrl = *issuer;
        return link;
    }
    return makeError(ErrorCode::Unsupported,
                     QCoreApplication::translate("vitae", "Vitae does not know links starting with \"%1:\".").arg(scheme.left(40)));
}

} // namespace vitae::exchange
