#pragma once

#include "common/Result.h"
#include "net/Resolver.h"
#include "verify/TrustStore.h"
#include "verify/Verifier.h"

#include <memory>

namespace vitae::cli {

class CliContext;

inline constexpr qint64 kMaxCredentialFileBytes = 10 * 1024 * 1024;

// A file (or "-" for standard input), refusing anything over `maxBytes`.
Result<QByteArray> readInput(const QString &path, qint64 maxBytes = kMaxCredentialFileBytes);

// What verification needs from the command line: where documents come
// from, and which issuers the user recognises. The context points into it.
struct VerifySetup {
    std::shared_ptr<net::Resolver> resolver;
    verify::TrustStore trust;
    verify::VerifyContext context() const
    {
        verify::VerifyContext context;
        context.resolver = resolver.get();
        context.trust = &trust;
        return context;
    }
};

// Resolvers (--resolve, --offline), trust lists (--trust-list) and added
// contexts (--context) from the command line.
Result<std::unique_ptr<VerifySetup>> prepareVerification(const CliContext &cli);

} // namespace vitae::cli
