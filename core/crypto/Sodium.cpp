#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstdlib>
#include <mutex>

namespace vitae::crypto {

void ensureSodiumInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            std::abort(); // no secure random source: refusing to run is the only safe choice
    });
}

QByteArray randomBytes(qsizetype count)
{
    ensureSodiumInitialized();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), std::size_t(count));
    return bytes;
}

QByteArray sha256(QByteArrayView bytes)
{
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(bytes.data()),
                       static_cast<unsigned long long>(bytes.size()));
    return digest;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.data(), b.data(), std::size_t(a.size())) == 0;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

} // namespace vitae::crypto
