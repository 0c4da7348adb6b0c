#include "gui/ScannerViewModel.h"

#include "gui/ScanRouting.h"
#include "qr/QrPayload.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImageReader>
#include <QCameraDevice>
#include <QMediaDevices>
#include <QMimeData>
#include <QStringDecoder>

namespace vitae::gui {

ScannerViewModel::ScannerViewModel(VaultWorker & /*worker*/, QObject *parent) : ViewModel(parent)
{
    connect(&m_decoder, &FrameDecoder::progressChanged, this, [this](int have, int needed) {
        if (m_scanning)
            setStatus(tr("Read %1 of %2 frames. Keep the camera on the code.").arg(have).arg(needed));
    });
    connect(&m_decoder, &FrameDecoder::payloadFound, this, &ScannerViewModel::deliverPayload);
    connect(&m_decoder, &FrameDecoder::textFound, this, &ScannerViewModel::deliverText);
    connect(&m_decoder, &FrameDecoder::decoded, this, &ScannerViewModel::onDecoded);
}

ScannerViewModel::~ScannerViewModel() = default;

void ScannerViewModel::setVideoSink(QObject *sink)
{
    auto *videoSink = qobject_cast<QVideoSink *>(sink);
    if (videoSink == m_cameraSink)
        return;
    m_cameraSink = videoSink;
    if (m_scanning && !m_oneShot)
        m_decoder.setVideoSink(videoSink);
    emit videoSinkChanged();
}

void ScannerViewModel::refreshCameras()
{
    if (!m_devices) {
        m_devices = std::make_unique<QMediaDevices>();
        connect(m_devices.get(), &QMediaDevices::videoInputsChanged, this, &ScannerViewModel::refreshCameras);
    }
    const bool available = !QMediaDevices::videoInputs().isEmpty();
    if (available == m_cameraAvailable)
        return;
    m_cameraAvailable = available;
    emit cameraAvailableChanged();
    if (m_scanning && !m_oneShot)
        setStatus(available ? tr("Point the camera at the QR code. An animated code is read frame by frame.")
                            : tr("No camera was found. Open a picture of the code, or copy the code or its text and paste it."));
}

void ScannerViewModel::startScan(Purpose purpose)
{
    setError(QString());
    m_purpose = purpose;
    m_oneShot = false;
    setBusy(false);
    m_decoder.reset();
    refreshCameras();
    setScanning(true);
    setStatus(m_cameraAvailable
                      ? tr("Point the camera at the QR code. An animated code is read frame by frame.")
                      : tr("No camera was found. Open a picture of the code, or copy the code or its text and paste it."));
    m_decoder.setVideoSink(m_cameraSink);
}

void ScannerViewModel::stopScan()
{
    m_decoder.setVideoSink(nullptr);
    m_decoder.reset(); // answers still on their way are dropped
    m_oneShot = false;
    setBusy(false);
    setScanning(false);
    setStatus(QString());
}

void ScannerViewModel::beginOneShot(Purpose purpose)
{
    // A picture replaces the camera for a moment: one decode at a time, and
    // its answer must not be mistaken for a frame's.
    m_decoder.setVideoSink(nullptr);
    m_decoder.reset();
    if (!m_scanning)
        m_purpose = purpose;
    m_oneShot = true;
    setError(QString());
    setBusy(true);
    if (m_scanning)
        setStatus(tr("Reading the picture…"));
}

// The one-shot ended without a code being used; the camera (if the dialog
// is open) takes over again.
void ScannerViewModel::onDecoded(bool foundCode, const QString &problem)
{
    if (!m_oneShot) {
        // Camera frames: one without a code says nothing.
        if (m_scanning && foundCode && !problem.isEmpty())
            setStatus(problem);
        return;
    }
    m_oneShot = false;
    setBusy(false);
    setError(!problem.isEmpty() ? problem
                                : tr("This picture shows one frame of an animated code. Scan the animation with the "
                                     "camera to read every frame."));
    if (m_scanning) {
        setStatus(QString());
        m_decoder.setVideoSink(m_cameraSink);
    }
}

void ScannerViewModel::deliverText(const QString &text)
{
    if (!m_scanning && !m_oneShot)
        return; // a second code in the same picture, or an answer after Cancel
    const ScanRoute route = routeScannedText(text, m_purpose == Verify);
    if (route.destination == ScanDestination::Unknown) {
        if (m_oneShot)
            return setError(tr("This code holds something Vitae does not use. %1").arg(route.problem));
        return setStatus(tr("This code is not one Vitae uses. %1").arg(route.problem));
    }
    const QString where = m_oneShot ? tr("a picture of a QR code") : tr("a scanned QR code");
    stopScan();
    setError(QString());
    switch (route.destination) {
    case ScanDestination::Link: emit linkFound(text.trimmed()); break;
    case ScanDestination::Credential: emit credentialFound(text.trimmed(), where); break;
    case ScanDestination::Presentation:
        m_presentation = text.trimmed();
        emit presentationFound();
        break;
    case ScanDestination::Unknown: break;
    }
}

void ScannerViewModel::deliverPayload(const QByteArray &payload)
{
    if (!m_scanning && !m_oneShot)
        return;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(payload);
    if (utf8.hasError()) {
        stopScan();
        return setError(tr("The code was read whole, but what it carries is not text Vitae can use."));
    }
    deliverText(text);
}

void ScannerViewModel::paste(Purpose purpose)
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (mime && mime->hasImage()) {
        const QImage image = QGuiApplication::clipboard()->image();
        beginOneShot(purpose);
        m_decoder.submitImage(image);
        return;
    }
    if (mime && mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        // A file copied in a file manager: a picture is searched for a
        // code; anything else is opened like a file given to Vitae.
        const QUrl file = mime->urls().first();
        if (!QImageReader::imageFormat(file.toLocalFile()).isEmpty())
            return openImage(file, purpose);
        stopScan();
        return emit linkFound(file.toString(QUrl::FullyEncoded));
    }
    const QString text = mime ? mime->text().trimmed() : QString();
    if (text.isEmpty())
        return setError(tr("The clipboard holds no picture and no text. Copy a QR code or a link first."));
    if (!m_scanning)
        m_purpose = purpose;
    m_oneShot = true; // delivered below, or refused with a sentence
    if (qr::isVitaeQrText(text)) {
        const Result<QByteArray> payload = qr::decodeSinglePayload(text);
        if (payload)
            return deliverPayload(*payload);
        m_oneShot = false;
        return setError(payload.message());
    }
    deliverText(text);
    m_oneShot = false;
}

