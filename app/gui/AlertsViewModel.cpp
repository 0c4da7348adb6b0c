#include "gui/AlertsViewModel.h"

#include "gui/AlertLedger.h"
#include "gui/CredentialRecheck.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace vitae::gui {

namespace {
QString quoted(const QString &title)
{
    return title.isEmpty() ? AlertsViewModel::tr("A credential") : QStringLiteral("“%1”").arg(title);
}

QString dayOf(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

// What happened, and what the learner can do about it, in their language.
QVariantMap describe(const OpenAlert &alert, const QDateTime &now)
{
    using Kind = verify::Alert::Kind;
    QString title;
    QString advice;
    QString since = alert.since.isValid() ? AlertsViewModel::tr("Since %1").arg(dayOf(alert.since)) : QString();
    const QString name = quoted(alert.title);
    switch (alert.kind) {
    case Kind::Revoked:
        title = AlertsViewModel::tr("%1 was revoked by its issuer.").arg(name);
        advice = AlertsViewModel::tr("Verifiers will see it as revoked. If you think this is a mistake, contact the issuer.");
        break;
    case Kind::Suspended:
        title = AlertsViewModel::tr("%1 was suspended by its issuer.").arg(name);
        advice = AlertsViewModel::tr("Verifiers will see it as suspended until the issuer lifts it. Ask the issuer why.");
        break;
    case Kind::Expired:
        title = AlertsViewModel::tr("%1 has expired.").arg(name);
        advice = AlertsViewModel::tr("Ask the issuer for a renewed credential if you still need it.");
        break;
    case Kind::ExpiresSoon: {
        const qint64 days = alert.validUntil.isValid() ? std::max<qint64>(0, now.daysTo(alert.validUntil)) : 0;
        title = days <= 1 ? AlertsViewModel::tr("%1 expires within a day.").arg(name)
                          : AlertsViewModel::tr("%1 expires on %2, in %3 days.")
                                    .arg(name, dayOf(alert.validUntil), QString::number(days));
        advice = AlertsViewModel::tr("If you still need it, ask the issuer to renew it before then.");
        break;
    }
    case Kind::IssuerUnreachable:
        title = AlertsViewModel::tr("The issuer of %1 no longer answers at its web address.").arg(name);
        advice = AlertsViewModel::tr("Its signature cannot be checked while that lasts. Export a verifiable bundle "
                                     "from your portfolio while the credential can still be checked, and keep it.");
        break;
    case Kind::BackupDue:
        title = alert.since.isValid()
                ? AlertsViewModel::tr("Your last backup was %n day(s) ago.", nullptr, int(alert.since.daysTo(now)))
                : AlertsViewModel::tr("You have never made a backup of your vault.");
        advice = AlertsViewModel::tr("Make one now and keep it on another device, so a lost or broken device does not "
                                     "take your credentials with it.");
        since = alert.since.isValid() ? AlertsViewModel::tr("Last backup %1").arg(dayOf(alert.since)) : QString();
        break;
    }
    return {{QStringLiteral("kind"), verify::alertKindName(alert.kind)},
            {QStringLiteral("credentialId"), alert.credentialId},
            {QStringLiteral("title"), title},
            {QStringLiteral("advice"), advice},
            {QStringLiteral("since"), since}};
}
} // namespace

AlertsViewModel::AlertsViewModel(VaultWorker &worker, QObject *parent) : ViewModel(parent), m_worker(worker) {}

AlertsViewModel::~AlertsViewModel()
{
    m_cancel->store(true);
    m_pool.waitForDone(); // a request in flight ends within about 100 ms
}

void AlertsViewModel::load()
{
    setBusy(true);
    const quint64 generation = m_generation;
    m_worker.run(
            this,
            [](vault::Vault &vault) -> Result<AlertState> {
                if (!vault.isUnlocked())
                    return makeError(ErrorCode::Locked, tr("Unlock your vault first."));
                return updateAlerts(vault, {}, QDateTime::currentDateTimeUtc(), false);
            },
            [this, generation](Result<AlertState> state) { show(std::move(state), false, generation); });
}

void AlertsViewModel::recheck()
{
    if (m_checking)
        return;
    setChecking(true);
    setBusy(true);
    const quint64 generation = m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // 1. The list of what is stored, read on the vault thread.
    m_worker.run(this, [](vault::Vault &vault) { return planRecheck(vault); },
                 [this, generation](Result<RecheckPlan> plan) {
                     if (generation != m_generation)
                         return;
                     if (!plan)
                         return show(plan.error(), true, generation);
                     auto recheck = std::make_shared<Recheck>();
                     recheck->plan = std::move(*plan);
                     recheck->startedAt = QDateTime::currentDateTimeUtc();
                     recheckBatch(recheck, generation);
                 });
}

// 2. One batch read on the vault thread, verified online on a thread of its
// own, stored on the vault thread; then the next one.
void AlertsViewModel::recheckBatch(std::shared_ptr<Recheck> recheck, quint64 generation)
{
    if (recheck->next >= recheck->plan.summaries.size())
        return finishRecheck(recheck, true, generation);
    const qsizetype from = recheck->next;
    recheck->next += kRecheckBatch;
    m_worker.run(
            this,
            [recheck, from](vault::Vault &vault) { return readForRecheck(vault, recheck->plan, from, kRecheckBatch); },
            [this, recheck, generation, cancel = m_cancel](Result<RecheckInput> input) {
                if (generation != m_generation)
                    return;
                if (!input)
                    return show(input.error(), true, generation);
                auto *watcher = new QFutureWatcher<RecheckOutput>(this);
                connect(watcher, &QFutureWatcher<RecheckOutput>::finished, this, [this, watcher, recheck, generation] {
                    watcher->deleteLater();
                    if (generation != m_generation)
                        return;
                    RecheckOutput output = watcher->result();
                    recheck->alerts += output.alerts;
                    m_worker.run(
                            this, [output](vault::Vault &vault) { return storeRecheck(vault, output); },
                            [this, recheck, generation, cancelled = output.cancelled](Status stored) {
                                if (generation != m_generation)
                                    return;
                                if (!stored)
                                    return show(stored.error(), true, generation);
                                if (cancelled)
                                    return finishRecheck(recheck, false, generation);
                                recheckBatch(recheck, generation);
                            });
                });
                watcher->setFuture(QtConcurrent::run(&m_pool, [input = std::move(*input), cancel] {
                    return recheckCredentials(input, *cancel);
                }));
            });
}

// 3. The alerts of every batch, kept until they no longer hold.
void AlertsViewModel::finishRecheck(std::shared_ptr<Recheck> recheck, bool completed, quint64 generation)
{
    m_worker.run(
            this,
            [alerts = recheck->alerts, now = recheck->startedAt, completed](vault::Vault &vault) -> Result<AlertState> {
                return updateAlerts(vault, alerts, now, completed);
            },
            [this, generation](Result<AlertState> state) { show(std::move(state), true, generation); });
}

void AlertsViewModel::show(Result<AlertState> state, bool rechecking, quint64 generation)
{
    if (generation != m_generation)
        return; // the vault was locked meanwhile
    setBusy(false);
    if (rechecking)
        setChecking(false);
    if (!state)
        return setError(rechecking ? tr("The re-check did not finish: %1").arg(state.message()) : state.message());
    setError(QString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_alerts.clear();
    for (const OpenAlert &alert : std::as_const(state->alerts))
        m_alerts.append(describe(alert, now));
    m_lastChecked = state->lastCheck.isValid() ? QLocale().toString(state->lastCheck.toLocalTime(), QLocale::ShortFormat)
                                               : QString();
    emit alertsChanged();
    if (rechecking)
        emit rechecked();
}

void AlertsViewModel::clear()
{
    ++m_generation;
    m_cancel->store(true);
    setBusy(false);
    setChecking(false);
    setError(QString());
    m_alerts.clear();
    m_lastChecked.clear();
    emit alertsChanged();
}

void AlertsViewModel::setChecking(bool checking)
{
    if (m_checking == checking)
        return;
    m_checking = checking;
    emit checkingChanged();
}

} // namespace vitae::gui
