// A small HTTP/1.1 server on 127.0.0.1 for the resolver tests. It runs on a
// thread of its own, because HttpResolver::fetch blocks the test's thread.
// Every response is written by hand, so the tests control each byte.
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QThread>

#include <atomic>
#include <future>

class QTcpSocket;

namespace vitae::test {

class TestHttpServer : public QThread {
public:
    TestHttpServer();
    ~TestHttpServer() override;

    // Starts listening on 127.0.0.1 and returns the port (0 on failure).
    quint16 start();
    QByteArray baseUrl() const;

    // Observations, safe to read from the test thread.
    int requests() const { return m_requests.load(); }
    qint64 streamedBytes() const { return m_streamedBytes.load(); }
    bool streamClientGone() const { return m_streamClientGone.load(); }
    bool silentClientGone() const { return m_silentClientGone.load(); }
    QByteArray lastAcceptHeader() const;
    QByteArray lastAcceptEncodingHeader() const;

    // Where the routes are: see TestHttpServer.cpp.
    static constexpr int kStreamChunk = 16 * 1024;
    static constexpr qint64 kGzipExpandedSize = 8 * 1024 * 1024;

protected:
    void run() override;

private:
    void serve(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const QByteArray &path);
    void stream(QTcpSocket *socket);

    std::promise<void> m_ready;
    quint16 m_port = 0;
    std::atomic<int> m_requests{0};
    std::atomic<qint64> m_streamedBytes{0};
    std::atomic<bool> m_streamClientGone{false};
    std::atomic<bool> m_silentClientGone{false};
    mutable QMutex m_mutex;
    QByteArray m_lastAccept;
    QByteArray m_lastAcceptEncoding;
};

} // namespace vitae::test
