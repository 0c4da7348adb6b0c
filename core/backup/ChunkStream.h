// The encrypted payload: libsodium's crypto_secretstream_xchacha20poly1305
// in fixed-size chunks. Every chunk but the last holds exactly `chunkSize`
// plaintext bytes; the last holds 1..chunkSize and is tagged FINAL, so a
// file cut short (even at a chunk boundary) or with chunks dropped,
// reordered or altered never decrypts. The file header is the first chunk's
// associated data.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

class QIODevice;

namespace vitae::backup {

class ChunkWriter {
public:
    ChunkWriter(QIODevice &out, quint32 chunkSize);
    ~ChunkWriter();
    ChunkWriter(const ChunkWriter &) = delete;
    ChunkWriter &operator=(const ChunkWriter &) = delete;

    // Starts the stream; returns its 24-byte header for the file header.
    QByteArray begin(const crypto::SecureBuffer &key);
    // Bytes authenticated with the first chunk (the file header).
    void setAssociatedData(QByteArray header) { m_associatedData = std::move(header); }

    Status write(QByteArrayView data);
    // Writes what is buffered as the FINAL chunk.
    Status finish();

private:
    Status push(bool final);

    QIODevice &m_out;
    quint32 m_chunkSize;
    crypto::SecureBuffer m_state;
    QByteArray m_plain; // up to m_chunkSize bytes waiting to be sealed
    QByteArray m_sealed;
    QByteArray m_associatedData;
    bool m_first = true;
};

class ChunkReader {
public:
    // `fileName` names the file in error messages.
    ChunkReader(QIODevice &in, quint32 chunkSize, QString fileName);
    ~ChunkReader();
    ChunkReader(const ChunkReader &) = delete;
    ChunkReader &operator=(const ChunkReader &) = delete;

    // Fails (Crypto) if the stream header is unusable for this key.
    Status begin(const crypto::SecureBuffer &key, QByteArrayView streamHeader, QByteArray associatedData);

    // Reads exactly `size` plaintext bytes, decrypting chunks as needed.
    Status read(char *into, qsizetype size);
    // True once the FINAL chunk is consumed and nothing follows it.
    Result<bool> atEnd();
    qint64 bytesRead() const { return m_bytesRead; } // of the file, for progress

private:
    Status nextChunk();
    Error damaged(const QString &why) const;

    QIODevice &m_in;
    quint32 m_chunkSize;
    QString m_fileName;
    crypto::SecureBuffer m_state;
    QByteArray m_associatedData;
    QByteArray m_sealed;
    QByteArray m_plain;
    qsizetype m_position = 0;
    qint64 m_chunkIndex = 0;
    qint64 m_bytesRead = 0;
    bool m_final = false;
};

} // namespace vitae::backup
