#include "common/ErrorText.h"

namespace vitae {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return QStringLiteral("none");
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorCode::LimitExceeded: return QStringLiteral("limit-exceeded");
    case ErrorCode::WrongPassphrase: return QStringLiteral("wrong-passphrase");
    case ErrorCode::Corrupt: return QStringLiteral("corrupt");
    case ErrorCode::VersionTooNew: return QStringLiteral("version-too-new");
    case ErrorCode::InUse: return QStringLiteral("in-use");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists: return QStringLiteral("already-exists");
    case ErrorCode::Locked: return QStringLiteral("locked");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Crypto: return QStringLiteral("crypto");
    case ErrorCode::Network: return QStringLiteral("network");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString quoteOutsideText(QStringView text, qsizetype maxLength)
{
    QString quoted = text.left(maxLength).toString();
    for (QChar &c : quoted)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            c = QChar::ReplacementCharacter;
    if (text.size() > maxLength)
        quoted += QChar(0x2026);
    return quoted;
}

} // namespace vitae
