// What the verifying commands share: reading inputs, resolvers, trust lists
// and user-supplied contexts.
#include "cli/VerifySetup.h"

#include "cli/CliContext.h"
#include "jsonld/ContextLoader.h"
#include "net/CachingResolver.h"
#include "net/ChainResolver.h"
#include "net/FileResolver.h"
#include "net/HttpResolver.h"

#include <QFile>
#include <QFileInfo>

namespace vitae::cli {

Result<QByteArray> readInput(const QString &path, qint64 maxBytes)
{
    QFile file;
    const bool isStdin = path == QLatin1String("-");
    if (isStdin ? !file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), !file.open(QIODevice::ReadOnly)))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()));
    // Read one byte past the cap to tell "exactly at the cap" from "over it".
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("%1 is larger than %2 MB; Vitae does not read files that big.")
                                                           .arg(path).arg(maxBytes / (1024 * 1024)));
    return bytes;
}

namespace {

// File mappings first, then (unless offline) the network through a cache.
Result<std::shared_ptr<net::Resolver>> makeResolver(const CliContext &cli)
{
    auto chain = std::make_shared<net::ChainResolver>();
    auto files = std::make_shared<net::FileResolver>();
    for (const QString &mapping : cli.resolveMappings)
        if (Status s = files->addMapping(mapping); !s)
            return s.error();
    chain->append(files);
    if (!cli.offline) {
        net::HttpLimits limits;
        limits.allowLoopbackHttp = cli.allowLoopbackHttp;
        chain->append(std::make_shared<net::CachingResolver>(std::make_shared<net::HttpResolver>(limits)));
    }
    return std::shared_ptr<net::Resolver>(chain);
}

Result<verify::TrustStore> loadTrust(const CliContext &cli)
{
    verify::TrustStore trust;
    for (const QString &path : cli.trustLists) {
        Result<QByteArray> bytes = readInput(path);
        if (!bytes)
            return bytes.error();
        if (Status s = trust.addList(*bytes, QFileInfo(path).fileName()); !s)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(path, s.message()));
    }
    return trust;
}

// Contexts the user vouches for, added before any verification starts.
Status addContexts(const CliContext &cli)
{
    for (const QString &mapping : cli.contextMappings) {
        const qsizetype equals = mapping.lastIndexOf(QLatin1Char('='));
        if (equals <= 0)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("--context needs URL=FILE, not \"%1\".").arg(mapping));
        Result<QByteArray> bytes = readInput(mapping.mid(equals + 1));
        if (!bytes)
            return bytes.error();
        if (Status s = jsonld::BuiltinContexts::instance().add(mapping.left(equals), *bytes); !s)
            return s;
    }
    return {};
}

} // namespace

Result<std::unique_ptr<VerifySetup>> prepareVerification(const CliContext &cli)
{
    if (Status s = addContexts(cli); !s)
        return s.error();
    Result<std::shared_ptr<net::Resolver>> resolver = makeResolver(cli);
    if (!resolver)
        return resolver.error();
    Result<verify::TrustStore> trust = loadTrust(cli);
    if (!trust)
        return trust.error();
    return std::make_unique<VerifySetup>(VerifySetup{std::move(*resolver), std::move(*trust)});
}

} // namespace vitae::cli
