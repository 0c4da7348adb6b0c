#include "qr/Base45.h"

#include <QCoreApplication>

namespace vitae::qr {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

int digitValue(char c)
{
    for (int i = 0; i < 45; ++i) {
        if (kAlphabet[i] == c)
            return i;
    }
    return -1;
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

} // namespace

QByteArray base45Encode(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve((bytes.size() / 2) * 3 + 2);
    qsizetype i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        // Least significant digit first, as RFC 9285 section 4 says.
        unsigned n = unsigned(uchar(bytes[i])) * 256 + uchar(bytes[i + 1]);
        out.append(kAlphabet[n % 45]);
        n /= 45;
        out.append(kAlphabet[n % 45]);
        out.append(kAlphabet[n / 45]);
    }
    if (i < bytes.size()) {
        const unsigned n = uchar(bytes[i]);
        out.append(kAlphabet[n % 45]);
        out.append(kAlphabet[n / 45]);
    }
    return out;
}

Result<QByteArray> base45Decode(QByteArrayView text)
{
    if (text.size() % 3 == 1)
        return invalid(QCoreApplication::translate("vitae", "The Base45 text is truncated (its length leaves one character over)."));
    QByteArray out;
    out.reserve((text.size() / 3) * 2 + 1);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const qsizetype group = std::min<qsizetype>(3, text.size() - i);
        unsigned n = 0;
        unsigned weight = 1;
        for (qsizetype k = 0; k < group; ++k) {
            const int digit = digitValue(text[i + k]);
            if (digit < 0)
                return invalid(QCoreApplication::translate("vitae", "The Base45 text contains a character outside its alphabet."));
            n += unsigned(digit) * weight;
            weight *= 45;
        }
        if (group == 3) {
            if (n > 0xffff)
                return invalid(QCoreApplication::translate("vitae", "The Base45 text contains a group whose value is too large."));
            out.append(char(n >> 8));
            out.append(char(n & 0xff));
        } else {
            if (n > 0xff)
                return invalid(QCoreApplication::translate("vitae", "The Base45 text ends with a group whose value is too large."));
            out.append(char(n));
        }
    }
    return out;
}

} // namespace vitae::qr
