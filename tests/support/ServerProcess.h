// Starts one of the project's test servers (vitae-test-issuer,
// vitae-test-verifier) for a test class and knows its address. Each prints
// "PORT <n>" once it listens on 127.0.0.1. Stopped when this object goes.
#pragma once

#include <QElapsedTimer>
#include <QProcess>

namespace vitae::test {

class ServerProcess {
public:
    explicit ServerProcess(QString program) : m_program(std::move(program)) {}
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Starts the server and reads its port; false if it did not come up.
    bool start()
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(m_program, {});
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
    QString m_program;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace vitae::test
