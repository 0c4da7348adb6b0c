// The issuers a learner (or their institution) recognises. Two formats are
// read:
//
// Vitae trust list (JSON):
//   {"vitaeTrustList": 1, "name": "My schools",
//    "issuers": [{"id": "did:web:college.example", "name": "Riverside College",
//                 "url": "https://college.example"}]}
//
// Digital Credentials Consortium issuer registry (the registry.json files
// of its member, community and sandbox registries):
//   {"meta": {"created": ..., "updated": ...}, "registry": {"did:web:college.example":
//       {"name": "Riverside College", "url": "...", "location": "..."}}}
// ("entries" is accepted in place of "registry").
#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace vitae::verify {

struct TrustedIssuer {
    QString id;
    QString name;
    QString url;
    QString listName; // which list vouches for it
};

class TrustStore {
public:
    // Adds the issuers of one list (either format). Errors: InvalidInput
    // naming what is wrong; nothing is added then.
    Status addList(QByteArrayView json, const QString &fallbackName);
    void add(const TrustedIssuer &issuer);
    std::optional<TrustedIssuer> find(const QString &issuerId) const;
    qsizetype size() const { return m_issuers.size(); }

private:
    QHash<QString, TrustedIssuer> m_issuers;
};

} // namespace vitae::verify
