// Collects the frames of one Vitae QR sequence as a camera sees them: in any
// order, with repeats, some missed. Rebuilds a missed frame from its group's
// parity, and hands out the payload only once its checksum matches.
#pragma once

#include "common/Result.h"
#include "qr/QrFrame.h"

#include <QList>
#include <QString>

#include <optional>

namespace vitae::qr {

class QrReassembler {
public:
    // Why the last add() refused a text, for callers that react to it.
    enum class Rejection {
        None,
        NotVitae,           // not a Vitae QR code at all
        UnsupportedVersion, // a Vitae QR format version we do not read
        Malformed,          // damaged, truncated or inconsistent frame
        ForeignFrame,       // a frame of another sequence
        Conflicting,        // same frame number, different content
        ChecksumMismatch,   // all frames present, but the whole is wrong
        PayloadDamaged,     // the checksum matched, inflating failed
    };

    struct Progress {
        int have = 0;          // data frames received or rebuilt
        int needed = 0;        // data frames in the sequence
        int parityFrames = 0;  // parity frames received
        int recovered = 0;     // data frames rebuilt from parity
        bool complete = false; // payload() is ready
        bool duplicate = false; // the text just added was already known
        QList<int> missing;    // 1-based data frame numbers still missing
        // "Have 3 of 5 frames; missing 2 and 4." and the like.
        QString summary() const;
    };

    // Accepts one decoded QR text: a "VITAE1:" single code or a frame.
    Result<Progress> add(const QString &text);

    Progress progress() const;
    bool isComplete() const { return m_payload.has_value(); }
    Rejection lastRejection() const { return m_rejection; }
    QByteArray messageId() const { return m_header ? m_header->messageId : QByteArray(); }
    // The payload once complete; otherwise an error saying what is missing.
    Result<QByteArray> payload() const;
    void reset();

private:
    Error reject(Rejection why, const Error &error);
    void recoverGroup(int group);
    Result<Progress> finishIfReady();

    std::optional<QrFrame> m_header; // the first frame: the sequence's facts
    QList<std::optional<QByteArray>> m_data;
    QList<std::optional<QByteArray>> m_parity;
    QString m_singleText;
    int m_have = 0; // data chunks present, so completion is not a scan per frame
    int m_recovered = 0;
    std::optional<QByteArray> m_payload;
    std::optional<Error> m_failure; // a finished sequence that failed its checks
    Rejection m_failureReason = Rejection::None;
    Rejection m_rejection = Rejection::None;
};

} // namespace vitae::qr
