// Where JSON-LD contexts come from. Verification never fetches one: the
// well-known contexts ship inside Vitae; a learner may add more explicitly.
#pragma once

#include "common/Result.h"

#include <QHash>
#include <QJsonValue>
#include <QString>

namespace vitae::jsonld {

class ContextLoader {
public:
    virtual ~ContextLoader() = default;
    // The parsed context document for `url`. NotFound with the message
    // "unknown context <url>" when this loader does not have it.
    virtual Result<QJsonValue> load(const QString &url) const = 0;
};

// The contexts shipped in resources/contexts (URL -> file in contexts.json),
// plus any added at run time. Parsed once and kept; thread-safe for load().
class BuiltinContexts : public ContextLoader {
public:
    // The process-wide instance with the shipped contexts.
    static BuiltinContexts &instance();

    Result<QJsonValue> load(const QString &url) const override;
    // Adds (or replaces) a context, e.g. one the learner chose to trust.
    Status add(const QString &url, QByteArrayView json);
    QStringList urls() const;

private:
    BuiltinContexts();
    QHash<QString, QJsonValue> m_contexts;
};

} // namespace vitae::jsonld
