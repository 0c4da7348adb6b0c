// Remote context loading and the process-wide cache of processed contexts.
#pragma once

#include "jsonld/JsonLd_p.h"

namespace vitae::jsonld::detail {

// The context document at `url` from the run's loader (never the network).
QJsonObject loadRemoteContext(Processor &p, const QString &url);

// Step 5.2 of Context Processing for one URL, served from the cache when
// this URL was already applied to exactly this active context.
ContextPtr processRemoteContext(Processor &p, const ContextPtr &current, const QString &url,
                                const QStringList &remoteContexts, bool validateScoped);

// Stable id for the initial context with `base`, so cache keys survive runs.
quint64 contextIdForBase(const QString &base);

} // namespace vitae::jsonld::detail
