// Alerts about stored credentials: revoked or suspended, expired or about
// to, issuer no longer answering; and the reminder to make a backup. The
// re-check (every credential verified again, online) runs at unlock and
// daily while the vault is open (AppController starts it): reading and
// storing on the vault thread, the network part on a thread of its own
// (CredentialRecheck.h). The alerts it raises are kept in the vault until
// they no longer hold (AlertLedger.h).
#pragma once

#include "gui/AlertLedger.h"
#include "gui/CredentialRecheck.h"
#include "gui/VaultWorker.h"
#include "gui/ViewModel.h"

#include <QThreadPool>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace vitae::gui {

class AlertsViewModel : public ViewModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    // One map per alert: kind (revoked, suspended, expired, expires-soon,
    // issuer-unreachable, backup-due), credentialId (0 for the backup
    // reminder), title (what happened), advice (what to do), since (words).
    Q_PROPERTY(QVariantList alerts READ alerts NOTIFY alertsChanged)
    Q_PROPERTY(int count READ count NOTIFY alertsChanged)
    // When the last re-check went through, in words ("" if never).
    Q_PROPERTY(QString lastChecked READ lastChecked NOTIFY alertsChanged)
    Q_PROPERTY(bool checking READ checking NOTIFY checkingChanged)

public:
    explicit AlertsViewModel(VaultWorker &worker, QObject *parent = nullptr);
    ~AlertsViewModel() override;

    QVariantList alerts() const { return m_alerts; }
    int count() const { return int(m_alerts.size()); }
    QString lastChecked() const { return m_lastChecked; }
    bool checking() const { return m_checking; }

    // The stored alerts, without going online.
    Q_INVOKABLE void load();
    // Verifies every stored credential again (status lists, did:web: this
    // goes online), then shows what changed.
    Q_INVOKABLE void recheck();
    void clear();

signals:
    void alertsChanged();
    void checkingChanged();
    // A re-check stored fresh results: lists showing statuses should reload.
    void rechecked();

private:
    // The re-check's state between batches.
    struct Recheck {
        RecheckPlan plan;
        qsizetype next = 0;
        QList<verify::Alert> alerts;
        QDateTime startedAt;
    };
    void recheckBatch(std::shared_ptr<Recheck> recheck, quint64 generation);
    void finishRecheck(std::shared_ptr<Recheck> recheck, bool completed, quint64 generation);
    void show(Result<AlertState> state, bool rechecking, quint64 generation);
    void setChecking(bool checking);

    VaultWorker &m_worker;
    QVariantList m_alerts;
    QString m_lastChecked;
    bool m_checking = false;
    quint64 m_generation = 0; // answers from before a lock are dropped
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QThreadPool m_pool; // the re-check's network part, off the vault thread
};

} // namespace vitae::gui
