#include "gui/ScreenAwake.h"

#ifdef VITAE_SCREEN_AWAKE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace vitae::gui {

namespace {
#ifdef VITAE_SCREEN_AWAKE_DBUS
const QString kService = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kPath = QStringLiteral("/org/freedesktop/ScreenSaver");
const QString kInterface = QStringLiteral("org.freedesktop.ScreenSaver");
#endif
} // namespace

ScreenAwake::ScreenAwake(QObject *parent) : QObject(parent) {}

ScreenAwake::~ScreenAwake()
{
    release();
}

void ScreenAwake::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    emit activeChanged();
    if (active)
        inhibit();
    else
        release();
}

void ScreenAwake::inhibit()
{
#ifdef VITAE_SCREEN_AWAKE_DBUS
    if (m_cookie != 0 || m_waiting)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_problem = tr("The screen may turn off: there is no desktop session to ask.");
        emit inhibitedChanged();
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Inhibit"));
    call << QStringLiteral("Vitae") << tr("Showing a QR code to a verifier");
    m_waiting = true;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &ScreenAwake::onInhibitReply);
#else
    m_problem = tr("The screen may turn off: keeping it on is not supported on this system yet.");
    emit inhibitedChanged();
#endif
}

#ifdef VITAE_SCREEN_AWAKE_DBUS
void ScreenAwake::onInhibitReply(QDBusPendingCallWatcher *call)
{
    call->deleteLater();
    m_waiting = false;
    const QDBusPendingReply<uint> reply = *call;
    if (reply.isError() || reply.value() == 0) {
        m_problem = tr("The screen may turn off: the desktop did not agree to keep it on.");
        emit inhibitedChanged();
        return;
    }
    m_cookie = reply.value();
    m_problem.clear();
    emit inhibitedChanged();
    if (!m_active)
        release(); // closed while the answer was on its way
}
#else
void ScreenAwake::onInhibitReply(QDBusPendingCallWatcher *) {}
#endif

void ScreenAwake::release()
{
#ifdef VITAE_SCREEN_AWAKE_DBUS
    if (m_cookie == 0)
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("UnInhibit"));
    call << m_cookie;
    // Fire and forget: the desktop also drops it when Vitae quits.
    QDBusConnection::sessionBus().send(call);
    m_cookie = 0;
    emit inhibitedChanged();
#endif
}

} // namespace vitae::gui
