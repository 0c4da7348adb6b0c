// The app's limits for everything it fetches: those of net::HttpLimits,
// plus plain http to 127.0.0.1 only behind the developer option
// VITAE_ALLOW_LOOPBACK_HTTP=1 (for tests against loopback servers).
#pragma once

#include "net/HttpClient.h"

#include <QtGlobal>

namespace vitae::gui {

inline net::HttpLimits appHttpLimits()
{
    net::HttpLimits limits;
    limits.allowLoopbackHttp = qEnvironmentVariable("VITAE_ALLOW_LOOPBACK_HTTP") == QLatin1String("1");
    return limits;
}

} // namespace vitae::gui