bool ScannerViewModel::clipboardHasImage() const
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime && mime->hasImage();
}

bool ScannerViewModel::clipboardHasCode() const
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return false;
    if (mime->hasImage() || (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()))
        return true;
    const QString text = mime->text().trimmed();
    return !text.isEmpty()
            && (qr::isVitaeQrText(text) || routeScannedText(text, false).destination != ScanDestination::Unknown);
}

void ScannerViewModel::openImage(const QUrl &file, Purpose purpose)
{
    if (!file.isLocalFile())
        return setError(tr("Choose a picture on this device."));
    beginOneShot(purpose);
    m_decoder.submitFile(file.toLocalFile());
}

void ScannerViewModel::reportCameraError(const QString &message)
{
    if (m_scanning)
        setStatus(tr("The camera could not start (%1). Open a picture of the code, or paste it.").arg(message));
}

QString ScannerViewModel::takePresentation()
{
    return std::exchange(m_presentation, QString());
}

void ScannerViewModel::clear()
{
    stopScan();
    m_presentation.clear();
    setError(QString());
}

void ScannerViewModel::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged();
}

void ScannerViewModel::setScanning(bool scanning)
{
    if (m_scanning == scanning)
        return;
    m_scanning = scanning;
    emit scanningChanged();
}

} // namespace vitae::gui
