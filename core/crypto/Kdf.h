// Passphrase key derivation with libsodium's Argon2id.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

#include <cstdint>

namespace vitae::crypto {

struct KdfParams {
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes

    // libsodium's "moderate" limits (3 passes, 256 MiB): the floor for real vaults.
    static KdfParams moderate();
    // Cheap limits that keep test suites fast. Refused unless the process
    // called enableTestingKdf() (only test executables do).
    static KdfParams testing();

    bool operator==(const KdfParams &) const = default;
};

// Test executables call this once at start so they may use KdfParams::testing().
void enableTestingKdf();
bool testingKdfEnabled();

// Checks that parameters are strong enough (or testing is enabled) and not so
// large that deriving would exhaust the machine (a hostile header could ask
// for terabytes before its authentication tag is ever checked).
Status checkKdfParams(const KdfParams &params);

constexpr qsizetype kKdfSaltBytes = 16;

// Derives `keyBytes` bytes from the passphrase. The passphrase is read only.
Result<SecureBuffer> deriveKey(QByteArrayView passphrase, QByteArrayView salt, const KdfParams &params,
                               std::size_t keyBytes = 32);

} // namespace vitae::crypto
