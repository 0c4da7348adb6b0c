#include "qr/Base32.h"

namespace vitae::qr {

namespace {

int digitValue(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= '2' && c <= '7')
        return c - '2' + 26;
    return -1;
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

} // namespace

Result<QByteArray> base32Decode(QByteArrayView text)
{
    // Eight characters carry five bytes; a final group of 2, 4, 5 or 7
    // characters carries 1, 2, 3 or 4 bytes. 1, 3 or 6 cannot happen.
    const qsizetype tail = text.size() % 8;
    if (tail == 1 || tail == 3 || tail == 6)
        return invalid(QStringLiteral("its base32 text has a length no encoder produces, so it is cut short."));

    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int value = digitValue(text[i]);
        if (value < 0)
            return invalid(QStringLiteral("its base32 text holds the character \"%1\", which base32 does not use.")
                               .arg(QChar::fromLatin1(text[i])));
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xFF));
        }
    }
    if ((buffer & ((1u << bits) - 1)) != 0)
        return invalid(QStringLiteral("the last character of its base32 text has bits an encoder leaves zero."));
    return out;
}

} // namespace vitae::qr
