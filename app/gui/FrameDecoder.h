// Finds QR codes in camera frames and pictures without blocking the GUI
// thread: each is decoded (ZXing, through core/qr) on a worker thread, one
// at a time; camera frames arriving meanwhile are dropped, so a slow decode
// never builds a queue. Vitae codes are put together with QrReassembler: a
// single "VITAE1:" code, or the frames of an animated sequence in any order
// (a missed one rebuilt from parity), reported as they come.
#pragma once

#include "common/Result.h"
#include "qr/GrayImage.h"
#include "qr/QrReassembler.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QVideoFrame>
#include <QVideoSink>

#include <functional>
#include <mutex>

namespace vitae::gui {

class FrameDecoder : public QObject {
    Q_OBJECT
public:
    explicit FrameDecoder(QObject *parent = nullptr);
    ~FrameDecoder() override; // waits for the decode in flight

    // Decodes the frames this sink shows (a VideoOutput's), or none.
    void setVideoSink(QVideoSink *sink);
    QVideoSink *videoSink() const { return m_sink; }

    // A camera frame: taken unless one is being decoded (then dropped and
    // false). Call on the GUI thread, like everything here.
    bool submitFrame(const QVideoFrame &frame);
    // A picture (clipboard) or an image file: never dropped; it waits for
    // the frame in flight.
    void submitImage(const QImage &image);
    void submitFile(const QString &path);

    // Forgets a partly read sequence and drops answers still on their way.
    void reset();

    bool isDecoding() const { return m_watcher.isRunning() || m_decoding; }
    int framesDecoded() const { return m_framesDecoded; }
    int framesDropped() const { return m_framesDropped; }
    // The thread that decoded the last frame (never the GUI thread).
    Qt::HANDLE lastDecodeThread() const { return m_lastDecodeThread; }

signals:
    // A code that is not a Vitae QR text (a link, a credential, anything).
    void textFound(const QString &text);
    // The bytes of a whole Vitae payload: one code, or every frame.
    void payloadFound(const QByteArray &payload);
    // Frames of an animated sequence read so far (have of needed).
    void progressChanged(int have, int needed);
    // Each finished decode, after the signals above. `problem`: why a
    // picture or code could not be used (no code in a picture, a newer
    // Vitae format, ...), else empty.
    void decoded(bool foundCode, const QString &problem);

private:
    using Source = std::function<Result<qr::GrayImage>()>;
    struct Outcome {
        Qt::HANDLE thread = nullptr;
        quint64 generation = 0;
        bool foundCode = false;
        QString problem;
        QStringList texts;              // codes that are not Vitae QR texts
        std::optional<QByteArray> payload;
        std::optional<qr::QrReassembler::Progress> progress;
    };

    void start(Source source);
    void finished();
    Outcome decode(const Source &source, quint64 generation); // on the worker thread

    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_sinkConnection;
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    bool m_decoding = false;
    Source m_waiting; // a picture waiting for the frame in flight
    quint64 m_generation = 0;
    int m_framesDecoded = 0;
    int m_framesDropped = 0;
    Qt::HANDLE m_lastDecodeThread = nullptr;
    std::mutex m_mutex; // guards the two below, used by the worker thread
    qr::QrReassembler m_reassembler;
    quint64 m_reassemblerGeneration = 0; // frames of older generations are not added
};

} // namespace vitae::gui
