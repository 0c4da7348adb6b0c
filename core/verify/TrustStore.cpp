#include "verify/TrustStore.h"

#include "json/JsonParser.h"

#include <QJsonArray>
#include <QCoreApplication>

namespace vitae::verify {

Status TrustStore::addList(QByteArrayView json, const QString &fallbackName)
{
    Result<QJsonObject> list = json::parseJsonObject(json);
    if (!list)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The trust list is not valid JSON: %1").arg(list.message()));
    QList<TrustedIssuer> issuers;
    if (list->contains(QLatin1String("vitaeTrustList"))) {
        if (list->value(QLatin1String("vitaeTrustList")).toInt() != 1)
            return makeError(ErrorCode::VersionTooNew, QCoreApplication::translate("vitae", "The trust list is of a newer version than Vitae reads."));
        const QString name = list->value(QLatin1String("name")).toString(fallbackName);
        for (const QJsonValue &value : list->value(QLatin1String("issuers")).toArray()) {
            const QJsonObject entry = value.toObject();
            const QString id = entry.value(QLatin1String("id")).toString();
            if (id.isEmpty())
                return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "An issuer in the trust list has no id."));
            issuers.append({id, entry.value(QLatin1String("name")).toString(), entry.value(QLatin1String("url")).toString(), name});
        }
    } else if (list->value(QLatin1String("registry")).isObject() || list->value(QLatin1String("entries")).isObject()) {
        const QJsonObject meta = list->value(QLatin1String("meta")).toObject();
        const QString name = meta.value(QLatin1String("name")).toString(fallbackName);
        // Published registry.json files use "registry"; some copies "entries".
        const QJsonObject registry = list->value(QLatin1String("registry")).isObject()
                ? list->value(QLatin1String("registry")).toObject()
                : list->value(QLatin1String("entries")).toObject();
        for (auto it = registry.begin(); it != registry.end(); ++it) {
            const QJsonObject entry = it.value().toObject();
            issuers.append({it.key(), entry.value(QLatin1String("name")).toString(), entry.value(QLatin1String("url")).toString(), name});
        }
    } else {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "This is neither a Vitae trust list nor an issuer registry."));
    }
    for (const TrustedIssuer &issuer : issuers)
        add(issuer);
    return {};
}

void TrustStore::add(const TrustedIssuer &issuer)
{
    m_issuers.insert(issuer.id, issuer);
}

std::optional<TrustedIssuer> TrustStore::find(const QString &issuerId) const
{
    const auto it = m_issuers.constFind(issuerId);
    if (it == m_issuers.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace vitae::verify
