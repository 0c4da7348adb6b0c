// The Share page: pick credentials (and, for SD-JWT ones, the claims to
// disclose), type the verifier's challenge and domain, and build a signed
// presentation on the vault thread; it is logged in the share log and shown
// as a QR code, and can be saved as a file.
#pragma once

#include "gui/VaultWorker.h"
#include "gui/ViewModel.h"
#include "present/Presentation.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace vitae::gui {

class ShareViewModel : public ViewModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    // One map per stored credential: credentialId, title, issuer, kind
    // ("sdjwt", "whole" or "hosted"), note (a sentence) and, for SD-JWT,
    // claims: [{pointer, label, value}].
    Q_PROPERTY(QVariantList candidates READ candidates NOTIFY candidatesChanged)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)
    Q_PROPERTY(bool hasPresentation READ hasPresentation NOTIFY presentationChanged)
    Q_PROPERTY(QString presentationText READ presentationText NOTIFY presentationChanged)
    Q_PROPERTY(QString domain READ domain NOTIFY presentationChanged)
    Q_PROPERTY(QStringList disclosedSummary READ disclosedSummary NOTIFY presentationChanged)
    Q_PROPERTY(QString qrProblem READ qrProblem NOTIFY presentationChanged)
    Q_PROPERTY(QImage qrImage READ qrImage NOTIFY qrImageChanged)
    Q_PROPERTY(int qrFrameCount READ qrFrameCount NOTIFY presentationChanged)
    Q_PROPERTY(QString suggestedFileName READ suggestedFileName NOTIFY presentationChanged)
    // Newest first: when, to (domain), channel, disclosed (sentences).
    Q_PROPERTY(QVariantList shareLog READ shareLog NOTIFY shareLogChanged)

public:
    explicit ShareViewModel(VaultWorker &worker, QObject *parent = nullptr);

    QVariantList candidates() const { return m_candidates; }
    int selectedCount() const { return int(m_selected.size()); }
    bool hasPresentation() const { return !m_built.bytes.isEmpty(); }
    QString presentationText() const { return QString::fromUtf8(m_built.bytes); }
    QString domain() const { return m_options.domain; }
    QStringList disclosedSummary() const { return m_disclosedSummary; }
    QString qrProblem() const { return m_qrProblem; }
    QImage qrImage() const { return m_frames.value(m_frame); }
    int qrFrameCount() const { return int(m_frames.size()); }
    QString suggestedFileName() const;
    QVariantList shareLog() const { return m_shareLog; }

    // Reads the vault's credentials and share log (on the vault thread).
    Q_INVOKABLE void load();
    Q_INVOKABLE void setSelected(qint64 credentialId, bool selected);
    Q_INVOKABLE void setDisclosed(qint64 credentialId, const QString &pointer, bool disclosed);
    Q_INVOKABLE bool isDisclosed(qint64 credentialId, const QString &pointer) const;
    Q_INVOKABLE void build(const QString &challenge, const QString &domain);
    Q_INVOKABLE void saveToFile(const QUrl &file);
    // The presentation as a vitae://present link on the clipboard, for
    // e-mail or chat; logged in the share log (channel "link").
    Q_INVOKABLE void copyLink();
    Q_INVOKABLE void closePresentation();
    // Forgets everything (the vault was locked).
    void clear();

signals:
    void candidatesChanged();
    void selectionChanged();
    void presentationChanged();
    void qrImageChanged();
    void shareLogChanged();
    void saved(const QString &fileName);
    void linkCopied(const QString &link);

private:
    VaultWorker &m_worker;
    QVariantList m_candidates;
    QList<qint64> m_selected; // in the order picked
    QHash<qint64, QSet<QString>> m_disclose;
    present::BuiltPresentation m_built;
    present::PresentOptions m_options;
    QStringList m_disclosedSummary;
    QString m_qrProblem;
    QList<QImage> m_frames;
    int m_frame = 0;
    QTimer m_frameTimer; // steps through the frames of a large presentation
    QVariantList m_shareLog;
};

} // namespace vitae::gui
