// The Digital Credentials Query Language (OpenID4VP 1.0, section 6): what a
// verifier asks for, matched against the credentials the learner holds.
// Formats: dc+sd-jwt (claims disclosed one by one), ldp_vc and jwt_vc_json
// (whole credentials). mso_mdoc is not held by Vitae.
#pragma once

#include "common/Result.h"
#include "credential/Credential.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vitae::present {

struct DcqlClaim {
    QString id;
    QJsonArray path;   // strings (keys), non-negative integers, null (every element)
    QJsonArray values; // when given, the claim must hold one of these
};

struct DcqlCredentialQuery {
    QString id;
    QString format;
    QStringList vctValues;          // dc+sd-jwt
    QList<QStringList> typeValues;  // ldp_vc / jwt_vc_json: any one list, all of its types
    QList<DcqlClaim> claims;
    QList<QStringList> claimSets;   // alternatives, in order of preference
};

struct DcqlCredentialSet {
    QList<QStringList> options;     // each a list of credential query ids
    bool required = true;
};

struct DcqlQuery {
    QList<DcqlCredentialQuery> credentials;
    QList<DcqlCredentialSet> credentialSets;
};

// Errors: InvalidInput naming what is malformed (no credentials, a query
// without id or format, a path that is not a list of keys and indices,
// claim_sets naming an unknown claim...).
Result<DcqlQuery> parseDcql(const QJsonObject &query);

struct DcqlMatch {
    QString queryId;
    int heldIndex = -1;      // into the held list
    // JSON pointers of the claims to disclose (SD-JWT); empty otherwise.
    QStringList disclose;
    // What the verifier gets, for the consent screen: claim paths, or
    // "whole credential".
    QStringList shown;
};

// The credentials that answer `query`: per credential query the first held
// credential that satisfies it (with the first claim set it can satisfy);
// credential_sets decide which queries must be answered. Errors:
// NotFound "You hold no credential that answers <id> (<format>, <types>)"
// for a required query; Unsupported for a format Vitae does not hold.
Result<QList<DcqlMatch>> matchDcql(const DcqlQuery &query, const QList<credential::Credential> &held);

} // namespace vitae::present
