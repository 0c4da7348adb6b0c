// The Portfolio page: the learner's self-asserted entries (credentials they
// issued to themselves) with their evidence, a form to add one, and the
// export of chosen credentials as a signed bundle. Vault work runs on the
// vault thread.
#pragma once

#include "gui/VaultWorker.h"
#include "gui/ViewModel.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace vitae::gui {

class PortfolioViewModel : public ViewModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    // Self-asserted entries: credentialId, title, description, evidence
    // (file names).
    Q_PROPERTY(QVariantList entries READ entries NOTIFY loaded)
    // Every stored credential, for the export: credentialId, title, issuer,
    // selfAsserted.
    Q_PROPERTY(QVariantList allCredentials READ allCredentials NOTIFY loaded)
    // The form being filled in: skills as chips and evidence file names.
    Q_PROPERTY(QStringList draftSkills READ draftSkills NOTIFY draftChanged)
    Q_PROPERTY(QStringList draftEvidence READ draftEvidence NOTIFY draftChanged)

public:
    explicit PortfolioViewModel(VaultWorker &worker, QObject *parent = nullptr);

    QVariantList entries() const { return m_entries; }
    QVariantList allCredentials() const { return m_all; }
    QStringList draftSkills() const { return m_skills; }
    QStringList draftEvidence() const;

    Q_INVOKABLE void load();
    Q_INVOKABLE void addSkill(const QString &skill);
    Q_INVOKABLE void removeSkill(int index);
    Q_INVOKABLE void addEvidence(const QList<QUrl> &files);
    Q_INVOKABLE void removeEvidence(int index);
    Q_INVOKABLE void discardDraft();
    // Months as "YYYY-MM" (end may be empty: ongoing). Signs and stores the
    // entry with its evidence; entryAdded() when done.
    Q_INVOKABLE void addExperience(const QString &role, const QString &organisation, const QString &place,
                                   const QString &startMonth, const QString &endMonth, const QString &description);
    Q_INVOKABLE void exportBundle(const QVariantList &credentialIds, const QString &title, const QUrl &file);
    void clear();

signals:
    void loaded();
    void draftChanged();
    void entryAdded(qint64 credentialId);
    void exported(const QString &path);

private:
    VaultWorker &m_worker;
    QVariantList m_entries;
    QVariantList m_all;
    QStringList m_skills;
    QStringList m_evidencePaths;
};

} // namespace vitae::gui
