// A deliberately small HTTP/1.1 server for the test issuer: one request per
// connection, Content-Length bodies only, every answer written by hand so
// hostile routes control each byte. Listens on 127.0.0.1 only.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

namespace vitae::test {

struct IncomingRequest {
    QByteArray method;
    QByteArray path;      // without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QUrlQuery form() const; // an application/x-www-form-urlencoded body
};

class MiniHttp : public QObject {
public:
    using Handler = std::function<void(const IncomingRequest &, QTcpSocket *)>;

    explicit MiniHttp(Handler handler);
    quint16 listen(); // 127.0.0.1, a free port; 0 on failure

    // Writes a whole answer and closes the connection.
    static void reply(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                      const QByteArray &extraHeaders = {});
    static void replyJson(QTcpSocket *socket, int status, const QJsonObject &body);

private:
    void accept();
    void readFrom(QTcpSocket *socket);

    Handler m_handler;
    QTcpServer m_server;
};

} // namespace vitae::test
