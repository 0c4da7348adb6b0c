#include "BackupTestSupport.h"

#include "SampleCredentials.h"
#include "backup/TableCatalog.h"
#include "did/DidKey.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace vitae::test {

void fillVaultWithEverything(vault::Vault &vault, int credentials)
{
    QList<qint64> ids;
    for (int i = 0; i < credentials; ++i) {
        Result<qint64> id = vault.credentials().add(sampleCredential(i));
        QVERIFY2(id, qPrintable(id.message()));
        ids.append(*id);
    }
    if (ids.isEmpty())
        return;
    QVERIFY(vault.credentials().setVerification(ids.first(), "verified", "{\"checks\":[]}",
                                                QDateTime::currentDateTimeUtc()));
    QByteArray binary(300, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(i * 7);
    QVERIFY(vault.evidence().add({0, ids.first(), "essay.pdf", "application/pdf", {}, 0, binary, {}}));
    QVERIFY(vault.evidence().add({0, 0, "notes.txt", "text/plain", {}, 0, "loose notes", {}}));
    QVERIFY(vault.evidence().add({0, ids.last(), "empty.bin", "application/octet-stream", {}, 0, "", {}}));
    QVERIFY(vault.tags().attach(ids.first(), "favourite"));
    QVERIFY(vault.tags().attach(ids.last(), "favourite"));
    QVERIFY(vault.tags().attach(ids.last(), "Job applications", vault::TagKind::Collection));
    QVERIFY(vault.shares().append({0, {}, "Acme Hiring", "acme.example", "c-123", "qr", {ids.first()}, "{\"a\":1}"}));
    QVERIFY(vault.shares().append({0, {}, QString(), QString(), QString(), "file", ids, QByteArray()}));
    auto setting = vault.database().prepare("INSERT INTO settings (key, value) VALUES ('ui.theme', 'dark'), "
                                            "('ui.language', NULL);");
    QVERIFY(setting);
    QVERIFY(setting->run());
    // A second holder key, as one brought from another wallet.
    const crypto::Ed25519KeyPair extra = crypto::Ed25519KeyPair::generate();
    auto key = vault.database().prepare("INSERT INTO holder_keys (did, key_type, public_key, secret_seed, is_default, "
                                        "created_at) VALUES (?, 'Ed25519', ?, ?, 0, '2025-02-03T04:05:06.789Z');");
    QVERIFY(key);
    key->bind(1, did::didKeyFromEd25519(extra.publicKey()));
    key->bind(2, QByteArrayView(extra.publicKey()));
    key->bind(3, extra.seed().view());
    QVERIFY(key->run());
}

QMap<QString, QStringList> dumpRows(vault::Database &db, const QStringList &skipSettings)
{
    QMap<QString, QStringList> dump;
    const QList<backup::TableInfo> tables = backup::backedUpTables(db).value();
    for (const backup::TableInfo &table : tables) {
        const QByteArray sql = "SELECT * FROM " + backup::quotedIdentifier(table.name) + " ORDER BY rowid;";
        auto select = db.prepare(sql.constData());
        if (!select)
            return {};
        QStringList rows;
        while (select->step().value()) {
            QStringList values;
            for (int i = 0; i < select->columnCount(); ++i) {
                using T = vault::Statement::ColumnType;
                switch (select->columnType(i)) {
                case T::Null: values << "NULL"; break;
                case T::Integer: values << "i:" + QString::number(select->int64(i)); break;
                case T::Real: values << "r:" + QString::number(select->real(i), 'g', 17); break;
                case T::Text: values << "t:" + QString::fromLatin1(select->textBytes(i).toHex()); break;
                case T::Blob: values << "b:" + QString::fromLatin1(select->blob(i).toHex()); break;
                }
            }
            if (table.name == "settings" && skipSettings.contains(select->text(0)))
                continue;
            rows << values.join('|');
        }
        dump.insert(table.name, rows);
    }
    return dump;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace vitae::test
