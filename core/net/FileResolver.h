// Serves chosen URLs from local files: `vitae-cli verify --resolve URL=FILE`
// and the tests. Any other URL is NotFound, without touching the network.
#pragma once

#include "net/Resolver.h"

#include <QHash>

namespace vitae::net {

class FileResolver : public Resolver {
public:
    // Parses "URL=FILE"; InvalidArgument when malformed.
    Status addMapping(const QString &urlEqualsFile);
    void add(const QUrl &url, const QString &file);
    void addBytes(const QUrl &url, const QByteArray &body, const QString &contentType = QString());

    Result<FetchedDocument> fetch(const QUrl &url) override;

private:
    QHash<QUrl, QString> m_files;
    QHash<QUrl, FetchedDocument> m_documents;
};

} // namespace vitae::net
