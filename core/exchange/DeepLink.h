// Recognising what a learner scanned, pasted, clicked or dropped: an issuer
// link, one of the deep links Vitae registers, or a presentation. Parsing
// only: nothing here touches the network or the vault.
#pragma once

#include "common/Result.h"

#include <QUrl>
#include <QUrlQuery>

namespace vitae::exchange {

// Links handed over by the operating system or typed in are refused above
// this size, before any parsing.
constexpr qsizetype kMaxLinkBytes = 64 * 1024;

enum class LinkKind {
    IssuerLink,        // https://... (or http://127.0.0.1 behind the developer option)
    CredentialOffer,   // openid-credential-offer://?credential_offer=... | ?credential_offer_uri=...
    DccRequest,        // dccrequest://request?..., org.dcconsortium://request?... or
                       // https://lcw.app/request...? (Digital Credentials Consortium)
    VitaeImport,       // vitae://import?url=<issuer link>
    PresentationRequest, // openid4vp://?... (a verifier asking for a presentation)
    VitaePresentation, // VITAE1:... (a presentation shown as a QR code), or the same
                       // text in vitae://present?p=... (Link::text is then that text)
    Vpqr,              // VP1-... (a VPQR payload)
    Credential,        // a raw JWT / SD-JWT credential (e.g. from a QR code)
};

struct Link {
    LinkKind kind = LinkKind::IssuerLink;
    QString text;   // the whole link, trimmed
    QUrl url;       // parsed, for the URL kinds
    QUrlQuery query;
    // For IssuerLink (the link itself) and VitaeImport (its url parameter).
    QUrl issuerUrl;
};

// Classifies and checks the shape of a link. Errors (ErrorCode::InvalidInput,
// LimitExceeded or Unsupported) are sentences: "This link is too long
// (70 KB; at most 64 KB)", "Vitae does not know links starting with
// \"ftp:\"", "This credential offer link has neither credential_offer nor
// credential_offer_uri", ...
Result<Link> parseLink(QStringView text);

// A short human name for the kind ("credential offer", "issuer link", ...).
QString linkKindName(LinkKind kind);

} // namespace vitae::exchange
