#include "vault/CredentialStore.h"

#include "crypto/Sodium.h"
#include "vault/Database.h"
#include "vault/Timestamps.h"

#include <QRegularExpression>
#include <QCoreApplication>

namespace vitae::vault {

namespace {

// An issuer that gave no name is listed by its identifier, never blank.
constexpr const char *kSummaryColumns =
        "c.id, c.format, c.name, COALESCE(NULLIF(c.issuer_name, ''), c.issuer_id, ''), c.types, c.issued_at, c.valid_until, "
        "c.verification_status, c.imported_at";

CredentialSummary readSummary(const Statement &row)
{
    CredentialSummary summary;
    summary.id = row.int64(0);
    summary.format = row.text(1);
    summary.name = row.text(2);
    summary.issuerName = row.text(3);
    summary.types = row.text(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    summary.issuedAt = fromStored(row.text(5));
    summary.validUntil = fromStored(row.text(6));
    summary.verificationStatus = row.text(7);
    summary.importedAt = fromStored(row.text(8));
    return summary;
}

Result<QList<CredentialSummary>> collectSummaries(Statement &select)
{
    QList<CredentialSummary> summaries;
    for (;;) {
        Result<bool> row = select.step();
        if (!row)
            return row.error();
        if (!*row)
            return summaries;
        summaries.append(readSummary(select));
    }
}

// Turns free text into an FTS4 query: each word becomes a quoted prefix term,
// so punctuation and FTS operators typed by a person are never interpreted.
QString ftsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + word + QStringLiteral("*\""));
    return terms.join(QLatin1Char(' '));
}

} // namespace

Result<qint64> CredentialStore::findDuplicate(QByteArrayView raw, const QString &credentialId)
{
    // Two lookups, each on its own index: one query with OR over both
    // columns made SQLite scan (and decrypt) the whole table, about 13 ms
    // per lookup with 10,000 credentials.
    Result<Statement> byDigest = m_db.prepare("SELECT id FROM credentials WHERE raw_sha256 = ?;");
    if (!byDigest)
        return byDigest.error();
    byDigest->bind(1, QByteArrayView(crypto::sha256(raw)));
    Result<bool> row = byDigest->step();
    if (!row)
        return row.error();
    if (*row || credentialId.isEmpty())
        return *row ? byDigest->int64(0) : qint64(0);
    // The partial index covers only rows with an id, which this term states.
    Result<Statement> byId = m_db.prepare(
            "SELECT id FROM credentials WHERE credential_id = ? AND credential_id IS NOT NULL;");
    if (!byId)
        return byId.error();
    byId->bind(1, credentialId);
    row = byId->step();
    if (!row)
        return row.error();
    return *row ? byId->int64(0) : qint64(0);
}

Result<qint64> CredentialStore::add(CredentialRecord record)
{
    Result<QList<qint64>> ids = addAll({std::move(record)});
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QList<qint64>> CredentialStore::addAll(QList<CredentialRecord> records)
{
    Database::Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<Statement> insert = m_db.prepare(
            "INSERT INTO credentials (raw, raw_sha256, format, credential_id, issuer_id, issuer_name, subject_id, "
            "types, name, description, issued_at, valid_from, valid_until, verification_status, verification_json, "
            "verified_at, import_source, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);");
    if (!insert)
        return insert.error();

    QList<qint64> ids;
    ids.reserve(records.size());
    for (CredentialRecord &record : records) {
        if (record.raw.isEmpty() || record.format.isEmpty())
            return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "A credential needs its bytes and format."));
        Result<qint64> duplicate = findDuplicate(record.raw, record.credentialId);
        if (!duplicate)
            return duplicate.error();
        if (*duplicate)
            return makeError(ErrorCode::AlreadyExists,
                             QCoreApplication::translate("vitae", "This credential is already in the vault (number %1).").arg(*duplicate));
        if (!record.importedAt.isValid())
            record.importedAt = QDateTime::currentDateTimeUtc();
        record.rawSha256 = crypto::sha256(record.raw);

        insert->reset();
        insert->bind(1, QByteArrayView(record.raw));
        insert->bind(2, QByteArrayView(record.rawSha256));
        insert->bind(3, record.format);
        insert->bind(4, record.credentialId);
        insert->bind(5, record.issuerId);
        insert->bind(6, record.issuerName);
        insert->bind(7, record.subjectId);
        insert->bind(8, record.types.join(QLatin1Char(' ')));
        insert->bind(9, record.name.isNull() ? QStringLiteral("") : record.name);
        insert->bind(10, record.description.isNull() ? QStringLiteral("") : record.description);
        insert->bind(11, toStored(record.issuedAt));
        insert->bind(12, toStored(record.validFrom));
        insert->bind(13, toStored(record.validUntil));
        insert->bind(14, record.verificationStatus);
        if (record.verificationJson.isNull())
            insert->bindNull(15);
        else
            insert->bind(15, QString::fromUtf8(record.verificationJson));
        insert->bind(16, toStored(record.verifiedAt));
        insert->bind(17, record.importSource);
        insert->bind(18, toStored(record.importedAt));
        if (Status s = insert->run(); !s)
            return s.error();
        ids.append(m_db.lastInsertRowId());
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return ids;
}

