// Fixed-width big-endian fields of the binary headers Vitae writes (vault,
// backup). Unsigned reads only: no signed shifts on outside bytes; callers
// check lengths before reading.
#pragma once

#include <QByteArray>
#include <QtEndian>

namespace vitae {

template <typename T>
void appendBigEndian(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template <typename T>
T readBigEndian(QByteArrayView bytes, qsizetype offset)
{
    return qFromBigEndian<T>(bytes.data() + offset);
}

} // namespace vitae
