#include "cli/CliContext.h"

#include "cli/Passphrase.h"
#include "common/ErrorText.h"

#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace vitae::cli {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return ExitOk;
    case ErrorCode::InvalidArgument:
    case ErrorCode::InvalidInput:
    case ErrorCode::LimitExceeded:
        return ExitUsage;
    default:
        return ExitFailed;
    }
}

QString CliContext::forTerminal(QString text)
{
    for (QChar &c : text)
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            c = QChar::ReplacementCharacter;
    return text;
}

int CliContext::fail(const Error &error) const
{
    std::fprintf(stderr, "vitae-cli: %s\n", forTerminal(error.message).toLocal8Bit().constData());
    if (json) {
        const QJsonObject object{{QStringLiteral("error"),
                                  QJsonObject{{QStringLiteral("code"), errorCodeName(error.code)},
                                              {QStringLiteral("message"), error.message}}}};
        std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
    }
    return exitCodeFor(error.code);
}

int CliContext::usage(const QString &message) const
{
    return fail(makeError(ErrorCode::InvalidArgument, message + QStringLiteral(" (see vitae-cli --help)")));
}

int CliContext::done(const QJsonObject &object, const QString &text) const
{
    if (json) {
        std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
    } else if (!text.isEmpty()) {
        QTextStream out(stdout);
        out << forTerminal(text);
        if (!text.endsWith(QLatin1Char('\n')))
            out << '\n';
    }
    return ExitOk;
}

Result<std::unique_ptr<vault::Vault>> CliContext::openVault() const
{
    auto vault = std::make_unique<vault::Vault>(vaultFolder);
    if (!vault->exists())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("There is no vault in %1; create one with `vitae-cli init`.").arg(vaultFolder));
    Result<crypto::SecureBuffer> passphrase =
            readPassphrase({passphraseFile, "VITAE_PASSPHRASE", QStringLiteral("Vault passphrase: "), false});
    if (!passphrase)
        return passphrase.error();
    if (Status s = vault->unlock(passphrase->view()); !s)
        return s.error();
    return vault;
}

Result<qint64> CliContext::credentialIdArgument(int index) const
{
    if (arguments.size() <= index)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Give the credential's number (see `vitae-cli list`)."));
    bool ok = false;
    const qint64 id = arguments.at(index).toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not a credential number (see `vitae-cli list`).").arg(arguments.at(index)));
    return id;
}

} // namespace vitae::cli
