// The credentials list as QML sees it: one row per stored credential that
// passes the learner's filters (status, type, issuer, tag), in the order
// they chose. The search itself runs in the vault (full text).
#pragma once

#include "vault/VaultTypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace vitae::gui {

class CredentialListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    // What the filters can choose from, among the credentials loaded.
    Q_PROPERTY(QStringList statuses READ statuses NOTIFY choicesChanged)
    Q_PROPERTY(QStringList types READ types NOTIFY choicesChanged)
    Q_PROPERTY(QStringList issuers READ issuers NOTIFY choicesChanged)
    Q_PROPERTY(QStringList tags READ tags NOTIFY choicesChanged)
    // The filters ("" lets everything through) and the order.
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString typeFilter READ typeFilter WRITE setTypeFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString issuerFilter READ issuerFilter WRITE setIssuerFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString tagFilter READ tagFilter WRITE setTagFilter NOTIFY filtersChanged)
    Q_PROPERTY(SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY filtersChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY choicesChanged)
public:
    enum class SortOrder { NewestFirst, OldestFirst, Title, Issuer, IssuedDate };
    Q_ENUM(SortOrder)

    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        IssuerRole,
        IssuedRole,
        StatusRole,
        FormatRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSummaries(QList<vault::CredentialSummary> summaries);
    // Each credential's tags (credentials without any may be left out).
    void setTags(QHash<qint64, QStringList> tags);

    QStringList statuses() const { return m_statuses; }
    QStringList types() const { return m_types; }
    QStringList issuers() const { return m_issuers; }
    QStringList tags() const { return m_tagNames; }
    QString statusFilter() const { return m_statusFilter; }
    QString typeFilter() const { return m_typeFilter; }
    QString issuerFilter() const { return m_issuerFilter; }
    QString tagFilter() const { return m_tagFilter; }
    SortOrder sortOrder() const { return m_sortOrder; }
    int totalCount() const { return int(m_all.size()); }
    void setStatusFilter(const QString &status);
    void setTypeFilter(const QString &type);
    void setIssuerFilter(const QString &issuer);
    void setTagFilter(const QString &tag);
    void setSortOrder(SortOrder order);
    Q_INVOKABLE void clearFilters();

signals:
    void choicesChanged();
    void filtersChanged();

private:
    void refresh(); // m_summaries from m_all, the filters and the order
    void setFilter(QString &filter, const QString &value);
    bool passes(const vault::CredentialSummary &summary) const;

    QList<vault::CredentialSummary> m_all;       // as loaded, newest first
    QList<vault::CredentialSummary> m_summaries; // shown
    QHash<qint64, QStringList> m_tags;
    QStringList m_statuses, m_types, m_issuers, m_tagNames;
    QString m_statusFilter, m_typeFilter, m_issuerFilter, m_tagFilter;
    SortOrder m_sortOrder = SortOrder::NewestFirst;
};

} // namespace vitae::gui
