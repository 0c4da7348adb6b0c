// Where vitae-cli gets passphrases: a file, an environment variable, or a
// prompt on the terminal with echo off. Passphrases go straight into secure
// memory.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>

namespace vitae::cli {

struct PassphraseSource {
    QString file;       // --passphrase-file / --new-passphrase-file
    QByteArray envName; // VITAE_PASSPHRASE / VITAE_NEW_PASSPHRASE
    QString prompt;     // shown on the terminal
    bool confirm = false; // ask twice on a terminal (new passphrases)
};

// Returns InvalidArgument (exit 2) when no source is available.
Result<crypto::SecureBuffer> readPassphrase(const PassphraseSource &source);

// Asks a yes/no question on the terminal; false when there is no terminal.
bool confirmOnTerminal(const QString &question);

} // namespace vitae::cli
