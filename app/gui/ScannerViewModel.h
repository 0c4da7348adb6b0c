// Scanning QR codes: from the camera (frames decoded off the GUI thread by
// FrameDecoder), from a picture file, and from the clipboard (a picture, or
// text such as a link). What a code holds goes where it belongs: a link to
// the pending link banner, a credential to the import preview, a Vitae
// presentation to the Verify page (AppController connects the signals).
#pragma once

#include "gui/FrameDecoder.h"
#include "gui/VaultWorker.h"
#include "gui/ViewModel.h"

#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QMediaDevices;

namespace vitae::gui {

class ScannerViewModel : public ViewModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    // Whether the scan dialog is open (startScan until a code is read or
    // stopScan).
    Q_PROPERTY(bool scanning READ scanning NOTIFY scanningChanged)
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable NOTIFY cameraAvailableChanged)
    // What the dialog says: where to point the camera, "3 of 5 frames", a
    // camera error.
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    // The scan dialog's VideoOutput.videoSink while the camera shows.
    Q_PROPERTY(QObject *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)

public:
    // What the learner is doing: adding to the wallet, or (on the Verify
    // page) checking what a holder shows.
    enum Purpose { AddToWallet, Verify };
    Q_ENUM(Purpose)

    explicit ScannerViewModel(VaultWorker &worker, QObject *parent = nullptr);
    ~ScannerViewModel() override;

    bool scanning() const { return m_scanning; }
    bool cameraAvailable() const { return m_cameraAvailable; }
    QString status() const { return m_status; }
    QObject *videoSink() const { return m_decoder.videoSink(); }
    void setVideoSink(QObject *sink);

    Q_INVOKABLE void startScan(vitae::gui::ScannerViewModel::Purpose purpose);
    Q_INVOKABLE void stopScan();
    // The clipboard's picture, else its text.
    Q_INVOKABLE void paste(vitae::gui::ScannerViewModel::Purpose purpose);
    // Whether the clipboard holds something paste() would use (a picture, or
    // a link, credential or presentation), so Ctrl+V in a search field can
    // still paste plain words there.
    Q_INVOKABLE bool clipboardHasCode() const;
    Q_INVOKABLE bool clipboardHasImage() const;
    Q_INVOKABLE void openImage(const QUrl &file, vitae::gui::ScannerViewModel::Purpose purpose);
    // The camera could not start (from QML's Camera.errorOccurred).
    Q_INVOKABLE void reportCameraError(const QString &message);
    // The presentation last scanned for the Verify page, handed over once.
    Q_INVOKABLE QString takePresentation();

    Q_INVOKABLE void load() {}
    void clear();

    FrameDecoder &decoder() { return m_decoder; }

signals:
    void scanningChanged();
    void cameraAvailableChanged();
    void statusChanged();
    void videoSinkChanged();
    void linkFound(const QString &link);
    void credentialFound(const QString &text, const QString &where);
    // takePresentation() has it.
    void presentationFound();

private:
    void setStatus(const QString &status);
    void setScanning(bool scanning);
    void refreshCameras();
    void onDecoded(bool foundCode, const QString &problem);
    void deliverText(const QString &text);
    void deliverPayload(const QByteArray &payload);
    void beginOneShot(Purpose purpose);

    FrameDecoder m_decoder;
    QPointer<QVideoSink> m_cameraSink; // the dialog's, decoded while scanning
    std::unique_ptr<QMediaDevices> m_devices; // made on the first scan: it loads the media backend
    Purpose m_purpose = AddToWallet;
    bool m_scanning = false;
    bool m_oneShot = false; // a picture or pasted text is being read
    bool m_cameraAvailable = false;
    QString m_status;
    QString m_presentation;
};

} // namespace vitae::gui