Result<QList<CredentialSummary>> CredentialStore::list()
{
    const QByteArray sql = QByteArray("SELECT ") + kSummaryColumns
            + " FROM credentials c ORDER BY c.imported_at DESC, c.id DESC;";
    Result<Statement> select = m_db.prepare(sql.constData());
    if (!select)
        return select.error();
    return collectSummaries(*select);
}

Result<QList<CredentialSummary>> CredentialStore::search(const QString &query)
{
    const QString match = ftsQuery(query);
    if (match.isEmpty())
        return list();
    const QByteArray sql = QByteArray("SELECT ") + kSummaryColumns
            + " FROM credentials_fts f JOIN credentials c ON c.id = f.docid WHERE credentials_fts MATCH ? "
              "ORDER BY c.imported_at DESC, c.id DESC;";
    Result<Statement> select = m_db.prepare(sql.constData());
    if (!select)
        return select.error();
    select->bind(1, match);
    return collectSummaries(*select);
}

Result<CredentialRecord> CredentialStore::get(qint64 id)
{
    Result<Statement> select = m_db.prepare(
            "SELECT id, raw, raw_sha256, format, credential_id, issuer_id, issuer_name, subject_id, types, name, "
            "description, issued_at, valid_from, valid_until, verification_status, verification_json, verified_at, "
            "import_source, imported_at FROM credentials WHERE id = ?;");
    if (!select)
        return select.error();
    select->bind(1, id);
    Result<bool> row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("vitae", "There is no credential number %1.").arg(id));
    CredentialRecord record;
    record.id = select->int64(0);
    record.raw = select->blob(1);
    record.rawSha256 = select->blob(2);
    record.format = select->text(3);
    record.credentialId = select->text(4);
    record.issuerId = select->text(5);
    record.issuerName = select->text(6);
    record.subjectId = select->text(7);
    record.types = select->text(8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    record.name = select->text(9);
    record.description = select->text(10);
    record.issuedAt = fromStored(select->text(11));
    record.validFrom = fromStored(select->text(12));
    record.validUntil = fromStored(select->text(13));
    record.verificationStatus = select->text(14);
    record.verificationJson = select->text(15).toUtf8();
    record.verifiedAt = fromStored(select->text(16));
    record.importSource = select->text(17);
    record.importedAt = fromStored(select->text(18));
    // The bytes are what the learner received: check they are still those.
    if (crypto::sha256(record.raw) != record.rawSha256)
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("vitae", "Credential number %1 does not match its stored digest.").arg(id));
    return record;
}

Status CredentialStore::remove(qint64 id)
{
    return m_db.deleteById("credentials", id, QCoreApplication::translate("vitae", "There is no credential number %1.").arg(id));
}

Status CredentialStore::setVerification(qint64 id, const QString &status, const QByteArray &json,
                                        const QDateTime &at)
{
    Result<Statement> update = m_db.prepare(
            "UPDATE credentials SET verification_status = ?, verification_json = ?, verified_at = ? WHERE id = ?;");
    if (!update)
        return update.error();
    update->bind(1, status);
    update->bind(2, QString::fromUtf8(json));
    update->bind(3, toStored(at));
    update->bind(4, id);
    if (Status s = update->run(); !s)
        return s;
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("vitae", "There is no credential number %1.").arg(id));
    return {};
}

} // namespace vitae::vault
