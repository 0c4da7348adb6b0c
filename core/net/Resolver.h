// Everything verification fetches (status lists, did:web documents, hosted
// badge assertions) goes through a Resolver, so tests and offline users can
// serve documents from files, and so every fetch has the same limits.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

namespace vitae::net {

struct FetchedDocument {
    QUrl url;              // the URL asked for
    QUrl finalUrl;         // after redirects
    QByteArray body;
    QString contentType;   // without parameters, lower case; may be empty
    QDateTime retrievedAt; // UTC
    QDateTime expiresAt;   // from Cache-Control max-age / Expires; invalid if none
};

class Resolver {
public:
    virtual ~Resolver() = default;
    // Blocking; call from a worker thread, never the GUI thread. Errors:
    // ErrorCode::Network (unreachable, timeout, TLS, HTTP status),
    // LimitExceeded (too large, too many redirects), NotFound (a file
    // resolver has no entry), Unsupported (scheme not allowed).
    virtual Result<FetchedDocument> fetch(const QUrl &url) = 0;
};

} // namespace vitae::net
