#include "MiniHttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace vitae::test {

namespace {

constexpr qsizetype kMaxRequestBytes = 1024 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

QUrlQuery IncomingRequest::form() const
{
    // '+' means space in forms; QUrlQuery leaves it alone.
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(text));
}

MiniHttp::MiniHttp(Handler handler) : m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &MiniHttp::accept);
}

quint16 MiniHttp::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0;
}

void MiniHttp::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { readFrom(socket); });
    }
}

void MiniHttp::readFrom(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0 || buffer.size() > kMaxRequestBytes) {
        if (buffer.size() > kMaxRequestBytes) {
            socket->setProperty("answered", true);
            reply(socket, 400, "text/plain", "request too large");
        }
        return;
    }
    IncomingRequest request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() - headEnd - 4 < length)
        return; // the body is still arriving
    request.body = buffer.mid(headEnd + 4, length);
    socket->setProperty("answered", true);
    socket->setProperty("buffer", QByteArray());
    m_handler(request, socket);
}

void MiniHttp::reply(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                     const QByteArray &extraHeaders)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!contentType.isEmpty())
        text += "Content-Type: " + contentType + "\r\n";
    text += extraHeaders;
    text += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    socket->write(text);
    socket->disconnectFromHost();
}

void MiniHttp::replyJson(QTcpSocket *socket, int status, const QJsonObject &body)
{
    reply(socket, status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact),
          "Cache-Control: no-store\r\n");
}

} // namespace vitae::test
