#include "portfolio/Skills.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace vitae::portfolio {

namespace {

struct Collector {
    QMap<QPair<QString, QString>, Skill> skills; // (framework, name lower case)

    void add(const QString &name, const QString &framework, const QString &url, const SkillSource &source)
    {
        const QString trimmed = name.simplified();
        if (trimmed.isEmpty())
            return;
        Skill &skill = skills[{framework, trimmed.toLower()}];
        if (skill.name.isEmpty()) {
            skill.name = trimmed;
            skill.framework = framework;
            skill.url = url;
        }
        const bool known = std::any_of(skill.sources.cbegin(), skill.sources.cend(), [&](const SkillSource &s) {
            return s.credentialId == source.credentialId && s.how == source.how;
        });
        if (!known)
            skill.sources.append(source);
    }

    void addCredential(const credential::Credential &credential, qint64 id, bool selfAsserted)
    {
        const SkillSource base{id, credential.title, QString(), selfAsserted};
        auto source = [&](const char *how) {
            SkillSource s = base;
            s.how = QString::fromLatin1(how);
            return s;
        };
        if (credential.achievement) {
            for (const credential::Alignment &alignment : credential.achievement->alignments)
                add(alignment.targetName, alignment.targetFramework, alignment.targetUrl, source("alignment"));
        }
        const QJsonObject achievement = credential.document.value(QLatin1String("credentialSubject")).toObject()
                                                .value(QLatin1String("achievement")).toObject();
        for (const QJsonValue &tag : achievement.value(QLatin1String("tag")).toArray())
            add(tag.toString(), QString(), QString(), source("tag"));
        for (const QJsonValue &result : achievement.value(QLatin1String("resultDescription")).toArray())
            add(result.toObject().value(QLatin1String("name")).toString(), QString(), QString(), source("result"));
        for (const credential::Credential &inner : credential.nested)
            addCredential(inner, id, selfAsserted);
    }
};

} // namespace

bool Skill::attested() const
{
    return std::any_of(sources.cbegin(), sources.cend(), [](const SkillSource &s) { return !s.selfAsserted; });
}

QList<Skill> collectSkills(const QList<HeldCredential> &credentials)
{
    Collector collector;
    for (const HeldCredential &held : credentials)
        collector.addCredential(held.credential, held.id, held.selfAsserted);
    // QMap keeps (framework, name) order already.
    return collector.skills.values();
}

QList<Skill> searchSkills(const QList<Skill> &skills, const QString &query)
{
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<Skill> found;
    for (const Skill &skill : skills) {
        const QString haystack = skill.name + QLatin1Char(' ') + skill.framework;
        if (std::all_of(words.cbegin(), words.cend(),
                        [&](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); }))
            found.append(skill);
    }
    return found;
}

} // namespace vitae::portfolio
