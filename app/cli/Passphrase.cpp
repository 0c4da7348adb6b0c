#include "cli/Passphrase.h"

#include "crypto/Sodium.h"

#include <QFile>

#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace vitae::cli {

namespace {

constexpr qsizetype kMaxPassphraseBytes = 4096;

// Removes one trailing line ending, as left by `echo` or an editor.
qsizetype withoutLineEnd(const unsigned char *data, qsizetype size)
{
    if (size > 0 && data[size - 1] == '\n')
        --size;
    if (size > 0 && data[size - 1] == '\r')
        --size;
    return size;
}

Result<crypto::SecureBuffer> fromBytes(QByteArray &bytes, const QString &where)
{
    auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = withoutLineEnd(data, bytes.size());
    if (size == 0) {
        crypto::wipe(bytes);
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The passphrase from %1 is empty.").arg(where));
    }
    crypto::SecureBuffer buffer = crypto::SecureBuffer::fromBytes(QByteArrayView(bytes.constData(), size));
    crypto::wipe(bytes);
    return buffer;
}

// Reads one line from the terminal with echo off, straight into secure memory.
Result<crypto::SecureBuffer> promptOnTerminal(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("No passphrase given and no terminal to ask on: use --passphrase-file "
                                        "or the VITAE_PASSPHRASE environment variable."));
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios saved{};
    const bool haveTermios = tcgetattr(fileno(tty), &saved) == 0;
    if (haveTermios) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &silent);
    }
    crypto::SecureBuffer line(kMaxPassphraseBytes + 2);
    char *got = std::fgets(reinterpret_cast<char *>(line.data()), int(line.size()), tty);
    if (haveTermios)
        tcsetattr(fileno(tty), TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!got)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("No passphrase was entered."));
    const qsizetype size = withoutLineEnd(line.data(), qsizetype(std::strlen(got)));
    if (size == 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The passphrase is empty."));
    return crypto::SecureBuffer::fromBytes(QByteArrayView(got, size));
}

} // namespace

Result<crypto::SecureBuffer> readPassphrase(const PassphraseSource &source)
{
    if (!source.file.isEmpty()) {
        QFile file(source.file);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("The passphrase file %1 cannot be read: %2")
                                                                 .arg(source.file, file.errorString()));
        QByteArray bytes = file.read(kMaxPassphraseBytes + 2);
        return fromBytes(bytes, source.file);
    }
    if (qEnvironmentVariableIsSet(source.envName.constData())) {
        QByteArray bytes = qgetenv(source.envName.constData());
        return fromBytes(bytes, QString::fromLatin1(source.envName));
    }
    Result<crypto::SecureBuffer> first = promptOnTerminal(source.prompt);
    if (!first || !source.confirm)
        return first;
    Result<crypto::SecureBuffer> second = promptOnTerminal(QStringLiteral("Type it again: "));
    if (!second)
        return second;
    if (!crypto::constantTimeEquals(first->view(), second->view()))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The two passphrases differ."));
    return first;
}

bool confirmOnTerminal(const QString &question)
{
    if (!isatty(STDIN_FILENO))
        return false;
    std::fprintf(stderr, "%s [y/N] ", question.toLocal8Bit().constData());
    std::fflush(stderr);
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin))
        return false;
    return answer[0] == 'y' || answer[0] == 'Y';
}

} // namespace vitae::cli
