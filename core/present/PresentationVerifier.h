// The verifier's side: checks a presentation (a W3C VP or an SD-JWT+KB) the
// verifier was shown, against the challenge and domain the verifier itself
// chose, and every credential in it with the credential engine.
#pragma once

#include "credential/Credential.h"
#include "verify/Verifier.h"

#include <QDateTime>

#include <optional>

namespace vitae::present {

struct PresentationExpectations {
    QString challenge;      // the verifier's own; required
    QString domain;         // the verifier's own; empty: not checked
    QDateTime now;          // invalid: the current time
    int clockSkewSeconds = 300;
};

// The presentation-level checks (VerificationResult::checks):
namespace presentationCheck {
inline const QString Format = QStringLiteral("format");
inline const QString HolderProof = QStringLiteral("holder-proof");
inline const QString Challenge = QStringLiteral("challenge");
inline const QString Domain = QStringLiteral("domain");
inline const QString Expiry = QStringLiteral("expiry");
inline const QString Binding = QStringLiteral("binding");
} // namespace presentationCheck

struct PresentedCredential {
    std::optional<credential::Credential> credential;
    verify::VerificationResult result;
    QJsonObject disclosedClaims; // SD-JWT: what was disclosed; else the whole subject
    bool selectivelyDisclosed = false;
};

struct PresentationResult {
    QString holder;                        // the DID that signed
    verify::VerificationResult presentation; // the checks above
    QList<PresentedCredential> credentials;

    verify::Verdict verdict() const;        // the worst of everything
    QJsonObject toJson() const;
};

// Never fails: garbage gives a result whose "format" check failed with a
// sentence saying why.
PresentationResult verifyPresentation(QByteArrayView bytes, const PresentationExpectations &expectations,
                                      const verify::VerifyContext &context);

} // namespace vitae::present
