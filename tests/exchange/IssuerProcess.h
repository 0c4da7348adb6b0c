// Starts tests/support/issuer's vitae-test-issuer for one test class and
// knows its address. The process is stopped when this object goes.
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

namespace vitae::test {

class IssuerProcess {
public:
    ~IssuerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Starts the server and reads "PORT <n>"; false if it did not come up.
    bool start()
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(VITAE_TEST_ISSUER), {});
        QByteArray seen;
        QElapsedTimer timer;
        timer.start();
        while (!seen.contains('\n') && timer.elapsed() < 15000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            seen += m_process.readAllStandardOutput();
        }
        if (!seen.startsWith("PORT "))
            return false;
        m_port = seen.mid(5).trimmed().toUShort();
        return m_port != 0;
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace vitae::test
