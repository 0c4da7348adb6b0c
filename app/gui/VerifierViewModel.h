// The Verify page (the interviewer's side): the verifier's own challenge
// (shown as a QR for the learner to scan), a presentation pasted or opened
// from a file, and the verdict with every check and each credential's
// disclosed claims. Verification runs off the GUI thread; nothing is stored.
#pragma once

#include "gui/ViewModel.h"
#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace vitae::gui {

class VerifierViewModel : public ViewModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(QString challenge READ challenge NOTIFY challengeChanged)
    Q_PROPERTY(QImage challengeQr READ challengeQr NOTIFY challengeChanged)
    // Empty until verify() finished; then verdict ("verified", "warning",
    // "failed", "unknown"), headline, reason, holder, checks
    // [{outcome, message}] and credentials [{title, issuer, verdict,
    // checks, claims (lines), selective}].
    Q_PROPERTY(QVariantMap result READ result NOTIFY resultChanged)

public:
    explicit VerifierViewModel(QObject *parent = nullptr);

    QString challenge() const { return m_challenge; }
    QImage challengeQr() const { return m_challengeQr; }
    QVariantMap result() const { return m_result; }

    // A random challenge for this interview, and its QR for the learner.
    Q_INVOKABLE void newChallenge(const QString &domain);
    // Reads a presentation file off the GUI thread; fileLoaded gives its text.
    // A file holding a presentation, or a presentation link
    // (vitae://present?p=..., see PresentationLink.h), is loaded as text.
    Q_INVOKABLE void openFile(const QUrl &file);
    // A presentation link or single Vitae QR text, decoded off the GUI
    // thread; fileLoaded gives the presentation.
    Q_INVOKABLE void openLink(const QString &link);
    Q_INVOKABLE void verify(const QString &presentation, const QString &challenge, const QString &domain);
    Q_INVOKABLE void clearResult();

signals:
    void challengeChanged();
    void resultChanged();
    void fileLoaded(const QString &text);

private:
    QString m_challenge;
    QImage m_challengeQr;
    QVariantMap m_result;
    QFutureWatcher<QVariantMap> m_verifying;
    QFutureWatcher<QVariantMap> m_reading;
};

} // namespace vitae::gui
