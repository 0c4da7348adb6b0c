// Answers a careless or hostile server gives, under /hostile/:
//   endless   a JSON body that never ends, written as fast as it is read
//   drip      a body of one byte every 300 ms, forever
//   huge      declares 50 MB and starts sending it
//   loop      redirects to itself
//   html      200 with a web page
//   bad-json  200 application/json that is not JSON
//   404, 500  error statuses (404 with an OAuth-style JSON body)
#include "IssuerServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace vitae::test {

namespace {

// Writes `chunk` every `intervalMs` until the client hangs up.
void streamForever(QTcpSocket *socket, const QByteArray &head, const QByteArray &chunk, int intervalMs)
{
    socket->write(head);
    auto *timer = new QTimer(socket);
    QObject::connect(socket, &QTcpSocket::disconnected, timer, &QTimer::stop);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, chunk] {
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * chunk.size() + 1024)
            socket->write(chunk);
    });
    timer->start(intervalMs);
}

} // namespace

bool IssuerServer::serveHostile(const IncomingRequest &request, QTcpSocket *socket)
{
    if (!request.path.startsWith("/hostile/"))
        return false;
    const QByteArray mode = request.path.mid(9);
    if (mode == "endless") {
        streamForever(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[",
                      QByteArray(64 * 1024, ' '), 1);
    } else if (mode == "drip") {
        streamForever(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n", "{", 300);
    } else if (mode == "huge") {
        streamForever(socket,
                      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\n"
                      "Connection: close\r\n\r\n",
                      QByteArray(64 * 1024, ' '), 1);
    } else if (mode == "loop") {
        MiniHttp::reply(socket, 302, "text/plain", "again", "Location: /hostile/loop\r\n");
    } else if (mode == "html") {
        MiniHttp::reply(socket, 200, "text/html; charset=utf-8", "<html><body>Please sign in</body></html>");
    } else if (mode == "bad-json") {
        MiniHttp::reply(socket, 200, "application/json", "{\"credential_issuer\": ");
    } else if (mode == "404") {
        MiniHttp::replyJson(socket, 404, {{"error", "not_found"}, {"error_description", "No such credential"}});
    } else if (mode == "500") {
        MiniHttp::reply(socket, 500, "text/plain", "database on fire");
    } else {
        return false;
    }
    return true;
}

} // namespace vitae::test
