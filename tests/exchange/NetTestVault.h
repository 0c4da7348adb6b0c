// What the network exchange tests share: a vault, an HTTP client allowed
// onto loopback, a CollectContext, and collect-then-store as the CLI does it.
#pragma once

#include "crypto/Kdf.h"
#include "exchange/Collect.h"
#include "net/HttpResolver.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace vitae::test {

class NetTestVault {
public:
    explicit NetTestVault(int timeoutMs = 10000)
    {
        crypto::enableTestingKdf();
        m_vault = std::make_unique<vault::Vault>(m_dir.path() + QStringLiteral("/vault"));
        m_created = bool(m_vault->create("pass", crypto::KdfParams::testing()));
        net::HttpLimits limits;
        limits.allowLoopbackHttp = true;
        limits.timeoutMs = timeoutMs;
        m_http = std::make_unique<net::HttpResolver>(limits);
    }

    bool created() const { return m_created; }
    vault::Vault &vault() { return *m_vault; }
    net::HttpResolver &http() { return *m_http; }

    exchange::CollectContext context()
    {
        exchange::CollectContext context;
        context.http = m_http.get();
        context.holderKey = &m_vault->holderKey();
        context.holderDid = m_vault->holderDid();
        return context;
    }

    Result<exchange::CollectedCredentials> collect(const QString &text, const exchange::CollectContext &context)
    {
        Result<exchange::Link> link = exchange::parseLink(text);
        if (!link)
            return link.error();
        return exchange::collectFromLink(*link, context);
    }

    Result<exchange::CollectedCredentials> collect(const QString &text) { return collect(text, context()); }

    int rows() { return m_vault->counts()->credentials; }

    // Previews and stores every credential; returns the previews.
    QList<exchange::ImportPreview> store(const exchange::CollectedCredentials &collected)
    {
        verify::VerifyContext verifyContext;
        verifyContext.resolver = m_http.get();
        verifyContext.holderDids = {m_vault->holderDid()};
        QList<exchange::ImportPreview> previews;
        for (const exchange::FoundCredential &found : collected.credentials) {
            previews.append(exchange::previewImport(found, *m_vault, verifyContext));
            if (!previews.last().canStore())
                continue;
            Result<qint64> id = exchange::storeImport(previews.last(), *m_vault, collected.source);
            if (!id)
                qWarning("storing failed: %s", qPrintable(id.message()));
        }
        return previews;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    std::unique_ptr<net::HttpResolver> m_http;
    bool m_created = false;
};

} // namespace vitae::test
