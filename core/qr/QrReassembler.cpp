#include "qr/QrReassembler.h"

#include "crypto/Sodium.h"
#include "qr/QrPayload.h"

#include <QCoreApplication>

namespace vitae::qr {

namespace {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString numberList(const QList<int> &numbers)
{
    QStringList parts;
    for (qsizetype i = 0; i < numbers.size() && i < 10; ++i)
        parts.append(QString::number(numbers[i]));
    if (numbers.size() > 10)
        return parts.join(QStringLiteral(", ")) + QStringLiteral(" and %1 more").arg(numbers.size() - 10);
    if (parts.size() > 1)
        return parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + parts.last();
    return parts.join(QString());
}

} // namespace

QString QrReassembler::Progress::summary() const
{
    if (complete && needed == 1)
        return QCoreApplication::translate("vitae", "The QR code was read.");
    if (complete)
        return recovered > 0 ? QCoreApplication::translate("vitae", "All %1 frames read (%2 rebuilt from parity).").arg(needed).arg(recovered)
                             : QCoreApplication::translate("vitae", "All %1 frames read.").arg(needed);
    if (needed == 0)
        return QCoreApplication::translate("vitae", "No Vitae QR frame read yet.");
    return QCoreApplication::translate("vitae", "Have %1 of %2 frames; missing %3 %4.")
            .arg(have).arg(needed)
            .arg(missing.size() == 1 ? QCoreApplication::translate("vitae", "frame") : QCoreApplication::translate("vitae", "frames"),
                 numberList(missing));
}

Error QrReassembler::reject(Rejection why, const Error &error)
{
    m_rejection = why;
    return error;
}

Result<QrReassembler::Progress> QrReassembler::add(const QString &text)
{
    m_rejection = Rejection::None;
    if (m_failure)
        return reject(m_failureReason, *m_failure);
    const QrPrefix prefix = parsePrefix(text);
    if (!prefix.vitae)
        return reject(Rejection::NotVitae,
                      makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "This QR code is not a Vitae QR code.")));
    if (prefix.version != kQrFormatVersion)
        return reject(Rejection::UnsupportedVersion, unsupportedVersion(prefix.version));

    if (!prefix.frame) {
        if (!m_singleText.isEmpty() && text == m_singleText) {
            Progress p = progress();
            p.duplicate = true;
            return p;
        }
        if (m_header || m_payload)
            return reject(Rejection::ForeignFrame,
                          makeError(ErrorCode::InvalidInput,
                                    QCoreApplication::translate("vitae", "This QR code belongs to another Vitae QR sequence (foreign frame).")));
        Result<QByteArray> payload = decodeSinglePayload(text);
        if (!payload)
            return reject(payload.code() == ErrorCode::LimitExceeded ? Rejection::Malformed : Rejection::PayloadDamaged,
                          payload.error());
        m_singleText = text;
        m_payload = *payload;
        return progress();
    }

    Result<QrFrame> parsed = QrFrame::parse(text);
    if (!parsed)
        return reject(Rejection::Malformed, parsed.error());
    QrFrame &frame = *parsed;
    if (!m_header && m_payload)
        return reject(Rejection::ForeignFrame,
                      makeError(ErrorCode::InvalidInput,
                                QCoreApplication::translate("vitae", "This frame belongs to another Vitae QR sequence (foreign frame).")));
    if (!m_header) {
        m_header = frame;
        m_header->chunk.clear();
        m_data = QList<std::optional<QByteArray>>(frame.dataFrames);
        m_parity = QList<std::optional<QByteArray>>(frame.groupCount());
    } else if (frame.messageId != m_header->messageId) {
        return reject(Rejection::ForeignFrame,
                      makeError(ErrorCode::InvalidInput,
                                QCoreApplication::translate("vitae", "This frame belongs to another Vitae QR sequence (foreign frame: "
                                               "message %1, not %2).")
                                        .arg(hex(frame.messageId), hex(m_header->messageId))));
    } else if (!frame.sameSequence(*m_header)) {
        return reject(Rejection::Malformed,
                      makeError(ErrorCode::InvalidInput,
                                QCoreApplication::translate("vitae", "This frame does not match the other frames of its sequence.")));
    }

    auto &slot = frame.kind == QrFrame::Kind::Data ? m_data[frame.index] : m_parity[frame.index];
    if (slot) {
        if (*slot != frame.chunk)
            return reject(Rejection::Conflicting,
                          makeError(ErrorCode::InvalidInput,
                                    (frame.kind == QrFrame::Kind::Data
                                             ? QCoreApplication::translate("vitae", "Frame %1 was read twice with different contents.")
                                             : QCoreApplication::translate("vitae", "The parity frame of group %1 was read twice with "
                                                              "different contents."))
                                            .arg(frame.index + 1)));
        Progress p = progress();
        p.duplicate = true;
        return p;
    }
    slot = frame.chunk;
    if (frame.kind == QrFrame::Kind::Data)
        ++m_have;
    if (m_payload) // already complete: a late frame changes nothing
        return progress();
    recoverGroup(frame.kind == QrFrame::Kind::Data ? frame.index / std::max(1, m_header->groupSize) : frame.index);
    return finishIfReady();
}

