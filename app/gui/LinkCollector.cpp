#include "gui/LinkCollector.h"

#include "credential/CredentialReader.h"
#include "gui/AppHttpLimits.h"
#include "exchange/Collect.h"
#include "net/CancellableResolver.h"
#include "net/HttpResolver.h"
#include "verify/Verifier.h"

#include <QCoreApplication>

namespace vitae::gui {

LinkCollection collectLink(const exchange::Link &link, const QString &txCode, const crypto::Ed25519KeyPair &holderKey,
                           const QString &holderDid, const std::atomic<bool> &cancel)
{
    LinkCollection out;
    net::HttpResolver http(appHttpLimits());
    exchange::CollectContext context;
    context.http = &http;
    context.holderKey = &holderKey;
    context.holderDid = holderDid;
    context.txCode = txCode;
    context.cancel = &cancel;
    context.askTxCode = [&out](const exchange::TxCodeRequest &request) {
        out.txCodeAsked = request; // the learner is asked on the GUI thread, then this runs again
        return std::optional<QString>();
    };
    Result<exchange::CollectedCredentials> collected = exchange::collectFromLink(link, context);
    if (!collected) {
        if (!out.txCodeAsked)
            out.error = collected.error();
        return out;
    }
    net::CancellableResolver resolver(http, cancel);
    verify::VerifyContext verifyContext;
    verifyContext.resolver = &resolver;
    verifyContext.holderDids = {holderDid};
    for (const exchange::FoundCredential &item : std::as_const(collected->credentials)) {
        if (cancel.load())
            return out; // the caller drops a cancelled collection whole
        exchange::ImportPreview preview;
        preview.found = item;
        Result<credential::Credential> credential = credential::readCredential(item.bytes);
        if (!credential) {
            preview.readError = credential.error();
        } else {
            preview.result = verify::verifyCredential(*credential, verifyContext);
            preview.credential = std::move(*credential);
        }
        out.previews.append(std::move(preview));
    }
    return out;
}

} // namespace vitae::gui
