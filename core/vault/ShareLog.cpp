#include "vault/ShareLog.h"

#include "vault/Database.h"
#include "vault/Timestamps.h"

#include <QStringList>
#include <QCoreApplication>

namespace vitae::vault {

Result<qint64> ShareLog::append(ShareRecord record)
{
    if (record.channel.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "A share needs its channel."));
    QStringList ids;
    for (qint64 id : record.credentialIds)
        ids.append(QString::number(id));
    Result<Statement> insert = m_db.prepare(
            "INSERT INTO share_log (shared_at, verifier, domain, challenge, channel, credential_refs, disclosed) "
            "VALUES (?,?,?,?,?,?,?);");
    if (!insert)
        return insert.error();
    insert->bind(1, toStored(record.sharedAt.isValid() ? record.sharedAt : QDateTime::currentDateTimeUtc()));
    insert->bind(2, record.verifier);
    insert->bind(3, record.domain);
    insert->bind(4, record.challenge);
    insert->bind(5, record.channel);
    insert->bind(6, ids.isEmpty() ? QStringLiteral("") : ids.join(QLatin1Char(',')));
    insert->bind(7, QString::fromUtf8(record.disclosedJson.isNull() ? QByteArray("{}") : record.disclosedJson));
    if (Status s = insert->run(); !s)
        return s.error();
    return m_db.lastInsertRowId();
}

Result<QList<ShareRecord>> ShareLog::all()
{
    Result<Statement> select = m_db.prepare(
            "SELECT id, shared_at, verifier, domain, challenge, channel, credential_refs, disclosed "
            "FROM share_log ORDER BY shared_at DESC, id DESC;");
    if (!select)
        return select.error();
    QList<ShareRecord> records;
    for (;;) {
        Result<bool> row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            return records;
        ShareRecord record;
        record.id = select->int64(0);
        record.sharedAt = fromStored(select->text(1));
        record.verifier = select->text(2);
        record.domain = select->text(3);
        record.challenge = select->text(4);
        record.channel = select->text(5);
        for (const QString &id : select->text(6).split(QLatin1Char(','), Qt::SkipEmptyParts))
            record.credentialIds.append(id.toLongLong());
        record.disclosedJson = select->text(7).toUtf8();
        records.append(record);
    }
}

} // namespace vitae::vault
