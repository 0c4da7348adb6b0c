// Verifies a credential of any format: structure, signature (with the
// issuer's key found and authorised), validity window, status and issuer
// trust. Offline wherever possible; what could not be checked is reported as
// unknown, never as passed.
#pragma once

#include "credential/Credential.h"
#include "net/Resolver.h"
#include "verify/TrustStore.h"
#include "verify/VerificationResult.h"

#include <functional>

namespace vitae::verify {

struct VerifyContext {
    net::Resolver *resolver = nullptr;  // null: offline
    const TrustStore *trust = nullptr;  // null: no trust lists
    QStringList holderDids;             // the learner's own DIDs (self-asserted detection)
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
    qint64 clockSkewSeconds = 300;      // allowance on validity windows
    QStringList languages = {QStringLiteral("en")};
    int depth = 0;                      // status-list credentials verify with depth 1
};

VerificationResult verifyCredential(const credential::Credential &credential, const VerifyContext &context);

// Parts used by verifyCredential, exposed for tests.
void checkValidityWindow(const credential::Credential &credential, const VerifyContext &context,
                         VerificationResult &result);
void checkStatus(const credential::Credential &credential, const VerifyContext &context, VerificationResult &result);
void checkIssuerTrust(const credential::Credential &credential, const VerifyContext &context,
                      VerificationResult &result);

} // namespace vitae::verify
