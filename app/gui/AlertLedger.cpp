#include "gui/AlertLedger.h"

#include "backup/Backup.h"
#include "vault/Settings.h"
#include "vault/Timestamps.h"
#include "vault/Vault.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace vitae::gui {

namespace {
const QString kOpenKey = QStringLiteral("alerts.open");
const QString kLastCheckKey = QStringLiteral("alerts.lastCheck");

QList<OpenAlert> readStored(const QString &text)
{
    QList<OpenAlert> alerts;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        const int kind = object.value(QLatin1String("kind")).toInt(-1);
        if (kind < int(verify::Alert::Kind::Revoked) || kind >= int(verify::Alert::Kind::BackupDue))
            continue; // unknown kinds (a newer Vitae) are left out
        OpenAlert alert;
        alert.kind = verify::Alert::Kind(kind);
        alert.credentialId = object.value(QLatin1String("credential")).toInteger();
        alert.status = object.value(QLatin1String("status")).toString();
        alert.since = vault::fromStored(object.value(QLatin1String("since")).toString());
        alerts.append(alert);
    }
    return alerts;
}

QString storedText(const QList<OpenAlert> &alerts)
{
    QJsonArray array;
    for (const OpenAlert &alert : alerts)
        array.append(QJsonObject{{QStringLiteral("kind"), int(alert.kind)},
                                 {QStringLiteral("credential"), alert.credentialId},
                                 {QStringLiteral("status"), alert.status},
                                 {QStringLiteral("since"), vault::toStored(alert.since)}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
} // namespace

Result<AlertState> updateAlerts(vault::Vault &vault, const QList<verify::Alert> &fresh, const QDateTime &now, bool checked)
{
    Result<QList<vault::CredentialSummary>> summaries = vault.credentials().list();
    if (!summaries)
        return summaries.error();
    QHash<qint64, vault::CredentialSummary> byId;
    for (const vault::CredentialSummary &summary : *summaries)
        byId.insert(summary.id, summary);

    Result<QString> stored = vault::readSetting(vault.database(), kOpenKey);
    if (!stored)
        return stored.error();
    QList<OpenAlert> open;
    auto stillTrue = [&](const OpenAlert &alert) {
        const auto it = byId.constFind(alert.credentialId);
        if (it == byId.constEnd() || it->verificationStatus != alert.status)
            return false; // deleted, or its status moved on (renewed, reinstated, or a new alert)
        return alert.kind != verify::Alert::Kind::ExpiresSoon || !it->validUntil.isValid() || it->validUntil > now;
    };
    for (const OpenAlert &alert : readStored(*stored))
        if (stillTrue(alert))
            open.append(alert);
    for (const verify::Alert &alert : fresh) {
        const auto it = byId.constFind(alert.credentialId);
        if (alert.kind == verify::Alert::Kind::BackupDue || it == byId.constEnd())
            continue;
        const bool known = std::any_of(open.begin(), open.end(), [&](const OpenAlert &o) {
            return o.kind == alert.kind && o.credentialId == alert.credentialId;
        });
        if (!known)
            open.append({alert.kind, alert.credentialId, {}, it->verificationStatus, now, {}});
    }
    if (Status s = vault::writeSetting(vault.database(), kOpenKey, storedText(open)); !s)
        return s.error();
    if (checked)
        if (Status s = vault::writeSetting(vault.database(), kLastCheckKey, vault::toStored(now)); !s)
            return s.error();

    AlertState state;
    for (OpenAlert &alert : open) {
        const vault::CredentialSummary &summary = byId[alert.credentialId];
        alert.title = summary.name;
        alert.validUntil = summary.validUntil;
    }
    // What no longer holds for a verifier first, then what is coming; the
    // newest first within each.
    auto settled = [](const OpenAlert &alert) {
        using Kind = verify::Alert::Kind;
        return alert.kind == Kind::Revoked || alert.kind == Kind::Suspended || alert.kind == Kind::Expired;
    };
    std::stable_sort(open.begin(), open.end(), [&](const OpenAlert &a, const OpenAlert &b) {
        return settled(a) != settled(b) ? settled(a) : a.since > b.since;
    });
    state.alerts = open;
    Result<QDateTime> lastBackup = backup::lastBackupTime(vault);
    if (!lastBackup)
        return lastBackup.error();
    if (std::optional<verify::Alert> reminder = verify::backupReminder(*lastBackup, summaries->size(), now))
        state.alerts.append({verify::Alert::Kind::BackupDue, 0, {}, {}, *lastBackup, {}});
    Result<QString> lastCheck = vault::readSetting(vault.database(), kLastCheckKey);
    if (!lastCheck)
        return lastCheck.error();
    state.lastCheck = vault::fromStored(*lastCheck);
    return state;
}

} // namespace vitae::gui
