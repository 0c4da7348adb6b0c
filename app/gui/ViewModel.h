// What every page's view model shows while it works: busy, the last error
// (reset on success and on failure alike) and a passing notice.
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace vitae::gui {

class ViewModel : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    using QObject::QObject;

    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }

    Q_INVOKABLE void clearError() { setError(QString()); }

signals:
    void busyChanged();
    void errorChanged();
    void noticeChanged();

protected:
    void setBusy(bool busy);
    void setError(const QString &error);
    void setNotice(const QString &notice);

private:
    bool m_busy = false;
    QString m_error;
    QString m_notice;
};

} // namespace vitae::gui
