// Plain values that cross the vault's API (and threads).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace vitae::vault {

// A credential as stored: the exact bytes received plus the summary fields
// the list and search need without re-parsing.
struct CredentialRecord {
    qint64 id = 0;
    QByteArray raw;
    QByteArray rawSha256;      // filled in by the vault
    QString format;            // e.g. "ldp_vc", "jwt_vc", "dc+sd-jwt", "ob2-hosted"
    QString credentialId;      // the credential's own id, if it has one
    QString issuerId;
    QString issuerName;
    QString subjectId;
    QStringList types;
    QString name;
    QString description;
    QDateTime issuedAt;
    QDateTime validFrom;
    QDateTime validUntil;
    QString verificationStatus = QStringLiteral("unverified");
    QByteArray verificationJson;
    QDateTime verifiedAt;
    QString importSource;
    QDateTime importedAt;      // now, when left invalid
};

// What lists show: everything but the raw bytes and verification details.
struct CredentialSummary {
    qint64 id = 0;
    QString format;
    QString name;
    QString issuerName; // its identifier when the issuer gave no name
    QStringList types;
    QDateTime issuedAt;
    QDateTime validUntil;
    QString verificationStatus;
    QDateTime importedAt;
};

struct EvidenceRecord {
    qint64 id = 0;
    qint64 credentialId = 0; // 0: not attached to a credential
    QString name;
    QString mediaType;
    QByteArray sha256;       // filled in by the vault
    qint64 size = 0;
    QByteArray data;         // empty in listings
    QDateTime addedAt;
};

struct ShareRecord {
    qint64 id = 0;
    QDateTime sharedAt;
    QString verifier;
    QString domain;
    QString challenge;
    QString channel;          // "qr", "file", "link", "openid4vp"
    QList<qint64> credentialIds;
    QByteArray disclosedJson; // what was disclosed, as JSON
};

struct VaultCounts {
    qint64 credentials = 0;
    qint64 evidence = 0;
    qint64 tags = 0;
    qint64 shares = 0;
    qint64 holderKeys = 0;
};

} // namespace vitae::vault
