#include "gui/ConsentOptions.h"

#include "gui/ClaimText.h"

#include <QCoreApplication>
#include <QSet>

namespace vitae::gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vitae::gui", text); // the context lupdate gives tr() here
}

QString claimKey(const present::DcqlClaim &claim, qsizetype index)
{
    return claim.id.isEmpty() ? QString::number(index) : claim.id;
}

QString pathLabel(const QJsonArray &path)
{
    QStringList steps;
    for (const QJsonValue &step : path)
        steps.append(step.isNull() ? QStringLiteral("*") : step.isDouble() ? QString::number(step.toInteger()) : step.toString());
    return claimLabel(QLatin1Char('/') + steps.join(QLatin1Char('/')));
}

QString formatWords(const QString &format)
{
    if (format == QLatin1String("dc+sd-jwt") || format == QLatin1String("vc+sd-jwt"))
        return tr("an SD-JWT credential");
    if (format == QLatin1String("ldp_vc"))
        return tr("a JSON-LD credential");
    if (format == QLatin1String("jwt_vc_json"))
        return tr("a JWT credential");
    return tr("a %1 credential").arg(format);
}

QString whatIsAsked(const present::DcqlCredentialQuery &query)
{
    const QStringList types = !query.vctValues.isEmpty() ? query.vctValues
            : query.typeValues.isEmpty()                 ? QStringList()
                                                         : query.typeValues.first();
    if (types.isEmpty())
        return formatWords(query.format);
    return tr("%1 of type %2").arg(formatWords(query.format), types.join(QStringLiteral(" or ")));
}

// The claim sets of a query as lists of claim keys; no claim_sets means
// one set of every claim.
QList<QStringList> claimSetsOf(const present::DcqlCredentialQuery &query)
{
    if (!query.claimSets.isEmpty())
        return query.claimSets;
    QStringList all;
    for (qsizetype i = 0; i < query.claims.size(); ++i)
        all.append(claimKey(query.claims.at(i), i));
    return {all};
}

// Reuses matchDcql for one credential and one claim set, so the rules for
// paths, values and formats live in one place.
std::optional<present::DcqlMatch> matchOne(present::DcqlCredentialQuery query, const QStringList &set,
                                           const credential::Credential &credential)
{
    if (!query.claimSets.isEmpty()) {
        query.claimSets = {set};
    }
    present::DcqlQuery single;
    single.credentials = {query};
    Result<QList<present::DcqlMatch>> matched = present::matchDcql(single, {credential});
    if (!matched || matched->size() != 1)
        return std::nullopt;
    return matched->first();
}

CandidateCredential candidateFor(const present::DcqlCredentialQuery &query, const present::PresentItem &item, int heldIndex)
{
    CandidateCredential candidate;
    candidate.heldIndex = heldIndex;
    candidate.vaultId = item.vaultId;
    candidate.title = item.credential.title;
    candidate.issuer = item.credential.issuerName.isEmpty() ? item.credential.issuerId : item.credential.issuerName;
    candidate.selective = item.credential.format == credential::Format::SdJwtVc;
    for (const QStringList &set : claimSetsOf(query)) {
        if (std::optional<present::DcqlMatch> match = matchOne(query, set, item.credential)) {
            match->heldIndex = heldIndex;
            // matchDcql lists an SD-JWT's pointers in the claim set's order.
            for (qsizetype k = 0; k < set.size() && k < match->disclose.size(); ++k)
                candidate.values.insert(set.at(k), claimValue(item.credential.document, match->disclose.at(k)));
            candidate.options.append({set, *match});
        }
    }
    QSet<QString> inAny;
    for (const DisclosureOption &option : std::as_const(candidate.options))
        for (const QString &key : option.claimKeys)
            inAny.insert(key);
    for (qsizetype i = 0; i < query.claims.size(); ++i) {
        const QString key = claimKey(query.claims.at(i), i);
        if (!inAny.contains(key))
            continue;
        candidate.claims.append({key, pathLabel(query.claims.at(i).path)});
        const bool inEvery = std::all_of(candidate.options.cbegin(), candidate.options.cend(),
                                         [&](const DisclosureOption &option) { return option.claimKeys.contains(key); });
        if (inEvery)
            candidate.requiredKeys.append(key);
    }
    return candidate;
}

} // namespace

ConsentOptions consentOptionsFor(const present::DcqlQuery &query, const QList<present::PresentItem> &held)
{
    QList<credential::Credential> credentials;
    for (const present::PresentItem &item : held)
        credentials.append(item.credential);
    // Which queries must be answered (credential_sets), and whether they
    // can be: matchDcql decides and words what is missing.
    const Result<QList<present::DcqlMatch>> wanted = present::matchDcql(query, credentials);
    ConsentOptions out;
    if (!wanted)
        out.problem = wanted.message();
    for (const present::DcqlCredentialQuery &credentialQuery : query.credentials) {
        const bool asked = !wanted || std::any_of(wanted->cbegin(), wanted->cend(), [&](const present::DcqlMatch &match) {
            return match.queryId == credentialQuery.id;
        });
        if (!asked)
            continue;
        RequestedCredential requested{credentialQuery.id, whatIsAsked(credentialQuery), {}};
        for (qsizetype i = 0; i < held.size(); ++i) {
            CandidateCredential candidate = candidateFor(credentialQuery, held.at(i), int(i));
            if (!candidate.options.isEmpty())
                requested.candidates.append(std::move(candidate));
        }
        out.requested.append(std::move(requested));
    }
    return out;
}

int optionAfterToggle(const CandidateCredential &candidate, int current, const QString &key, bool on)
{
    QSet<QString> wanted;
    if (current >= 0 && current < candidate.options.size())
        for (const QString &claim : candidate.options.at(current).claimKeys)
            wanted.insert(claim);
    if (on)
        wanted.insert(key);
    else
        wanted.remove(key);
    int best = -1;
    qsizetype bestDistance = 0;
    for (int i = 0; i < candidate.options.size(); ++i) {
        const QStringList &keys = candidate.options.at(i).claimKeys;
        if (keys.contains(key) != on)
            continue;
        const QSet<QString> mine(keys.cbegin(), keys.cend());
        const qsizetype distance = (mine - wanted).size() + (wanted - mine).size();
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace vitae::gui
