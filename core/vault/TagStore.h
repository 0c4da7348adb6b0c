// Tags and collections: names a learner puts on credentials to find and
// group them. A collection is a portfolio: its credentials keep the order
// the learner gives them (credential_tags.position, 0 first, no gaps).
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

    // Naming without credentials: an empty portfolio the learner fills later.
    // Errors: InvalidArgument (bad name), AlreadyExists.
    Status create(const QString &name, TagKind kind = TagKind::Collection);
    Result<bool> exists(const QString &name, TagKind kind = TagKind::Collection);
    // Errors: NotFound, AlreadyExists (the new name is taken), InvalidArgument.
    Status rename(const QString &from, const QString &to, TagKind kind = TagKind::Collection);
    // Deletes the name and its links; the credentials stay. NotFound if absent.
    Status removeTag(const QString &name, TagKind kind = TagKind::Collection);
    // Puts the credential at `position` (0 first; past the end: last) and
    // renumbers the rest. NotFound if the credential is not in it.
    Status move(qint64 credentialId, const QString &name, int position, TagKind kind = TagKind::Collection);

private:
    Result<qint64> idOf(const QString &name, TagKind kind);
    // Writes positions 0..n-1 in the order given.
    Status renumber(qint64 tagId, const QList<qint64> &credentialIds);

    Database &m_db;
};

} // namespace vitae::vault
