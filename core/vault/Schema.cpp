#include "vault/Schema.h"

#include "vault/Database.h"

#include <QCoreApplication>

namespace vitae::vault::schema {

namespace {

// Version 1: credentials as received, the holder's keys, and settings.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE credentials (
    id INTEGER PRIMARY KEY,
    raw BLOB NOT NULL,
    raw_sha256 BLOB NOT NULL UNIQUE,
    format TEXT NOT NULL,
    credential_id TEXT,
    issuer_id TEXT,
    issuer_name TEXT,
    subject_id TEXT,
    types TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    issued_at TEXT,
    valid_from TEXT,
    valid_until TEXT,
    verification_status TEXT NOT NULL DEFAULT 'unverified',
    verification_json TEXT,
    import_source TEXT,
    imported_at TEXT NOT NULL
);
CREATE UNIQUE INDEX credentials_credential_id ON credentials(credential_id) WHERE credential_id IS NOT NULL;
CREATE TABLE holder_keys (
    id INTEGER PRIMARY KEY,
    did TEXT NOT NULL UNIQUE,
    key_type TEXT NOT NULL,
    public_key BLOB NOT NULL,
    secret_seed BLOB NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);
)sql";

// Version 2: evidence files, tags and collections, the share log, and when
// the stored verification result was computed.
constexpr const char *kVersion2 = R"sql(
ALTER TABLE credentials ADD COLUMN verified_at TEXT;
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    credential_ref INTEGER REFERENCES credentials(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    sha256 BLOB NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX evidence_credential ON evidence(credential_ref);
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'tag' CHECK (kind IN ('tag', 'collection')),
    UNIQUE (name, kind)
);
CREATE TABLE credential_tags (
    credential_ref INTEGER NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
    tag_ref INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (credential_ref, tag_ref)
);
CREATE TABLE share_log (
    id INTEGER PRIMARY KEY,
    shared_at TEXT NOT NULL,
    verifier TEXT,
    domain TEXT,
    challenge TEXT,
    channel TEXT NOT NULL,
    credential_refs TEXT NOT NULL,
    disclosed TEXT NOT NULL
);
)sql";

// Version 3: full-text search (FTS4; SQLCipher 3.4 has no FTS5) over the
// credentials' display fields, kept in step by triggers.
constexpr const char *kVersion3 = R"sql(
CREATE VIRTUAL TABLE credentials_fts USING fts4(
    content="credentials", name, issuer_name, description, types, tokenize=unicode61);
CREATE TRIGGER credentials_fts_before_update BEFORE UPDATE ON credentials BEGIN
    DELETE FROM credentials_fts WHERE docid = old.id;
END;
CREATE TRIGGER credentials_fts_before_delete BEFORE DELETE ON credentials BEGIN
    DELETE FROM credentials_fts WHERE docid = old.id;
END;
CREATE TRIGGER credentials_fts_after_update AFTER UPDATE ON credentials BEGIN
    INSERT INTO credentials_fts(docid, name, issuer_name, description, types)
        VALUES (new.id, new.name, new.issuer_name, new.description, new.types);
END;
CREATE TRIGGER credentials_fts_after_insert AFTER INSERT ON credentials BEGIN
    INSERT INTO credentials_fts(docid, name, issuer_name, description, types)
        VALUES (new.id, new.name, new.issuer_name, new.description, new.types);
END;
INSERT INTO credentials_fts(credentials_fts) VALUES ('rebuild');
CREATE INDEX credentials_imported ON credentials(imported_at, id);
)sql";

constexpr const char *kSteps[] = {kVersion1, kVersion2, kVersion3};
static_assert(std::size(kSteps) == CurrentVersion);

} // namespace

Result<int> version(Database &db)
{
    Result<Statement> stmt = db.prepare("PRAGMA user_version;");
    if (!stmt)
        return stmt.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    return int(stmt->int64(0));
}

Status migrate(Database &db, int target)
{
    Result<int> current = version(db);
    if (!current)
        return current.error();
    if (*current > CurrentVersion)
        return makeError(ErrorCode::VersionTooNew,
                         QCoreApplication::translate("vitae", "The vault was written by a newer version of Vitae (schema %1, "
                                        "this version knows %2); update Vitae to open it.")
                                 .arg(*current)
                                 .arg(CurrentVersion));
    for (int next = *current + 1; next <= target; ++next) {
        Database::Transaction transaction(db);
        if (Status s = transaction.begin(); !s)
            return s;
        if (Status s = db.exec(kSteps[next - 1]); !s)
            return s;
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(next) + ';';
        if (Status s = db.exec(setVersion.constData()); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
    }
    return {};
}

} // namespace vitae::vault::schema
