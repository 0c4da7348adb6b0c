#include "gui/SkillsViewModel.h"

#include "credential/CredentialReader.h"

namespace vitae::gui {

SkillsViewModel::SkillsViewModel(VaultWorker &worker, QObject *parent) : ViewModel(parent), m_worker(worker) {}

void SkillsViewModel::load()
{
    setBusy(true);
    m_worker.run(
            this,
            [](vault::Vault &vault) -> Result<QList<portfolio::Skill>> {
                if (!vault.isUnlocked())
                    return QList<portfolio::Skill>();
                Result<QList<vault::CredentialSummary>> summaries = vault.credentials().list();
                if (!summaries)
                    return summaries.error();
                QList<portfolio::HeldCredential> held;
                for (const vault::CredentialSummary &summary : *summaries) {
                    Result<vault::CredentialRecord> record = vault.credentials().get(summary.id);
                    if (!record)
                        return record.error();
                    if (Result<credential::Credential> credential = credential::readCredential(record->raw))
                        held.append({summary.id, *credential, credential->issuerId == vault.holderDid()});
                }
                return portfolio::collectSkills(held);
            },
            [this](Result<QList<portfolio::Skill>> skills) {
                setBusy(false);
                if (!skills)
                    return setError(skills.message());
                setError(QString());
                m_skills = *skills;
                regroup();
            });
}

void SkillsViewModel::search(const QString &query)
{
    m_query = query;
    regroup(); // a filter over a few hundred names: no need for a thread
}

void SkillsViewModel::regroup()
{
    const QList<portfolio::Skill> shown = portfolio::searchSkills(m_skills, m_query);
    m_groups.clear();
    QVariantList skills;
    QString framework;
    auto flush = [&] {
        if (!skills.isEmpty())
            m_groups.append(QVariantMap{
                    {QStringLiteral("framework"), framework.isEmpty() ? tr("In your and your issuers' own words") : framework},
                    {QStringLiteral("skills"), skills}});
        skills.clear();
    };
    for (const portfolio::Skill &skill : shown) { // sorted by framework
        if (skill.framework != framework) {
            flush();
            framework = skill.framework;
        }
        QVariantList sources;
        for (const portfolio::SkillSource &source : skill.sources)
            sources.append(QVariantMap{{QStringLiteral("credentialId"), source.credentialId},
                                       {QStringLiteral("title"), source.credentialTitle},
                                       {QStringLiteral("selfAsserted"), source.selfAsserted}});
        skills.append(QVariantMap{{QStringLiteral("name"), skill.name},
                                  {QStringLiteral("url"), skill.url},
                                  {QStringLiteral("attested"), skill.attested()},
                                  {QStringLiteral("note"), skill.attested() ? tr("Backed by a credential someone else issued")
                                                                            : tr("Only self-asserted so far")},
                                  {QStringLiteral("sources"), sources}});
    }
    flush();
    m_count = int(shown.size());
    emit skillsChanged();
}

void SkillsViewModel::clear()
{
    m_skills.clear();
    m_query.clear();
    setError(QString());
    setBusy(false);
    regroup();
}

} // namespace vitae::gui
