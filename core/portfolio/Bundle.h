// A verifiable portfolio bundle: one JSON file holding the chosen
// credentials (exact bytes), the evidence files with their digests, and
// snapshots of what verifying them needed from the network at export time
// (DID documents, status lists, each with its retrieval time), the
// entries of the learner's trust lists that vouch for its issuers (each
// with its list's retrieval time; TrustSnapshot.h), all signed
// by the holder (eddsa-jcs-2022), so the bundle alone verifies offline,
// years later, and any change to it or to an evidence file is detected.
// The PDF export embeds exactly these bytes as a file attachment.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"
#include "net/Resolver.h"
#include "portfolio/TrustSnapshot.h"
#include "verify/Verifier.h"

#include <QJsonObject>

#include <optional>

namespace vitae::portfolio {

// Format 1.0; 1.1 added "trustListEntries" (docs/formats/vitae-bundle.md).
// Readers take any 1.x and ignore what they do not know.
inline constexpr int kBundleMajorVersion = 1;
inline constexpr int kBundleMinorVersion = 1;
inline constexpr qint64 kMaxBundleBytes = 512LL * 1024 * 1024;

struct BundleEvidence {
    QString name;
    QString mediaType;
    QByteArray data;
    int credentialIndex = -1; // the credential it belongs to, -1 for none
};

struct BundleInput {
    QString title;                 // e.g. "Application to Riverside Logistics"
    QString learnerName;
    QList<QByteArray> credentials; // exact stored bytes
    QList<BundleEvidence> evidence;
    QList<net::FetchedDocument> snapshots;
    QList<TrustListCopy> trustLists; // the learner's; only entries for the issuers here are kept
    QList<TrustSnapshot> trustEntries; // found by the caller (lists already loaded); trustLists' come first
    QDateTime now;                 // invalid: the current time
};

// The signed bundle as compact JSON, credentials and evidence in the order
// given. Errors: InvalidArgument (no credentials, evidence pointing
// nowhere, a trust list that cannot be read), InvalidInput (signing failed).
Result<QByteArray> makeBundle(const BundleInput &input, const crypto::Ed25519KeyPair &holderKey, const QString &holderDid);

// A resolver that passes fetches on to `inner` and keeps a copy of every
// document that came back: verifying with it at export time yields the
// bundle's snapshots.
class RecordingResolver : public net::Resolver {
public:
    explicit RecordingResolver(net::Resolver *inner) : m_inner(inner) {}
    Result<net::FetchedDocument> fetch(const QUrl &url) override;
    QList<net::FetchedDocument> recorded() const { return m_recorded; }

private:
    net::Resolver *m_inner;
    QList<net::FetchedDocument> m_recorded;
};

struct BundleCredentialResult {
    QByteArray raw;
    std::optional<credential::Credential> credential;
    verify::VerificationResult result;
};

struct BundleVerification {
    QString title;
    QString learnerName;
    QString holder;
    QDateTime created;
    // Bundle-level checks: "format", "holder-proof", "evidence", "snapshots".
    verify::VerificationResult bundle;
    QList<TrustSnapshot> trustSnapshots; // as saved in the bundle
    QList<BundleCredentialResult> credentials;

    verify::Verdict verdict() const;
    QJsonObject toJson() const;
};

// Checks the holder's signature over everything, every evidence digest
// (and that each self-asserted entry's committed evidence is present and
// unchanged), and every credential with the credential engine, resolving
// first from the bundle's snapshots and then through `context.resolver`
// (null: the snapshots only). Issuers are looked up in `context.trust`
// first, then in the bundle's trust-list entries; one known only from those
// passes with code "issuer.registered-snapshot" naming the list and its
// retrieval time. Never fails: garbage gives a failed "format".
BundleVerification verifyBundle(QByteArrayView bytes, const verify::VerifyContext &context);

// Whether bytes look like a bundle (cheap; for routing `vitae-cli verify`).
bool looksLikeBundle(QByteArrayView bytes);

} // namespace vitae::portfolio
