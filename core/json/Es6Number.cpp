#include "json/Es6Number.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <system_error>

namespace vitae::json {

QByteArray es6NumberToString(double value)
{
    if (!std::isfinite(value)) {
        return {};
    }
    if (value == 0) {
        return QByteArrayLiteral("0"); // covers -0, which ES prints as "0"
    }

    // Shortest round-trip digits in d.ddde±x form; to_chars picks the same
    // digits ES does (fewest digits, then closest to the exact value).
    char buffer[40];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value),
                                         std::chars_format::scientific);
    if (ec != std::errc()) {
        return {};
    }
    QByteArray digits;
    const char *p = buffer;
    for (; p < end && *p != 'e'; ++p) {
        if (*p != '.') {
            digits += *p;
        }
    }
    // to_chars writes an explicit sign after 'e', which int from_chars rejects.
    int exponent = 0;
    if (p + 2 <= end) {
        std::from_chars(p + 2, end, exponent);
        if (p[1] == '-') {
            exponent = -exponent;
        }
    }

    // ES names: k digits, value = digits x 10^(n - k).
    const int k = int(digits.size());
    const int n = exponent + 1;
    QByteArray out;
    if (value < 0) {
        out += '-';
    }
    if (k <= n && n <= 21) {
        out += digits;
        out += QByteArray(n - k, '0');
    } else if (0 < n && n <= 21) {
        out += digits.left(n);
        out += '.';
        out += digits.mid(n);
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out += QByteArray(-n, '0');
        out += digits;
    } else {
        out += digits.at(0);
        if (k > 1) {
            out += '.';
            out += digits.mid(1);
        }
        out += 'e';
        out += n - 1 >= 0 ? '+' : '-';
        out += QByteArray::number(std::abs(n - 1));
    }
    return out;
}

} // namespace vitae::json
