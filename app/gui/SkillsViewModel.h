// The Skills page: every skill behind the learner's credentials (gathered
// on the vault thread), grouped by framework and searchable, each with the
// credentials that back it and whether those are self-asserted.
#pragma once

#include "gui/VaultWorker.h"
#include "gui/ViewModel.h"
#include "portfolio/Skills.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace vitae::gui {

class SkillsViewModel : public ViewModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(QString query READ query NOTIFY skillsChanged)
    // [{framework (words), skills: [{name, url, attested, note, sources:
    //   [{credentialId, title, selfAsserted}]}]}]
    Q_PROPERTY(QVariantList groups READ groups NOTIFY skillsChanged)
    Q_PROPERTY(int skillCount READ skillCount NOTIFY skillsChanged)

public:
    explicit SkillsViewModel(VaultWorker &worker, QObject *parent = nullptr);

    QString query() const { return m_query; }
    QVariantList groups() const { return m_groups; }
    int skillCount() const { return m_count; }

    Q_INVOKABLE void load();
    Q_INVOKABLE void search(const QString &query);
    void clear();

signals:
    void skillsChanged();

private:
    void regroup();

    VaultWorker &m_worker;
    QString m_query;
    QList<portfolio::Skill> m_skills;
    QVariantList m_groups;
    int m_count = 0;
};

} // namespace vitae::gui
