// What collecting credentials over the network needs from its caller: an
// HTTP client, the holder's key and DID, a transaction code (or a way to ask
// for one) and a cancel flag. Shared by the issuer-link, OpenID4VCI and
// VC-API flows.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"
#include "exchange/Importer.h"
#include "net/HttpClient.h"

#include <atomic>
#include <functional>
#include <optional>

namespace vitae::exchange {

// What an OpenID4VCI offer says about the transaction code it needs
// (tx_code), so the UI can ask for it in the right shape.
struct TxCodeRequest {
    int length = 0;                                   // 0: not said
    QString inputMode = QStringLiteral("numeric");    // "numeric" or "text"
    QString description;                              // the issuer's hint, as given (untrusted text)
    QString issuer;                                   // who asks, for the prompt
};

struct CollectContext {
    net::HttpClient *http = nullptr;                     // required for every network link
    const crypto::Ed25519KeyPair *holderKey = nullptr;   // required for offers and exchanges
    QString holderDid;                                   // did:key of holderKey
    QString txCode;                                      // given up front (e.g. --tx-code)
    // Asked (on the calling worker thread) when an offer needs a code and
    // txCode is empty; nullopt means the learner declined.
    std::function<std::optional<QString>(const TxCodeRequest &)> askTxCode;
    const std::atomic<bool> *cancel = nullptr;           // checked between requests
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
};

struct CollectedCredentials {
    QList<FoundCredential> credentials; // ready for previewImport / storeImport
    QString source;                     // e.g. "credential offer from https://issuer.example"
    QString issuer;                     // the issuer's address or name, when known
};

namespace detail {

// Cancelled when the caller's flag is set.
Status checkCancelled(const CollectContext &context);

// The caller's HTTP client, refusing what its rules refuse before any request.
Status checkAddress(const QUrl &url, const CollectContext &context, const QString &what);

// Sends through the caller's client with the caller's cancel flag.
Result<net::HttpResponse> send(const CollectContext &context, net::HttpRequest request);

// The JSON object in an answer, or an error sentence naming `what` ("the
// access token", "the issuer's metadata", ...): transport errors, HTTP
// statuses (with an OAuth error and its description when the body has
// one), a content type that is not JSON, JSON that does not parse.
Result<QJsonObject> jsonAnswer(const Result<net::HttpResponse> &answer, const QString &what);

// The OAuth "error" code of a 4xx JSON body (empty when there is none).
QString oauthError(const net::HttpResponse &response);

// Text from outside, shortened and stripped of control characters before it
// goes into a sentence.
QString outsideText(const QString &text, int maxLength = 200);

} // namespace detail

} // namespace vitae::exchange
