#include "gui/FrameDecoder.h"

#include "gui/FrameLuma.h"
#include "qr/QrDecoder.h"
#include "qr/QrPayload.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace vitae::gui {

namespace {

Result<qr::GrayImage> readImageFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone photo's orientation
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > kMaxScanPixels)
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "%1 is too large to search for a QR code.")
                                 .arg(QFileInfo(path).fileName()));
    const QImage image = reader.read();
    if (image.isNull())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "%1 cannot be read as a picture.")
                                                          .arg(QFileInfo(path).fileName()));
    return lumaOf(image);
}

} // namespace

FrameDecoder::FrameDecoder(QObject *parent) : QObject(parent)
{
    // One decode at a time, on a thread of its own rather than the shared
    // pool, so verification and other work are not slowed by the camera.
    m_pool.setMaxThreadCount(1);
    m_watcher.setParent(this);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &FrameDecoder::finished);
}

FrameDecoder::~FrameDecoder()
{
    setVideoSink(nullptr);
    m_waiting = nullptr;
    m_pool.waitForDone();
}

void FrameDecoder::setVideoSink(QVideoSink *sink)
{
    if (sink == m_sink)
        return;
    disconnect(m_sinkConnection);
    m_sink = sink;
    if (sink)
        // The camera may show frames from its own thread: `this` as the
        // context queues them to the GUI thread, where dropping is cheap.
        m_sinkConnection = connect(sink, &QVideoSink::videoFrameChanged, this,
                                   [this](const QVideoFrame &frame) { submitFrame(frame); });
}

bool FrameDecoder::submitFrame(const QVideoFrame &frame)
{
    if (isDecoding() || m_waiting) {
        ++m_framesDropped;
        return false;
    }
    start([frame] { return lumaOf(frame); });
    return true;
}

void FrameDecoder::submitImage(const QImage &image)
{
    Source source = [image] { return lumaOf(image); };
    if (isDecoding())
        m_waiting = std::move(source);
    else
        start(std::move(source));
}

void FrameDecoder::submitFile(const QString &path)
{
    Source source = [path] { return readImageFile(path); };
    if (isDecoding())
        m_waiting = std::move(source);
    else
        start(std::move(source));
}

void FrameDecoder::reset()
{
    ++m_generation;
    m_waiting = nullptr;
    std::lock_guard lock(m_mutex);
    m_reassembler.reset();
    m_reassemblerGeneration = m_generation;
}

void FrameDecoder::start(Source source)
{
    m_decoding = true;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this, source = std::move(source), generation = m_generation] {
        return decode(source, generation);
    }));
}

FrameDecoder::Outcome FrameDecoder::decode(const Source &source, quint64 generation)
{
    Outcome outcome;
    outcome.thread = QThread::currentThreadId();
    outcome.generation = generation;
    const Result<qr::GrayImage> luma = source();
    if (!luma) {
        outcome.problem = luma.message();
        return outcome;
    }
    const Result<QStringList> texts = qr::QrDecoder::decode(*luma);
    if (!texts) {
        outcome.problem = texts.message();
        return outcome;
    }
    outcome.foundCode = true;
    std::lock_guard lock(m_mutex);
    for (const QString &text : *texts) {
        if (!qr::isVitaeQrText(text)) {
            outcome.texts.append(text);
            continue;
        }
        if (generation != m_reassemblerGeneration)
            continue; // scanning was restarted after this frame was taken
        using Rejection = qr::QrReassembler::Rejection;
        Result<qr::QrReassembler::Progress> progress = m_reassembler.add(text);
        if (!progress && m_reassembler.lastRejection() == Rejection::ForeignFrame) {
            // Another sequence is on screen now (the holder made a new one): follow it.
            m_reassembler.reset();
            progress = m_reassembler.add(text);
        }
        if (!progress) {
            switch (m_reassembler.lastRejection()) {
            case Rejection::Malformed:
                break; // a misread frame: the next pass of the animation brings it again
            case Rejection::Conflicting:
            case Rejection::ChecksumMismatch:
            case Rejection::PayloadDamaged:
                m_reassembler.reset();
                outcome.problem = QCoreApplication::translate(
                        "vitae", "The code could not be read whole, so Vitae starts reading it again.");
                break;
            default:
                outcome.problem = progress.message();
                break;
            }
            continue;
        }
        if (progress->complete) {
            outcome.payload = m_reassembler.payload().value();
            m_reassembler.reset();
            break;
        }
        outcome.progress = *progress;
    }
    return outcome;
}

void FrameDecoder::finished()
{
    m_decoding = false;
    const Outcome outcome = m_watcher.result();
    if (m_waiting)
        start(std::exchange(m_waiting, nullptr));
    if (outcome.generation != m_generation)
        return; // asked for before reset(): nobody waits for it now
    ++m_framesDecoded;
    m_lastDecodeThread = outcome.thread;
    if (outcome.progress && !outcome.payload)
        emit progressChanged(outcome.progress->have, outcome.progress->needed);
    if (outcome.payload)
        emit payloadFound(*outcome.payload);
    for (const QString &text : outcome.texts)
        emit textFound(text);
    emit decoded(outcome.foundCode, outcome.problem);
}

} // namespace vitae::gui
