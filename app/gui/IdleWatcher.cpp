#include "gui/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <limits>

namespace vitae::gui {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    m_sinceInput.start();
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setTimeout(qint64 milliseconds)
{
    m_timeoutMs = std::max<qint64>(0, milliseconds);
    m_sinceInput.restart();
    schedule();
}

void IdleWatcher::setActive(bool active)
{
    m_active = active;
    m_sinceInput.restart();
    schedule();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        m_sinceInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::schedule()
{
    if (!m_active || m_timeoutMs <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(m_timeoutMs - m_sinceInput.elapsed(), 0, std::numeric_limits<int>::max())));
}

void IdleWatcher::check()
{
    if (!m_active || m_timeoutMs <= 0)
        return;
    if (m_sinceInput.elapsed() >= m_timeoutMs) {
        m_active = false; // once per idle period; the owner reactivates after the next unlock
        emit idle();
        return;
    }
    schedule();
}

} // namespace vitae::gui
