#include "TestHttpServer.h"

#include <QDateTime>
#include <QLocale>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

namespace vitae::test {

namespace {

QByteArray response(const QByteArray &status, const QByteArray &headers, const QByteArray &body)
{
    QByteArray text = "HTTP/1.1 " + status + "\r\n" + headers;
    text += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    text += "Connection: close\r\n\r\n" + body;
    return text;
}

QByteArray redirect(const QByteArray &status, const QByteArray &location)
{
    return response(status, "Location: " + location + "\r\n", "moved");
}

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

// GZIP of `size` zero bytes: a few KB that claim megabytes.
QByteArray gzippedZeros(qint64 size)
{
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    QByteArray zeros(int(size), '\0');
    QByteArray output(int(deflateBound(&stream, uLong(size))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(zeros.data());
    stream.avail_in = uInt(zeros.size());
    stream.next_out = reinterpret_cast<Bytef *>(output.data());
    stream.avail_out = uInt(output.size());
    deflate(&stream, Z_FINISH);
    output.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return output;
}

} // namespace

TestHttpServer::TestHttpServer() = default;

TestHttpServer::~TestHttpServer()
{
    quit();
    wait();
}

quint16 TestHttpServer::start()
{
    auto listening = m_ready.get_future();
    QThread::start();
    listening.wait();
    return m_port;
}

QByteArray TestHttpServer::baseUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(m_port);
}

QByteArray TestHttpServer::lastAcceptHeader() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastAccept;
}

QByteArray TestHttpServer::lastAcceptEncodingHeader() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastAcceptEncoding;
}

void TestHttpServer::run()
{
    QTcpServer server;
    if (server.listen(QHostAddress::LocalHost, 0))
        m_port = server.serverPort();
    QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            serve(socket);
    });
    m_ready.set_value();
    exec();
}

// Reads the request head, then answers by path.
void TestHttpServer::serve(QTcpSocket *socket)
{
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        if (socket->property("answered").toBool())
            return;
        QByteArray head = socket->property("head").toByteArray() + socket->readAll();
        socket->setProperty("head", head);
        if (head.startsWith('\x16')) {
            // A TLS ClientHello: answer in plain text, as a misconfigured server would.
            socket->setProperty("answered", true);
            socket->write(response("400 Bad Request", QByteArray(), "plain HTTP only"));
            socket->disconnectFromHost();
            return;
        }
        const qsizetype headEnd = head.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype contentLength = 0;
        QByteArray contentType;
        QByteArray authorization;
        for (const QByteArray &line : head.left(headEnd).split('\n')) {
            const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
            const QByteArray value = line.mid(line.indexOf(':') + 1).trimmed();
            if (name == "content-length")
                contentLength = value.toLongLong();
            else if (name == "content-type")
                contentType = value;
            else if (name == "authorization")
                authorization = value;
        }
        if (head.size() - headEnd - 4 < contentLength)
            return; // a POST body still arriving
        socket->setProperty("answered", true);
        ++m_requests;
        for (const QByteArray &line : head.left(headEnd).split('\n')) {
            const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
            const QByteArray value = line.mid(line.indexOf(':') + 1).trimmed();
            QMutexLocker lock(&m_mutex);
            if (name == "accept")
                m_lastAccept = value;
            else if (name == "accept-encoding")
                m_lastAcceptEncoding = value;
        }
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        if (requestLine.value(1) == "/echo") {
            // What arrived, as JSON: for the POST tests.
            const QByteArray echo = "{\"method\":\"" + requestLine.value(0) + "\",\"contentType\":\"" + contentType
                    + "\",\"authorization\":\"" + authorization + "\",\"body\":\""
                    + head.mid(headEnd + 4, contentLength).toBase64() + "\"}";
            socket->write(response("200 OK", "Content-Type: application/json\r\n", echo));
            socket->disconnectFromHost();
            return;
        }
        respond(socket, requestLine.value(1));
    });
}

void TestHttpServer::respond(QTcpSocket *socket, const QByteArray &path)
{
    QByteArray answer;
    if (path == "/ok") {
        answer = response("200 OK",
                          "Content-Type: application/ld+json; charset=utf-8\r\n"
                          "Cache-Control: public, max-age=60\r\n",
                          R"({"hello":"world"})");
    } else if (path == "/expires") {
        answer = response("200 OK", "Content-Type: application/json\r\nExpires: "
                                  + httpDate(QDateTime::currentDateTimeUtc().addSecs(7200)) + "\r\n",
                          "{}");
    } else if (path == "/no-store") {
        answer = response("200 OK", "Cache-Control: no-store\r\n", "{}");
    } else if (path == "/gzip") {
        // Sent compressed although the client asked for identity.
        answer = response("200 OK", "Content-Type: application/json\r\nContent-Encoding: gzip\r\n",
                          gzippedZeros(kGzipExpandedSize));
    } else if (path == "/missing") {
        answer = response("404 Not Found", "Content-Type: text/html\r\n", "<h1>nothing here</h1>");
    } else if (path == "/broken") {
        answer = response("500 Internal Server Error", QByteArray(), "oops");
    } else if (path == "/r1") {
        answer = redirect("302 Found", "/r2");
    } else if (path == "/r2") {
        answer = redirect("301 Moved Permanently", baseUrl() + "/r3");
    } else if (path == "/r3") {
        answer = redirect("308 Permanent Redirect", "ok"); // relative to /r3
    } else if (path == "/loop") {
        answer = redirect("302 Found", "/loop");
    } else if (path == "/offsite") {
        answer = redirect("302 Found", "http://example.invalid/elsewhere");
    } else if (path == "/no-location") {
        answer = response("302 Found", QByteArray(), QByteArray());
    } else if (path == "/declared-big") {
        // Claims 100 MB but sends a few bytes and waits: the header alone
        // must be enough to refuse.
        answer = "HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n{\"a\":";
        socket->write(answer);
        return;
    } else if (path == "/oauth-error") {
        answer = response("400 Bad Request", "Content-Type: application/json\r\n",
                          R"({"error":"invalid_grant","error_description":"expired"})");
    } else if (path == "/big-error") {
        answer = response("500 Internal Server Error", "Content-Type: text/plain\r\n", QByteArray(300 * 1000, 'x'));
    } else if (path == "/see-other") {
        answer = redirect("303 See Other", "/echo");
    } else if (path == "/temporary") {
        answer = redirect("307 Temporary Redirect", "/echo");
    } else if (path == "/stream") {
        return stream(socket);
    } else if (path == "/silent") {
        // Never answers; notes when the client gives up.
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [this] { m_silentClientGone = true; });
        return;
    } else {
        answer = response("404 Not Found", QByteArray(), QByteArray());
    }
    socket->write(answer);
    socket->disconnectFromHost();
}

// An endless body without Content-Length, a chunk every few milliseconds,
// until the client hangs up.
void TestHttpServer::stream(QTcpSocket *socket)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
    auto *timer = new QTimer(socket);
    QObject::connect(socket, &QTcpSocket::disconnected, timer, [this, timer] {
        m_streamClientGone = true;
        timer->stop();
    });
    QObject::connect(timer, &QTimer::timeout, socket, [this, socket] {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            m_streamClientGone = true;
            return;
        }
        if (socket->bytesToWrite() > 4 * kStreamChunk)
            return; // the client is not reading; do not pile up
        const qint64 written = socket->write(QByteArray(kStreamChunk, ' '));
        if (written > 0)
            m_streamedBytes += written;
    });
    timer->start(2);
}

} // namespace vitae::test