// With parity and all but one data chunk of a group, the missing chunk is the
// XOR of the others and the parity (chunks shorter than the parity count as
// zero-padded), cut to its length.
void QrReassembler::recoverGroup(int group)
{
    const int g = m_header->groupSize;
    if (g == 0 || group >= m_parity.size() || !m_parity[group])
        return;
    const int first = group * g;
    const int last = std::min(first + g, m_header->dataFrames);
    int missing = -1;
    for (int i = first; i < last; ++i) {
        if (!m_data[i]) {
            if (missing >= 0)
                return; // two or more missing: parity cannot help
            missing = i;
        }
    }
    if (missing < 0)
        return;
    QByteArray rebuilt = *m_parity[group];
    for (int i = first; i < last; ++i) {
        if (i == missing)
            continue;
        const QByteArray &chunk = *m_data[i];
        for (qsizetype k = 0; k < chunk.size(); ++k)
            rebuilt[k] = char(rebuilt[k] ^ chunk[k]);
    }
    rebuilt.truncate(m_header->dataChunkBytes(missing));
    m_data[missing] = rebuilt;
    ++m_have;
    ++m_recovered;
}

Result<QrReassembler::Progress> QrReassembler::finishIfReady()
{
    if (m_have < m_header->dataFrames)
        return progress();
    QByteArray stream;
    stream.reserve(qsizetype(m_header->streamBytes));
    for (const auto &chunk : std::as_const(m_data))
        stream.append(*chunk);
    // Frames carry no checksum of their own: the whole stream's SHA-256 is
    // checked before a byte of it is inflated.
    if (crypto::sha256(stream).left(kChecksumBytes) != m_header->checksum) {
        m_failureReason = Rejection::ChecksumMismatch;
        m_failure = makeError(ErrorCode::Corrupt,
                              QCoreApplication::translate("vitae", "The Vitae QR sequence was read in full but its checksum does not "
                                             "match; scan it again."));
        return reject(Rejection::ChecksumMismatch, *m_failure);
    }
    Result<QByteArray> payload = inflatePayload(stream);
    if (!payload) {
        m_failureReason = Rejection::PayloadDamaged;
        m_failure = payload.error();
        return reject(Rejection::PayloadDamaged, *m_failure);
    }
    m_payload = *payload;
    return progress();
}

QrReassembler::Progress QrReassembler::progress() const
{
    Progress p;
    p.complete = m_payload.has_value();
    p.recovered = m_recovered;
    if (!m_header) {
        p.needed = p.have = p.complete ? 1 : 0;
        return p;
    }
    p.needed = m_header->dataFrames;
    for (int i = 0; i < m_data.size(); ++i) {
        if (m_data[i])
            ++p.have;
        else
            p.missing.append(i + 1);
    }
    for (const auto &parity : m_parity)
        p.parityFrames += parity ? 1 : 0;
    return p;
}

Result<QByteArray> QrReassembler::payload() const
{
    if (m_payload)
        return *m_payload;
    if (m_failure)
        return *m_failure;
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("vitae", "The Vitae QR sequence is incomplete. %1").arg(progress().summary()));
}

void QrReassembler::reset()
{
    *this = QrReassembler();
}

} // namespace vitae::qr
