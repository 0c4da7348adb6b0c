// One model for every credential format Vitae reads. The UI, the vault and
// exports use only this; format readers fill it in.
#pragma once

#include "jose/SdJwt.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitae::credential {

enum class Format {
    LdpVc,     // W3C VC 1.1 / 2.0 JSON-LD with embedded proofs (Open Badges 3.0, CLR 2.0)
    JwtVc,     // VC 1.1 JWT ("vc" claim) or VC-JOSE (vc+jwt)
    SdJwtVc,   // SD-JWT VC (dc+sd-jwt, vc+sd-jwt)
    Ob2Hosted, // Open Badges 2.0 hosted assertion: not cryptographically signed
};

// Stable names, as stored in the vault and printed by vitae-cli.
QString formatName(Format format);

struct Alignment {
    QString targetName;
    QString targetUrl;
    QString targetFramework;
    QString targetCode;
};

struct Achievement {
    QString id;
    QStringList types;
    QString name;
    QString description;
    QString criteria;        // narrative, or the criteria URL
    QString image;
    QString achievementType; // e.g. Certificate, Badge, Degree
    QList<Alignment> alignments;
};

struct Evidence {
    QString id;
    QString name;
    QString description;
};

struct Credential {
    QByteArray raw;        // the exact bytes received
    Format format = Format::LdpVc;
    QString id;
    QStringList types;
    QString title;
    QString description;
    QString issuerId;
    QString issuerName;
    QString issuerImage;
    QString subjectId;
    QString subjectName;
    QDateTime issuedAt;
    QDateTime validFrom;
    QDateTime validUntil;
    std::optional<Achievement> achievement;
    QList<Evidence> evidence;
    QJsonArray results;          // Open Badges 3.0 result entries, as given
    QList<QJsonObject> statusEntries;
    // SD-JWT: JSON pointers of the claims that can be disclosed or withheld.
    QStringList disclosableClaims;

    // What the proofs cover: the whole JSON-LD document; for a JWT the
    // payload; for SD-JWT the claims after applying the disclosures.
    QJsonObject document;
    std::optional<jose::Jws> jws;     // JWT VC and the SD-JWT issuer JWT
    std::optional<jose::SdJwt> sdJwt;
    // CLR 2.0: the credentials inside, each read (and verified) on its own.
    QList<Credential> nested;

    bool hasType(const QString &type) const { return types.contains(type); }
};

} // namespace vitae::credential
