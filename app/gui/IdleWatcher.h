// Notices when the learner has stopped using the app: an application-wide
// event filter records each key, mouse, wheel or touch input, and `idle`
// fires once no input came for the chosen time. Off when the time is zero.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace vitae::gui {

class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // How long without input counts as idle; 0 turns the watcher off.
    void setTimeout(qint64 milliseconds);
    qint64 timeout() const { return m_timeoutMs; }
    // Watching only makes sense while there is something to lock.
    void setActive(bool active);
    bool isActive() const { return m_active; }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();
    void check();

    qint64 m_timeoutMs = 0;
    bool m_active = false;
    QElapsedTimer m_sinceInput;
    // Wakes when the time may be up; input only updates m_sinceInput, so
    // a moving mouse costs no timer restarts.
    QTimer m_timer;
};

} // namespace vitae::gui
