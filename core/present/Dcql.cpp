#include "present/Dcql.h"

#include <QSet>
#include <QCoreApplication>

#include <optional>

namespace vitae::present {

namespace {

using credential::Format;

Error malformed(const QString &what)
{
    return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The verifier's request is malformed: %1.").arg(what));
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

Result<DcqlClaim> parseClaim(const QJsonObject &object)
{
    DcqlClaim claim{object.value(QLatin1String("id")).toString(), object.value(QLatin1String("path")).toArray(),
                    object.value(QLatin1String("values")).toArray()};
    if (claim.path.isEmpty())
        return malformed(QStringLiteral("a claim has no path"));
    for (const QJsonValue &step : claim.path) {
        const bool index = step.isDouble() && step.toDouble() >= 0 && step.toDouble() == double(step.toInteger());
        if (!step.isString() && !step.isNull() && !index)
            return malformed(QStringLiteral("a claim path holds something other than names and indices"));
    }
    return claim;
}

Result<DcqlCredentialQuery> parseCredentialQuery(const QJsonObject &object)
{
    DcqlCredentialQuery query;
    query.id = object.value(QLatin1String("id")).toString();
    query.format = object.value(QLatin1String("format")).toString();
    if (query.id.isEmpty() || query.format.isEmpty())
        return malformed(QStringLiteral("a credential query lacks its id or format"));
    const QJsonObject meta = object.value(QLatin1String("meta")).toObject();
    query.vctValues = stringList(meta.value(QLatin1String("vct_values")));
    for (const QJsonValue &types : meta.value(QLatin1String("type_values")).toArray())
        query.typeValues.append(stringList(types));
    QSet<QString> claimIds;
    for (const QJsonValue &value : object.value(QLatin1String("claims")).toArray()) {
        Result<DcqlClaim> claim = parseClaim(value.toObject());
        if (!claim)
            return claim.error();
        claimIds.insert(claim->id);
        query.claims.append(*claim);
    }
    for (const QJsonValue &set : object.value(QLatin1String("claim_sets")).toArray()) {
        const QStringList ids = stringList(set);
        for (const QString &id : ids)
            if (id.isEmpty() || !claimIds.contains(id))
                return malformed(QStringLiteral("claim_sets of \"%1\" names an unknown claim \"%2\"").arg(query.id, id));
        query.claimSets.append(ids);
    }
    return query;
}

// The values a DCQL path selects in `document` (null steps fan out).
QList<QPair<QStringList, QJsonValue>> select(const QJsonValue &document, const QJsonArray &path)
{
    QList<QPair<QStringList, QJsonValue>> current{{QStringList(), document}};
    for (const QJsonValue &step : path) {
        QList<QPair<QStringList, QJsonValue>> next;
        for (const auto &[pointer, value] : current) {
            if (step.isString() && value.isObject() && value.toObject().contains(step.toString())) {
                next.append({pointer + QStringList{step.toString()}, value.toObject().value(step.toString())});
            } else if (step.isDouble() && value.isArray() && step.toInteger() < value.toArray().size()) {
                next.append({pointer + QStringList{QString::number(step.toInteger())}, value.toArray().at(step.toInteger())});
            } else if (step.isNull() && value.isArray()) {
                const QJsonArray array = value.toArray();
                for (qsizetype i = 0; i < array.size(); ++i)
                    next.append({pointer + QStringList{QString::number(i)}, array.at(i)});
            }
        }
        current = next;
    }
    return current;
}

// The JSON pointer of a claim for disclosure: up to its last named step.
std::optional<QString> claimPointer(const QJsonObject &document, const DcqlClaim &claim)
{
    const auto found = select(document, claim.path);
    for (const auto &[pointer, value] : found) {
        if (value.isNull() || value.isUndefined())
            continue;
        if (!claim.values.isEmpty() && !claim.values.contains(value))
            continue;
        // A wildcard discloses the whole array it runs over.
        QStringList steps = pointer;
        for (qsizetype i = 0; i < claim.path.size(); ++i)
            if (claim.path.at(i).isNull()) {
                steps = steps.mid(0, i);
                break;
            }
        return QLatin1Char('/') + steps.join(QLatin1Char('/'));
    }
    return std::nullopt;
}

QString pathText(const QJsonArray &path)
{
    QStringList parts;
    for (const QJsonValue &step : path)
        parts.append(step.isNull() ? QStringLiteral("*") : step.isDouble() ? QString::number(step.toInteger()) : step.toString());
    return parts.join(QLatin1Char('.'));
}

bool formatMatches(const QString &format, Format held)
{
    if (format == QLatin1String("dc+sd-jwt") || format == QLatin1String("vc+sd-jwt"))
        return held == Format::SdJwtVc;
    if (format == QLatin1String("ldp_vc"))
        return held == Format::LdpVc;
    if (format == QLatin1String("jwt_vc_json"))
        return held == Format::JwtVc;
    return false;
}

bool typesMatch(const DcqlCredentialQuery &query, const credential::Credential &credential)
{
    if (!query.vctValues.isEmpty() && !query.vctValues.contains(credential.types.value(0)))
        return false;
    if (query.typeValues.isEmpty())
        return true;
    return std::any_of(query.typeValues.cbegin(), query.typeValues.cend(), [&](const QStringList &types) {
        return std::all_of(types.cbegin(), types.cend(), [&](const QString &type) {
            // Types may be given as full IRIs; compare their last segment too.
            return credential.types.contains(type) || credential.types.contains(type.section(QLatin1Char('#'), -1));
        });
    });
}

// The claims of the first claim set this credential satisfies.
std::optional<DcqlMatch> tryMatch(const DcqlCredentialQuery &query, const credential::Credential &credential)
{
    if (!formatMatches(query.format, credential.format) || !typesMatch(query, credential))
        return std::nullopt;
    QList<QStringList> sets = query.claimSets;
    if (sets.isEmpty()) {
        QStringList all;
        for (qsizetype i = 0; i < query.claims.size(); ++i)
            all.append(QString::number(i));
        sets.append(all);
    }
    // For JWT VCs the claims are paths into the vc object or the payload.
    const QJsonObject document = credential.document;
    for (const QStringList &set : std::as_const(sets)) {
        DcqlMatch match;
        match.queryId = query.id;
        bool satisfied = true;
        for (const QString &id : set) {
            const DcqlClaim *claim = nullptr;
            for (qsizetype i = 0; i < query.claims.size(); ++i)
                if ((query.claimSets.isEmpty() && QString::number(i) == id) || query.claims.at(i).id == id)
                    claim = &query.claims.at(i);
            const std::optional<QString> pointer = claim ? claimPointer(document, *claim) : std::nullopt;
            if (!pointer) {
                satisfied = false;
                break;
            }
            match.shown.append(pathText(claim->path));
            if (credential.format == Format::SdJwtVc)
                match.disclose.append(*pointer);
        }
        if (satisfied) {
            if (credential.format != Format::SdJwtVc)
                match.shown = QStringList{QStringLiteral("whole credential")};
            return match;
        }
    }
    return std::nullopt;
}

} // namespace

Result<DcqlQuery> parseDcql(const QJsonObject &object)
{
    DcqlQuery query;
    const QJsonArray credentials = object.value(QLatin1String("credentials")).toArray();
    if (credentials.isEmpty())
        return malformed(QStringLiteral("it asks for no credentials"));
    QSet<QString> ids;
    for (const QJsonValue &value : credentials) {
        Result<DcqlCredentialQuery> credential = parseCredentialQuery(value.toObject());
        if (!credential)
            return credential.error();
        if (ids.contains(credential->id))
            return malformed(QStringLiteral("two credential queries are both called \"%1\"").arg(credential->id));
        ids.insert(credential->id);
        query.credentials.append(*credential);
    }
    for (const QJsonValue &value : object.value(QLatin1String("credential_sets")).toArray()) {
        DcqlCredentialSet set;
        set.required = value.toObject().value(QLatin1String("required")).toBool(true);
        for (const QJsonValue &option : value.toObject().value(QLatin1String("options")).toArray()) {
            const QStringList optionIds = stringList(option);
            for (const QString &id : optionIds)
                if (!ids.contains(id))
                    return malformed(QStringLiteral("credential_sets names an unknown query \"%1\"").arg(id));
            set.options.append(optionIds);
        }
        if (set.options.isEmpty())
            return malformed(QStringLiteral("a credential set has no options"));
        query.credentialSets.append(set);
    }
    return query;
}

Result<QList<DcqlMatch>> matchDcql(const DcqlQuery &query, const QList<credential::Credential> &held)
{
    QHash<QString, DcqlMatch> answers;
    QHash<QString, QString> missing; // query id -> what it asked for
    for (const DcqlCredentialQuery &credentialQuery : query.credentials) {
        if (!formatMatches(credentialQuery.format, Format::SdJwtVc) && !formatMatches(credentialQuery.format, Format::LdpVc)
            && !formatMatches(credentialQuery.format, Format::JwtVc)) {
            missing.insert(credentialQuery.id, QStringLiteral("a %1 credential, a format Vitae does not hold").arg(credentialQuery.format));
            continue;
        }
        for (qsizetype i = 0; i < held.size(); ++i) {
            if (std::optional<DcqlMatch> match = tryMatch(credentialQuery, held.at(i))) {
                match->heldIndex = int(i);
                answers.insert(credentialQuery.id, *match);
                break;
            }
        }
        if (!answers.contains(credentialQuery.id)) {
            const QStringList types = credentialQuery.vctValues.isEmpty() && !credentialQuery.typeValues.isEmpty()
                    ? credentialQuery.typeValues.first() : credentialQuery.vctValues;
            missing.insert(credentialQuery.id, QStringLiteral("a %1 credential %2").arg(credentialQuery.format, types.join(QStringLiteral(" or "))).trimmed());
        }
    }

    // Which queries must be answered: every one, or per credential set the
    // first option fully answered (a required set must have one).
    QStringList wanted;
    if (query.credentialSets.isEmpty()) {
        for (const DcqlCredentialQuery &credentialQuery : query.credentials)
            wanted.append(credentialQuery.id);
    } else {
        for (const DcqlCredentialSet &set : query.credentialSets) {
            const auto answered = std::find_if(set.options.cbegin(), set.options.cend(), [&](const QStringList &option) {
                return std::all_of(option.cbegin(), option.cend(), [&](const QString &id) { return answers.contains(id); });
            });
            if (answered != set.options.cend())
                wanted.append(*answered);
            else if (set.required)
                wanted.append(set.options.first());
        }
    }
    QList<DcqlMatch> out;
    for (const QString &id : std::as_const(wanted)) {
        if (!answers.contains(id)) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("vitae", "You hold no credential that answers this request: it asks for %1.").arg(missing.value(id)));
        }
        if (std::none_of(out.cbegin(), out.cend(), [&](const DcqlMatch &m) { return m.queryId == id; }))
            out.append(answers.value(id));
    }
    return out;
}

} // namespace vitae::present
