#include "crypto/Encoding.h"

#include <array>
#include <vector>

namespace vitae::crypto {

namespace {

constexpr char kBase58Alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

// Base58 is a quadratic-time encoding; refuse inputs that are larger than any
// key or identifier we handle so a hostile DID cannot stall verification.
constexpr qsizetype kMaxBase58Bytes = 4096;

std::array<int8_t, 256> makeBase58ReverseTable()
{
    std::array<int8_t, 256> table{};
    table.fill(-1);
    for (int i = 0; i < 58; ++i)
        table[static_cast<unsigned char>(kBase58Alphabet[i])] = static_cast<int8_t>(i);
    return table;
}

} // namespace

QByteArray base58btcEncode(QByteArrayView bytes)
{
    if (bytes.size() > kMaxBase58Bytes)
        return {};
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes[zeros] == 0)
        ++zeros;

    // Repeated division of the big-endian number by 58, digits little-endian.
    std::vector<unsigned char> digits;
    digits.reserve(std::size_t(bytes.size()) * 138 / 100 + 1);
    for (qsizetype i = zeros; i < bytes.size(); ++i) {
        unsigned carry = static_cast<unsigned char>(bytes[i]);
        for (auto &digit : digits) {
            carry += unsigned(digit) << 8;
            digit = static_cast<unsigned char>(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(static_cast<unsigned char>(carry % 58));
            carry /= 58;
        }
    }

    QByteArray text(zeros, '1');
    text.reserve(zeros + qsizetype(digits.size()));
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        text.append(kBase58Alphabet[*it]);
    return text;
}

std::optional<QByteArray> base58btcDecode(QByteArrayView text)
{
    static const auto reverse = makeBase58ReverseTable();
    if (text.size() > kMaxBase58Bytes * 2)
        return std::nullopt;
    qsizetype ones = 0;
    while (ones < text.size() && text[ones] == '1')
        ++ones;

    std::vector<unsigned char> bytes; // little-endian base-256 digits
    for (qsizetype i = ones; i < text.size(); ++i) {
        const int value = reverse[static_cast<unsigned char>(text[i])];
        if (value < 0)
            return std::nullopt;
        unsigned carry = unsigned(value);
        for (auto &byte : bytes) {
            carry += unsigned(byte) * 58;
            byte = static_cast<unsigned char>(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(static_cast<unsigned char>(carry & 0xff));
            carry >>= 8;
        }
    }

    QByteArray result(ones, '\0');
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it)
        result.append(static_cast<char>(*it));
    return result;
}

QByteArray base64UrlEncode(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> base64UrlDecode(QByteArrayView text)
{
    // A length of 1 mod 4 cannot come from any byte string.
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (char c : text) {
        const bool valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_';
        if (!valid)
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                          | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // Reject non-canonical encodings (unused trailing bits set) so that one
    // value has exactly one text form.
    if (base64UrlEncode(decoded.decoded) != text)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray multibaseBase58btc(QByteArrayView bytes)
{
    return 'z' + base58btcEncode(bytes);
}

std::optional<QByteArray> multibaseDecode(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    if (text.front() == 'z')
        return base58btcDecode(text.sliced(1));
    if (text.front() == 'u')
        return base64UrlDecode(text.sliced(1));
    return std::nullopt;
}

} // namespace vitae::crypto
