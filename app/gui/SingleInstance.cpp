#include "gui/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace vitae::gui {

Q_LOGGING_CATEGORY(lcExternal, "vitae.external", QtWarningMsg)

namespace {
constexpr char kAccepted = 'K';
// A connection that has not sent its whole message by then is dropped.
constexpr int kReceiveTimeoutMs = 5000;

void appendLength(QByteArray &out, qsizetype length)
{
    const quint32 bigEndian = qToBigEndian(quint32(length));
    out.append(reinterpret_cast<const char *>(&bigEndian), sizeof bigEndian);
}

quint32 lengthAt(const QByteArray &bytes, qsizetype offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}
} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent), m_serverName(std::move(serverName))
{
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

QString SingleInstance::serverNameFor(const QString &vaultFolder)
{
    const QString folder = QDir::cleanPath(QFileInfo(vaultFolder).absoluteFilePath());
    const QByteArray vaultHash =
            QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
#ifdef Q_OS_UNIX
    // The runtime folder is the user's own (mode 0700); the uid keeps the
    // name per user even where Qt falls back to a shared temporary folder.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString name = QStringLiteral("vitae-%1-%2").arg(getuid()).arg(QString::fromLatin1(vaultHash));
    return runtime.isEmpty() ? name : runtime + QLatin1Char('/') + name;
#else
    return QStringLiteral("vitae-%1-%2").arg(qEnvironmentVariable("USERNAME"), QString::fromLatin1(vaultHash));
#endif
}

QByteArray SingleInstance::encode(const QStringList &arguments)
{
    QByteArray payload;
    for (const QString &argument : arguments) {
        const QByteArray utf8 = argument.toUtf8();
        appendLength(payload, utf8.size());
        payload.append(utf8);
    }
    return payload;
}

std::optional<QStringList> SingleInstance::decode(const QByteArray &payload)
{
    if (payload.size() > kMaxMessageBytes)
        return std::nullopt;
    QStringList arguments;
    qsizetype offset = 0;
    while (offset < payload.size()) {
        if (payload.size() - offset < 4 || arguments.size() >= kMaxArguments)
            return std::nullopt;
        const quint32 length = lengthAt(payload, offset);
        offset += 4;
        if (length > quint64(payload.size() - offset))
            return std::nullopt;
        arguments.append(QString::fromUtf8(payload.constData() + offset, qsizetype(length)));
        offset += qsizetype(length);
    }
    return arguments;
}

SingleInstance::Forwarded SingleInstance::forward(const QStringList &arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return Forwarded::NoInstance;
    const QByteArray payload = encode(arguments);
    if (payload.size() > kMaxMessageBytes || arguments.size() > kMaxArguments)
        return Forwarded::Failed;
    QByteArray message;
    appendLength(message, payload.size());
    message.append(payload);
    socket.write(message);
    while (socket.bytesToWrite() > 0)
        if (!socket.waitForBytesWritten(timeoutMs))
            return Forwarded::Failed;
    if (socket.bytesAvailable() < 1 && !socket.waitForReadyRead(timeoutMs))
        return Forwarded::Failed;
    return socket.read(1) == QByteArray(1, kAccepted) ? Forwarded::Delivered : Forwarded::Failed;
}

bool SingleInstance::listen()
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server.listen(m_serverName)) {
        qCInfo(lcExternal).noquote() << "listening on" << m_server.fullServerName();
        return true;
    }
    if (m_server.serverError() != QAbstractSocket::AddressInUseError)
        return false;
    // Called after forward() found nobody answering: the socket file is
    // left over from an instance that crashed.
    QLocalServer::removeServer(m_serverName);
    if (!m_server.listen(m_serverName))
        return false;
    qCInfo(lcExternal).noquote() << "listening on" << m_server.fullServerName();
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        socket->setReadBufferSize(kMaxMessageBytes + 4);
        m_buffers.insert(socket, {});
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        QTimer::singleShot(kReceiveTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    auto buffer = m_buffers.find(socket);
    if (buffer == m_buffers.end())
        return;
    buffer->append(socket->readAll());
    if (buffer->size() < 4)
        return;
    const quint32 length = lengthAt(*buffer, 0);
    if (length > kMaxMessageBytes || buffer->size() > qsizetype(length) + 4)
        return socket->abort();
    if (buffer->size() < qsizetype(length) + 4)
        return; // more to come
    const std::optional<QStringList> arguments = decode(buffer->mid(4));
    buffer->clear();
    if (!arguments)
        return socket->abort();
    socket->write(QByteArray(1, kAccepted));
    socket->flush();
    socket->disconnectFromServer();
    emit received(*arguments);
}

} // namespace vitae::gui
