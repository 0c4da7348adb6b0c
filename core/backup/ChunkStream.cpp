#include "backup/ChunkStream.h"

#include "crypto/Sodium.h"

#include <QIODevice>
#include <QCoreApplication>

#include <sodium.h>

#include <cstring>

namespace vitae::backup {

namespace {
using State = crypto_secretstream_xchacha20poly1305_state;
constexpr qsizetype kOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;

State *stateOf(crypto::SecureBuffer &buffer)
{
    return reinterpret_cast<State *>(buffer.data());
}

const unsigned char *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}
} // namespace

ChunkWriter::ChunkWriter(QIODevice &out, quint32 chunkSize) : m_out(out), m_chunkSize(chunkSize)
{
    // The state holds the key: keep it in secure memory.
    m_state = crypto::SecureBuffer(sizeof(State));
    m_plain.reserve(chunkSize);
    m_sealed.resize(qsizetype(chunkSize) + kOverhead);
}

ChunkWriter::~ChunkWriter()
{
    crypto::wipe(m_plain);
}

QByteArray ChunkWriter::begin(const crypto::SecureBuffer &key)
{
    QByteArray header(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(stateOf(m_state), reinterpret_cast<unsigned char *>(header.data()),
                                                    key.data());
    return header;
}

Status ChunkWriter::write(QByteArrayView data)
{
    while (!data.isEmpty()) {
        // A full chunk is sealed only when more data comes, so the FINAL
        // chunk is never empty unless the whole payload is.
        if (m_plain.size() == qsizetype(m_chunkSize)) {
            if (Status s = push(false); !s)
                return s;
        }
        const qsizetype take = qMin(data.size(), qsizetype(m_chunkSize) - m_plain.size());
        m_plain.append(data.first(take));
        data = data.sliced(take);
    }
    return {};
}

Status ChunkWriter::finish()
{
    return push(true);
}

Status ChunkWriter::push(bool final)
{
    const QByteArray ad = m_first ? m_associatedData : QByteArray();
    unsigned long long sealedSize = 0;
    crypto_secretstream_xchacha20poly1305_push(
            stateOf(m_state), reinterpret_cast<unsigned char *>(m_sealed.data()), &sealedSize, bytesOf(m_plain),
            static_cast<unsigned long long>(m_plain.size()), ad.isEmpty() ? nullptr : bytesOf(ad),
            static_cast<unsigned long long>(ad.size()),
            final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    m_first = false;
    sodium_memzero(m_plain.data(), std::size_t(m_plain.size()));
    m_plain.resize(0);
    if (m_out.write(m_sealed.constData(), qint64(sealedSize)) != qint64(sealedSize))
        return makeError(ErrorCode::Io, QCoreApplication::translate("vitae", "The backup could not be written: %1").arg(m_out.errorString()));
    return {};
}

ChunkReader::ChunkReader(QIODevice &in, quint32 chunkSize, QString fileName)
    : m_in(in), m_chunkSize(chunkSize), m_fileName(std::move(fileName))
{
    m_state = crypto::SecureBuffer(sizeof(State));
}

ChunkReader::~ChunkReader()
{
    crypto::wipe(m_plain);
}

Error ChunkReader::damaged(const QString &why) const
{
    return makeError(ErrorCode::Corrupt, QCoreApplication::translate("vitae", "The backup %1 is damaged: %2").arg(m_fileName, why));
}

Status ChunkReader::begin(const crypto::SecureBuffer &key, QByteArrayView streamHeader, QByteArray associatedData)
{
    m_associatedData = std::move(associatedData);
    if (streamHeader.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES
        || crypto_secretstream_xchacha20poly1305_init_pull(stateOf(m_state), bytesOf(streamHeader), key.data()) != 0)
        return damaged(QStringLiteral("its stream header is invalid."));
    return {};
}

Status ChunkReader::nextChunk()
{
    if (m_final)
        return damaged(QStringLiteral("its contents end in the middle of a record."));
    const qint64 wanted = qint64(m_chunkSize) + kOverhead;
    m_sealed.resize(wanted);
    const qint64 got = m_in.read(m_sealed.data(), wanted);
    if (got < 0)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("vitae", "The backup %1 cannot be read: %2").arg(m_fileName, m_in.errorString()));
    if (got == 0)
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("vitae", "The backup %1 is incomplete: it ends before its last part (it may have "
                                        "been cut short while being copied or saved).")
                                 .arg(m_fileName));
    m_bytesRead += got;
    crypto::wipe(m_plain);
    m_plain.resize(qMax<qint64>(got - kOverhead, 0));
    m_position = 0;
    unsigned long long plainSize = 0;
    unsigned char tag = 0;
    const QByteArray ad = m_chunkIndex == 0 ? m_associatedData : QByteArray();
    if (got < kOverhead
        || crypto_secretstream_xchacha20poly1305_pull(
                   stateOf(m_state), reinterpret_cast<unsigned char *>(m_plain.data()), &plainSize, &tag,
                   bytesOf(m_sealed), static_cast<unsigned long long>(got), ad.isEmpty() ? nullptr : bytesOf(ad),
                   static_cast<unsigned long long>(ad.size()))
                != 0) {
        // A short last piece is a cut-off file as often as a damaged one.
        if (got < wanted && m_in.atEnd())
            return damaged(QStringLiteral("part %1 is cut short or altered (the file may have been truncated).")
                                   .arg(m_chunkIndex + 1));
        return damaged(QStringLiteral("part %1 does not pass its integrity check.").arg(m_chunkIndex + 1));
    }
    ++m_chunkIndex;
    m_plain.resize(qsizetype(plainSize));
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        m_final = true;
        if (!m_in.atEnd())
            return damaged(QStringLiteral("it has unexpected bytes after its end."));
    } else if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
        return damaged(QStringLiteral("part %1 has an unknown tag.").arg(m_chunkIndex));
    } else if (got < wanted) {
        // Only the FINAL chunk may be short: what is missing was cut off.
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("vitae", "The backup %1 is incomplete: it ends before its last part (it may have "
                                        "been cut short while being copied or saved).")
                                 .arg(m_fileName));
    }
    return {};
}

Status ChunkReader::read(char *into, qsizetype size)
{
    while (size > 0) {
        if (m_position == m_plain.size()) {
            if (Status s = nextChunk(); !s)
                return s;
            continue;
        }
        const qsizetype take = qMin(size, m_plain.size() - m_position);
        std::memcpy(into, m_plain.constData() + m_position, std::size_t(take));
        m_position += take;
        into += take;
        size -= take;
    }
    return {};
}

Result<bool> ChunkReader::atEnd()
{
    // A chunk with no plaintext left may still be followed by the FINAL one.
    while (m_position == m_plain.size() && !m_final) {
        if (Status s = nextChunk(); !s)
            return s.error();
    }
    return m_final && m_position == m_plain.size();
}

} // namespace vitae::backup
