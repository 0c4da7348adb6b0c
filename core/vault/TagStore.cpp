#include "vault/TagStore.h"

#include "vault/Database.h"

#include <algorithm>

#include <QCoreApplication>

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
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "A tag needs a name of 1 to 200 characters."));
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
            "SELECT ?, id, (SELECT coalesce(max(position) + 1, 0) FROM credential_tags WHERE tag_ref = tags.id) "
            "FROM tags WHERE name = ? AND kind = ?;");
    if (!link)
        return link.error();
    link->bind(1, credentialId);
    link->bind(2, trimmed);
    link->bind(3, kindText(kind));
    if (Status s = link->run(); !s)
        return s.code() == ErrorCode::NotFound
                ? Status(makeError(ErrorCode::NotFound,
                                   QCoreApplication::translate("vitae", "There is no credential number %1.").arg(credentialId)))
                : s;
    return transaction.commit();
}

Status TagStore::detach(qint64 credentialId, const QString &name, TagKind kind)
{
    Database::Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    Result<Statement> del = m_db.prepare(
            "DELETE FROM credential_tags WHERE credential_ref = ? AND tag_ref = "
            "(SELECT id FROM tags WHERE name = ? AND kind = ?);");
    if (!del)
        return del.error();
    del->bind(1, credentialId);
    del->bind(2, name.trimmed());
    del->bind(3, kindText(kind));
    if (Status s = del->run(); !s)
        return s;
    // Close the gap so positions stay 0..n-1.
    if (Result<qint64> tag = idOf(name, kind)) {
        Result<QList<qint64>> rest = credentialsWith(name, kind);
        if (!rest)
            return rest.error();
        if (Status s = renumber(*tag, *rest); !s)
            return s;
    }
    return transaction.commit();
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

Result<qint64> TagStore::idOf(const QString &name, TagKind kind)
{
    Result<Statement> select = m_db.prepare("SELECT id FROM tags WHERE name = ? AND kind = ?;");
    if (!select)
        return select.error();
    select->bind(1, name.trimmed());
    select->bind(2, kindText(kind));
    Result<bool> row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("vitae", "There is no portfolio called \"%1\".").arg(name.trimmed()));
    return select->int64(0);
}

Status TagStore::renumber(qint64 tagId, const QList<qint64> &credentialIds)
{
    Result<Statement> update = m_db.prepare("UPDATE credential_tags SET position = ? WHERE tag_ref = ? AND credential_ref = ?;");
    if (!update)
        return update.error();
    for (qsizetype i = 0; i < credentialIds.size(); ++i) {
        update->reset();
        update->bind(1, qint64(i));
        update->bind(2, tagId);
        update->bind(3, credentialIds.at(i));
        if (Status s = update->run(); !s)
            return s;
    }
    return {};
}

Status TagStore::create(const QString &name, TagKind kind)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "A portfolio needs a name of 1 to 200 characters."));
    Result<bool> taken = exists(trimmed, kind);
    if (!taken)
        return taken.error();
    if (*taken)
        return makeError(ErrorCode::AlreadyExists, QCoreApplication::translate("vitae", "There is already a portfolio called \"%1\".").arg(trimmed));
    Result<Statement> insert = m_db.prepare("INSERT INTO tags (name, kind) VALUES (?, ?);");
    if (!insert)
        return insert.error();
    insert->bind(1, trimmed);
    insert->bind(2, kindText(kind));
    return insert->run();
}

Result<bool> TagStore::exists(const QString &name, TagKind kind)
{
    Result<qint64> id = idOf(name, kind);
    if (!id && id.code() != ErrorCode::NotFound)
        return id.error();
    return id.ok();
}

Status TagStore::rename(const QString &from, const QString &to, TagKind kind)
{
    const QString trimmed = to.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "A portfolio needs a name of 1 to 200 characters."));
    Result<qint64> id = idOf(from, kind);
    if (!id)
        return id.error();
    if (trimmed == from.trimmed())
        return {};
    Result<bool> taken = exists(trimmed, kind);
    if (!taken)
        return taken.error();
    if (*taken)
        return makeError(ErrorCode::AlreadyExists, QCoreApplication::translate("vitae", "There is already a portfolio called \"%1\".").arg(trimmed));
    Result<Statement> update = m_db.prepare("UPDATE tags SET name = ? WHERE id = ?;");
    if (!update)
        return update.error();
    update->bind(1, trimmed);
    update->bind(2, *id);
    return update->run();
}

Status TagStore::removeTag(const QString &name, TagKind kind)
{
    Result<qint64> id = idOf(name, kind);
    if (!id)
        return id.error();
    Database::Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    for (const char *sql : {"DELETE FROM credential_tags WHERE tag_ref = ?;", "DELETE FROM tags WHERE id = ?;"}) {
        Result<Statement> del = m_db.prepare(sql);
        if (!del)
            return del.error();
        del->bind(1, *id);
        if (Status s = del->run(); !s)
            return s;
    }
    return transaction.commit();
}

Status TagStore::move(qint64 credentialId, const QString &name, int position, TagKind kind)
{
    Result<qint64> id = idOf(name, kind);
    if (!id)
        return id.error();
    Database::Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    Result<QList<qint64>> order = credentialsWith(name, kind);
    if (!order)
        return order.error();
    if (!order->removeOne(credentialId))
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("vitae", "Credential number %1 is not in the portfolio \"%2\".")
                                                      .arg(credentialId).arg(name.trimmed()));
    order->insert(std::clamp<qsizetype>(position, 0, order->size()), credentialId);
    if (Status s = renumber(*id, *order); !s)
        return s;
    return transaction.commit();
}

} // namespace vitae::vault
