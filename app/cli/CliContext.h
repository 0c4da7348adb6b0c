// What every vitae-cli command shares: the parsed options, the vault folder,
// passphrase sources, and output in text or JSON with the documented exit
// codes.
#pragma once

#include "common/Result.h"
#include "vault/Vault.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace vitae::cli {

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

class CliContext {
public:
    QStringList arguments;      // the command's positional arguments
    QString vaultFolder;
    QString passphraseFile;
    QString newPassphraseFile;
    QString outFile;
    bool json = false;
    bool yes = false;
    bool strict = false;            // verify: warnings fail too
    bool offline = false;           // verify: no network at all
    bool allowLoopbackHttp = false; // developer option: http to 127.0.0.1
    QStringList resolveMappings;    // verify: URL=FILE
    QStringList trustLists;         // verify: trust list files
    QStringList contextMappings;    // verify: URL=FILE JSON-LD contexts to add
    int count = 0;                  // bench-verify: verifications per format
    QString txCode;                 // import: an OpenID4VCI transaction code
    QString challenge;              // present / verify-presentation
    QString domain;                 // present / verify-presentation
    QStringList disclosures;        // present: ID=claim,claim...
    QString expires;                // present: ISO 8601 expiry
    QString suite;                  // present: the Data Integrity suite
    QString backupPassphraseFile;   // backup / restore
    // entry add: the experience and its evidence files
    QString role, organisation, place, from, to, description;
    QStringList skills, evidenceFiles, evidenceLinks;
    QString comment;                // endorse: what the endorser says
    QString name;                   // endorse: the endorser; export: the learner
    QString title;                  // export: the portfolio's title
    QString portfolio;              // export: a collection's name
    QString pdfFile;                // export: --pdf OUT.pdf

    // Prints an error (text on stderr; also a JSON object on stdout with
    // --json) and returns the exit code for it.
    int fail(const Error &error) const;
    // Credentials choose their own titles and names: an escape sequence in
    // one must not reach the terminal and rewrite what the reader sees.
    // Everything printed as text goes through this.
    static QString forTerminal(QString text);
    int usage(const QString &message) const;
    // Prints the result: JSON when --json, else the given text.
    int done(const QJsonObject &json, const QString &text) const;

    // Unlocks the vault with the user's passphrase.
    Result<std::unique_ptr<vault::Vault>> openVault() const;
    // Parses a credential number argument.
    Result<qint64> credentialIdArgument(int index) const;
};

// Exit code for an error: usage errors and unusable input are 2, the rest 1.
int exitCodeFor(ErrorCode code);

} // namespace vitae::cli
