// Keeps the screen on while something must stay visible (interview mode's
// QR code): `active` true asks the platform not to blank the screen, false
// (or destruction) lets it again.
//
// Linux: the freedesktop ScreenSaver D-Bus interface on the session bus
// (org.freedesktop.ScreenSaver, Inhibit(app, reason) -> cookie,
// UnInhibit(cookie)), which KDE, GNOME (through its portal shim), Xfce and
// others answer. Calls are asynchronous, so a slow or missing service never
// blocks the GUI; with no such service `inhibited` stays false and `problem`
// says so.
// Android would set WindowManager.LayoutParams.FLAG_KEEP_SCREEN_ON on the
// activity's window (through QJniObject on the Android UI thread); iOS
// would set UIApplication.sharedApplication.idleTimerDisabled = YES (and
// back to NO). Neither is built yet: on those platforms, and elsewhere
// without D-Bus, this does nothing and `problem` says so.
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QDBusPendingCallWatcher;

namespace vitae::gui {

class ScreenAwake : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // True while the platform has promised to keep the screen on.
    Q_PROPERTY(bool inhibited READ inhibited NOTIFY inhibitedChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY inhibitedChanged)

public:
    explicit ScreenAwake(QObject *parent = nullptr);
    ~ScreenAwake() override;

    bool active() const { return m_active; }
    void setActive(bool active);
    bool inhibited() const { return m_cookie != 0; }
    QString problem() const { return m_problem; }

signals:
    void activeChanged();
    void inhibitedChanged();

private:
    void inhibit();
    void release();
    void onInhibitReply(QDBusPendingCallWatcher *call);

    bool m_active = false;
    bool m_waiting = false; // an Inhibit call is on its way
    uint m_cookie = 0;
    QString m_problem;
};

} // namespace vitae::gui
