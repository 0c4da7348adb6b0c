// Tags and collections: names a learner puts on credentials to find and
// group them.
#pragma once

#include "common/Result.h"

#include <QStringList>

namespace vitae::vault {

class Database;

enum class TagKind { Tag, Collection };

class TagStore {
public:
    explicit TagStore(Database &db) : m_db(db) {}

    // Puts the tag on the credential, creating the tag on first use.
    Status attach(qint64 credentialId, const QString &name, TagKind kind = TagKind::Tag);
    Status detach(qint64 credentialId, const QString &name, TagKind kind = TagKind::Tag);
    Result<QStringList> tagsOf(qint64 credentialId, TagKind kind = TagKind::Tag);
    Result<QList<qint64>> credentialsWith(const QString &name, TagKind kind = TagKind::Tag);
    Result<QStringList> all(TagKind kind = TagKind::Tag);

private:
    Database &m_db;
};

} // namespace vitae::vault
