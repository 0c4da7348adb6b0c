#include "vault/TagStore.h"

#include "vault/Database.h"

namespace vitae::vault {

namespace {
QString kindText(TagKind kind)
{
    return kind == TagKind::Collection ? QStringLiteral("collection") : QStringLiteral("tag");
}

Result<QStringList> collectTexts(Statement &select)
{
    QStringList texts;
    for (;;) {
        Result<bool> row = select.step();
        if (!row)
            return row.error();
        if (!*row)
            return texts;
        texts.append(select.text(0));
    }
}
} // namespace

Status TagStore::attach(qint64 credentialId, const QString &name, TagKind kind)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A tag needs a name of 1 to 200 characters."));
    Database::Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    Result<Statement> tag = m_db.prepare("INSERT OR IGNORE INTO tags (name, kind) VALUES (?, ?);");
    if (!tag)
        return tag.error();
    tag->bind(1, trimmed);
    tag->bind(2, kindText(kind));
    if (Status s = tag->run(); !s)
        return s;
    Result<Statement> link = m_db.prepare(
            "INSERT OR IGNORE INTO credential_tags (credential_ref, tag_ref, position) "
            "SELECT ?, id, (SELECT count(*) FROM credential_tags WHERE tag_ref = tags.id) "
            "FROM tags WHERE name = ? AND kind = ?;");
    if (!link)
        return link.error();
    link->bind(1, credentialId);
    link->bind(2, trimmed);
    link->bind(3, kindText(kind));
    if (Status s = link->run(); !s)
        return s.code() == ErrorCode::NotFound
                ? Status(makeError(ErrorCode::NotFound,
                                   QStringLiteral("There is no credential number %1.").arg(credentialId)))
                : s;
    return transaction.commit();
}

Status TagStore::detach(qint64 credentialId, const QString &name, TagKind kind)
{
    Result<Statement> del = m_db.prepare(
            "DELETE FROM credential_tags WHERE credential_ref = ? AND tag_ref = "
            "(SELECT id FROM tags WHERE name = ? AND kind = ?);");
    if (!del)
        return del.error();
    del->bind(1, credentialId);
    del->bind(2, name.trimmed());
    del->bind(3, kindText(kind));
    return del->run();
}

Result<QStringList> TagStore::tagsOf(qint64 credentialId, TagKind kind)
{
    Result<Statement> select = m_db.prepare(
            "SELECT t.name FROM tags t JOIN credential_tags ct ON ct.tag_ref = t.id "
            "WHERE ct.credential_ref = ? AND t.kind = ? ORDER BY t.name;");
    if (!select)
        return select.error();
    select->bind(1, credentialId);
    select->bind(2, kindText(kind));
    return collectTexts(*select);
}

Result<QList<qint64>> TagStore::credentialsWith(const QString &name, TagKind kind)
{
    Result<Statement> select = m_db.prepare(
            "SELECT ct.credential_ref FROM credential_tags ct JOIN tags t ON ct.tag_ref = t.id "
            "WHERE t.name = ? AND t.kind = ? ORDER BY ct.position, ct.credential_ref;");
    if (!select)
        return select.error();
    select->bind(1, name.trimmed());
    select->bind(2, kindText(kind));
    QList<qint64> ids;
    for (;;) {
        Result<bool> row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            return ids;
        ids.append(select->int64(0));
    }
}

Result<QStringList> TagStore::all(TagKind kind)
{
    Result<Statement> select = m_db.prepare("SELECT name FROM tags WHERE kind = ? ORDER BY name;");
    if (!select)
        return select.error();
    select->bind(1, kindText(kind));
    return collectTexts(*select);
}

} // namespace vitae::vault
