#include "gui/PortfolioListing.h"

#include <QCoreApplication>
#include <QHash>

namespace vitae::gui {

namespace {

// What a credential is to the learner: their own entry, someone's
// endorsement, or a credential an issuer gave them.
QString kindOf(const vault::CredentialRecord &record, const QString &holderDid)
{
    if (record.types.contains(QLatin1String("EndorsementCredential")))
        return QStringLiteral("endorsement");
    if (!holderDid.isEmpty() && record.issuerId == holderDid)
        return QStringLiteral("entry");
    return QStringLiteral("credential");
}

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("entry"))
        return QCoreApplication::translate("PortfolioViewModel", "Experience entry, self-asserted");
    if (kind == QLatin1String("endorsement"))
        return QCoreApplication::translate("PortfolioViewModel", "Endorsement");
    return QCoreApplication::translate("PortfolioViewModel", "Credential");
}

} // namespace

Result<PortfolioListing> listPortfolios(vault::Vault &vault, const QString &current)
{
    PortfolioListing out;
    if (!vault.isUnlocked())
        return out;
    Result<QList<vault::CredentialSummary>> summaries = vault.credentials().list();
    if (!summaries)
        return summaries.error();
    QHash<qint64, QVariantMap> byId;
    QList<qint64> stored;
    for (const vault::CredentialSummary &summary : *summaries) {
        Result<vault::CredentialRecord> record = vault.credentials().get(summary.id);
        if (!record)
            return record.error();
        const QString kind = kindOf(*record, vault.holderDid());
        QStringList evidence;
        if (Result<QList<vault::EvidenceRecord>> files = vault.evidence().listFor(summary.id))
            for (const vault::EvidenceRecord &file : *files)
                evidence.append(file.name);
        const QVariantMap item{{QStringLiteral("credentialId"), summary.id},
                               {QStringLiteral("title"), record->name},
                               {QStringLiteral("issuer"), record->issuerName.isEmpty() ? record->issuerId : record->issuerName},
                               {QStringLiteral("selfAsserted"), kind == QLatin1String("entry")},
                               {QStringLiteral("kind"), kind},
                               {QStringLiteral("kindLabel"), kindLabel(kind)},
                               {QStringLiteral("evidence"), evidence}};
        out.all.append(item);
        byId.insert(summary.id, item);
        stored.append(summary.id);
        if (kind == QLatin1String("entry"))
            out.entries.append(QVariantMap{{QStringLiteral("credentialId"), summary.id},
                                           {QStringLiteral("title"), record->name},
                                           {QStringLiteral("description"), record->description},
                                           {QStringLiteral("evidence"), evidence}});
    }

    vault::TagStore tags = vault.tags();
    Result<QStringList> names = tags.all(vault::TagKind::Collection);
    if (!names)
        return names.error();
    for (const QString &name : std::as_const(*names)) {
        Result<QList<qint64>> ids = tags.credentialsWith(name, vault::TagKind::Collection);
        if (!ids)
            return ids.error();
        out.portfolios.append(QVariantMap{{QStringLiteral("name"), name}, {QStringLiteral("count"), ids->size()}});
        if (name != current)
            continue;
        out.current = name;
        for (qint64 id : std::as_const(*ids))
            out.items.append(byId.value(id));
        for (qint64 id : std::as_const(stored))
            if (!ids->contains(id))
                out.addable.append(byId.value(id));
    }
    return out;
}

} // namespace vitae::gui
