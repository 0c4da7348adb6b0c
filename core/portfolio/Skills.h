// The skills behind a learner's credentials, gathered in one place: Open
// Badges 3.0 alignments (to a framework such as O*NET or ESCO), achievement
// tags, result descriptions, the credentials inside a CLR, and the skills of
// self-asserted entries, each linked to the credentials that back it.
#pragma once

#include "credential/Credential.h"

namespace vitae::portfolio {

struct SkillSource {
    qint64 credentialId = 0;
    QString credentialTitle;
    QString how;           // "alignment", "tag", "result"
    bool selfAsserted = false;
};

struct Skill {
    QString name;
    QString framework;     // empty for a learner's or issuer's own words
    QString url;           // the framework's page for it, if given
    QList<SkillSource> sources;

    // Backed by at least one credential that someone else issued.
    bool attested() const;
};

struct HeldCredential {
    qint64 id = 0;
    credential::Credential credential;
    bool selfAsserted = false;
};

// One Skill per (framework, name), names compared without case; sorted by
// framework, then name.
QList<Skill> collectSkills(const QList<HeldCredential> &credentials);

// The skills whose name or framework contains every word of `query`.
QList<Skill> searchSkills(const QList<Skill> &skills, const QString &query);

} // namespace vitae::portfolio
