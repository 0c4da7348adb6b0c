#include "exchange/Collect.h"

#include "exchange/IssuerLink.h"
#include "exchange/Oid4vci.h"
#include "exchange/VcApiExchange.h"

#include <QCoreApplication>

namespace vitae::exchange {

bool isCollectableLink(LinkKind kind)
{
    switch (kind) {
    case LinkKind::IssuerLink:
    case LinkKind::VitaeImport:
    case LinkKind::CredentialOffer:
    case LinkKind::DccRequest:
    case LinkKind::Credential:
        return true;
    default:
        return false;
    }
}

Result<CollectedCredentials> collectFromLink(const Link &link, const CollectContext &context)
{
    if (Status ok = detail::checkCancelled(context); !ok)
        return ok.error();
    switch (link.kind) {
    case LinkKind::IssuerLink:
    case LinkKind::VitaeImport:
        return collectFromIssuerLink(link.issuerUrl, context);
    case LinkKind::CredentialOffer:
        return collectFromCredentialOffer(link, context);
    case LinkKind::DccRequest:
        return collectFromDccRequest(link, context);
    case LinkKind::Credential: {
        // Already the credential itself (e.g. from a QR code): nothing to fetch.
        CollectedCredentials collected;
        collected.source = QStringLiteral("pasted credential");
        collected.credentials.append({link.text.toUtf8(), collected.source});
        return collected;
    }
    default:
        return makeError(ErrorCode::Unsupported, QCoreApplication::translate("vitae", "This %1 does not hold credentials to collect.")
                                                         .arg(linkKindName(link.kind)));
    }
}

} // namespace vitae::exchange
