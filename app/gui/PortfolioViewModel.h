// The Portfolio page: the learner's self-asserted entries (credentials they
// issued to themselves) with their evidence, a form to add one, the named
// portfolios (one per application, say: credentials, entries and
// endorsements with their evidence, in the learner's order), and the export
// of a portfolio or of chosen credentials as a signed bundle (JSON) or a PDF
// carrying it. Vault work runs on the vault thread.
#pragma once

#include "gui/VaultWorker.h"
#include "gui/ViewModel.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>

#include <functional>
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
    // Named portfolios: name, count.
    Q_PROPERTY(QVariantList portfolios READ portfolios NOTIFY loaded)
    // The portfolio being edited ("" for none) and its items in order:
    // credentialId, title, issuer, kind ("credential", "entry",
    // "endorsement"), kindLabel, evidence (file names); and the stored
    // credentials not in it yet, with the same fields.
    Q_PROPERTY(QString currentPortfolio READ currentPortfolio NOTIFY loaded)
    Q_PROPERTY(QVariantList portfolioItems READ portfolioItems NOTIFY loaded)
    Q_PROPERTY(QVariantList addable READ addable NOTIFY loaded)
    // The form being filled in: skills as chips and evidence file names.
    Q_PROPERTY(QStringList draftSkills READ draftSkills NOTIFY draftChanged)
    Q_PROPERTY(QStringList draftEvidence READ draftEvidence NOTIFY draftChanged)

public:
    explicit PortfolioViewModel(VaultWorker &worker, QObject *parent = nullptr);

    QVariantList entries() const { return m_entries; }
    QVariantList allCredentials() const { return m_all; }
    QVariantList portfolios() const { return m_portfolios; }
    QString currentPortfolio() const { return m_current; }
    QVariantList portfolioItems() const { return m_items; }
    QVariantList addable() const { return m_addable; }
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
    // A file ending in .pdf gets a PDF with the bundle attached; any other, the bundle.
    Q_INVOKABLE void exportBundle(const QVariantList &credentialIds, const QString &title, const QUrl &file);

    Q_INVOKABLE void createPortfolio(const QString &name); // and opens it
    Q_INVOKABLE void renamePortfolio(const QString &name, const QString &newName);
    Q_INVOKABLE void deletePortfolio(const QString &name); // the credentials stay
    Q_INVOKABLE void openPortfolio(const QString &name);
    Q_INVOKABLE void closePortfolio();
    // These act on the open portfolio.
    Q_INVOKABLE void addToPortfolio(qint64 credentialId);
    Q_INVOKABLE void removeFromPortfolio(qint64 credentialId);
    Q_INVOKABLE void moveItem(qint64 credentialId, int position); // 0 first
    Q_INVOKABLE void exportPortfolio(const QString &title, const QUrl &file);
    void clear();

signals:
    void loaded();
    void draftChanged();
    void entryAdded(qint64 credentialId);
    void exported(const QString &path);

private:
    // Runs `change` on the vault thread, then reloads; `notice` on success.
    void changeThenReload(std::function<Status(vault::Vault &)> change, const QString &notice, const QString &openAfter);
    void exportIds(const QList<qint64> &ids, const QString &title, const QUrl &file);

    VaultWorker &m_worker;
    QVariantList m_entries;
    QVariantList m_all;
    QVariantList m_portfolios;
    QString m_current;
    QVariantList m_items;
    QVariantList m_addable;
    QStringList m_skills;
    QStringList m_evidencePaths;
};

} // namespace vitae::gui
