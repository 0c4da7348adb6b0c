// One window per vault: the first `vitae` listens on a local socket; a later
// launch (a link clicked in a browser, a file opened from the file manager)
// hands its arguments to it and exits.
//
// Wire format, client to server: a 4-byte big-endian payload length, then
// the payload: for each argument a 4-byte big-endian length and its UTF-8
// bytes. The server answers one byte, 'K', once it has accepted the message.
// Sizes are capped on both sides (kMaxMessageBytes, kMaxArguments); anything
// else closes the connection.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QLocalServer>
#include <QLoggingCategory>
#include <QObject>
#include <QStringList>

#include <optional>

class QLocalSocket;

namespace vitae::gui {

// What arrives from outside (arguments, forwarded launches). Info lines are
// off by default (QT_LOGGING_RULES="vitae.external.info=true" shows them);
// they name kinds and hosts, never a link's contents.
Q_DECLARE_LOGGING_CATEGORY(lcExternal)

class SingleInstance : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype kMaxMessageBytes = 1024 * 1024;
    static constexpr qsizetype kMaxArguments = 64;

    explicit SingleInstance(QString serverName, QObject *parent = nullptr);

    // Per user (the user's runtime folder and uid) and per vault folder, so
    // two vaults can be open side by side.
    [[nodiscard]] static QString serverNameFor(const QString &vaultFolder);

    enum class Forwarded {
        Delivered,  // the running instance accepted the arguments
        NoInstance, // nobody listens: become the running instance
        Failed,     // an instance is there but did not accept them (too big, no answer)
    };

    // Sends the arguments to a running instance and waits (briefly, without
    // an event loop) for its answer.
    [[nodiscard]] Forwarded forward(const QStringList &arguments, int timeoutMs = 3000) const;

    // Becomes the running instance; removes a stale socket left by a crash.
    [[nodiscard]] bool listen();
    QString serverName() const { return m_serverName; }

    // The message format, public for tests. decode() returns nothing for a
    // payload that breaks a cap or is cut short.
    [[nodiscard]] static QByteArray encode(const QStringList &arguments);
    [[nodiscard]] static std::optional<QStringList> decode(const QByteArray &payload);

signals:
    // Arguments sent by a later launch, in its order.
    void received(const QStringList &arguments);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer m_server;
    QHash<QLocalSocket *, QByteArray> m_buffers;
};

} // namespace vitae::gui
