#include "crypto/Kdf.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <atomic>

#include <QCoreApplication>

namespace vitae::crypto {

namespace {
std::atomic_bool g_testingKdf{false};

// Upper bounds accepted from a header before it is authenticated.
constexpr quint64 kMaxOpsLimit = 32;
constexpr quint64 kMaxMemLimit = quint64(2) * 1024 * 1024 * 1024;
} // namespace

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::testing()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

void enableTestingKdf()
{
    g_testingKdf = true;
}

bool testingKdfEnabled()
{
    return g_testingKdf;
}

Status checkKdfParams(const KdfParams &params)
{
    const KdfParams floor = testingKdfEnabled() ? KdfParams::testing() : KdfParams::moderate();
    if (params.opsLimit < floor.opsLimit || params.memLimit < floor.memLimit)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("vitae", "The key derivation settings are weaker than Vitae allows "
                                        "(at least %1 passes and %2 MiB).")
                                 .arg(floor.opsLimit)
                                 .arg(floor.memLimit / (1024 * 1024)));
    if (params.opsLimit > kMaxOpsLimit || params.memLimit > kMaxMemLimit)
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("vitae", "The key derivation settings ask for more than this machine "
                                        "should spend (at most %1 passes and %2 MiB).")
                                 .arg(kMaxOpsLimit)
                                 .arg(kMaxMemLimit / (1024 * 1024)));
    return {};
}

Result<SecureBuffer> deriveKey(QByteArrayView passphrase, QByteArrayView salt, const KdfParams &params,
                               std::size_t keyBytes)
{
    ensureSodiumInitialized();
    if (Status check = checkKdfParams(params); !check)
        return check.error();
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "The key derivation salt must be 16 bytes."));
    SecureBuffer key(keyBytes);
    // libsodium declares the passphrase pointer non-null even for length 0.
    const char *passphraseBytes = passphrase.isEmpty() ? "" : passphrase.data();
    const int rc = crypto_pwhash(key.data(), key.size(), passphraseBytes,
                                 static_cast<unsigned long long>(passphrase.size()),
                                 reinterpret_cast<const unsigned char *>(salt.data()), params.opsLimit,
                                 std::size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate("vitae", "Not enough memory to derive the key from the passphrase."));
    return key;
}

} // namespace vitae::crypto
