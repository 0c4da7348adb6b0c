// Answering a verifier's OpenID for Verifiable Presentations 1.0 request
// (openid4vp://): the request by value or by reference (a request object
// JWT), a DCQL query matched against the learner's credentials, the
// learner's consent to exactly what will be disclosed, and the answer
// posted back (response_mode direct_post). Presentation Exchange
// definitions are refused with a clear sentence: Vitae answers DCQL.
#pragma once

#include "common/Result.h"
#include "exchange/DeepLink.h"
#include "net/HttpClient.h"
#include "present/Dcql.h"
#include "present/Presentation.h"

#include <QJsonObject>

namespace vitae::present {

struct VerifierRequest {
    QString clientId;       // exactly as sent, prefix included
    QString verifierName;   // client_metadata.client_name (untrusted text), else the response host
    // How the verifier's identity was established, in a sentence for the
    // consent screen, and whether it was (signed by the DID it names).
    QString identity;
    bool identityChecked = false;
    QUrl responseUri;
    QString nonce;
    QString state;
    DcqlQuery query;
};

// Reads the request in `link` (fetching request_uri through `http`). Errors
// (InvalidInput / Unsupported / Network) are sentences: a response mode
// other than direct_post, a missing nonce, a request object signed by
// someone other than the client it names, a Presentation Exchange request.
Result<VerifierRequest> readVerifierRequest(const exchange::Link &link, net::HttpClient &http);

struct VerifierAnswer {
    QJsonObject vpToken;     // {credential query id: [presentation]}
    QJsonArray disclosed;    // per credential: title, what was shown (for consent and the share log)
};

// One presentation per match, bound to the request's nonce and client_id
// (SD-JWT: KB-JWT aud/nonce; VP: challenge/domain; jwt_vc_json: a JWT VP).
Result<VerifierAnswer> answerVerifier(const VerifierRequest &request, const QList<DcqlMatch> &matches,
                                      const QList<PresentItem> &held, const crypto::Ed25519KeyPair &holderKey,
                                      const QString &holderDid);

// Posts the answer (form: vp_token, state). Returns the verifier's
// redirect_uri, if it gave one. Errors name the verifier's refusal.
Result<QUrl> sendAnswer(const VerifierRequest &request, const VerifierAnswer &answer, net::HttpClient &http);

} // namespace vitae::present
