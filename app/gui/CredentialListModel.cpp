#include "gui/CredentialListModel.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace vitae::gui {

int CredentialListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summaries.size());
}

QVariant CredentialListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const vault::CredentialSummary &summary = m_summaries.at(index.row());
    switch (role) {
    case IdRole:
        return summary.id;
    case Qt::DisplayRole:
    case NameRole:
        return summary.name;
    case IssuerRole:
        return summary.issuerName;
    case IssuedRole:
        return summary.issuedAt.isValid() ? QLocale().toString(summary.issuedAt.date(), QLocale::ShortFormat)
                                          : QString();
    case StatusRole:
        return summary.verificationStatus;
    case FormatRole:
        return summary.format;
    default:
        return {};
    }
}

QHash<int, QByteArray> CredentialListModel::roleNames() const
{
    return {{IdRole, "credentialId"}, {NameRole, "name"},     {IssuerRole, "issuer"},
            {IssuedRole, "issued"},   {StatusRole, "status"}, {FormatRole, "format"}};
}

void CredentialListModel::setSummaries(QList<vault::CredentialSummary> summaries)
{
    m_all = std::move(summaries);
    QStringList statuses, types, issuers;
    for (const vault::CredentialSummary &summary : std::as_const(m_all)) {
        statuses.append(summary.verificationStatus);
        issuers.append(summary.issuerName);
        for (const QString &type : summary.types)
            if (type != QLatin1String("VerifiableCredential"))
                types.append(type);
    }
    const auto distinctSorted = [](QStringList list) {
        list.removeAll(QString());
        list.removeDuplicates();
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(list.begin(), list.end(), collator);
        return list;
    };
    m_statuses = distinctSorted(statuses);
    m_types = distinctSorted(types);
    m_issuers = distinctSorted(issuers);
    emit choicesChanged();
    refresh();
}

void CredentialListModel::setTags(QHash<qint64, QStringList> tags)
{
    m_tags = std::move(tags);
    QStringList names;
    for (const QStringList &list : std::as_const(m_tags))
        names += list;
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    m_tagNames = names;
    emit choicesChanged();
    if (!m_tagFilter.isEmpty())
        refresh();
}

void CredentialListModel::setStatusFilter(const QString &status) { setFilter(m_statusFilter, status); }
void CredentialListModel::setTypeFilter(const QString &type) { setFilter(m_typeFilter, type); }
void CredentialListModel::setIssuerFilter(const QString &issuer) { setFilter(m_issuerFilter, issuer); }
void CredentialListModel::setTagFilter(const QString &tag) { setFilter(m_tagFilter, tag); }

void CredentialListModel::setFilter(QString &filter, const QString &value)
{
    if (filter == value)
        return;
    filter = value;
    emit filtersChanged();
    refresh();
}

void CredentialListModel::setSortOrder(SortOrder order)
{
    if (m_sortOrder == order)
        return;
    m_sortOrder = order;
    emit filtersChanged();
    refresh();
}

void CredentialListModel::clearFilters()
{
    m_statusFilter.clear();
    m_typeFilter.clear();
    m_issuerFilter.clear();
    m_tagFilter.clear();
    emit filtersChanged();
    refresh();
}

bool CredentialListModel::passes(const vault::CredentialSummary &summary) const
{
    return (m_statusFilter.isEmpty() || summary.verificationStatus == m_statusFilter)
            && (m_typeFilter.isEmpty() || summary.types.contains(m_typeFilter))
            && (m_issuerFilter.isEmpty() || summary.issuerName == m_issuerFilter)
            && (m_tagFilter.isEmpty() || m_tags.value(summary.id).contains(m_tagFilter));
}

void CredentialListModel::refresh()
{
    QList<vault::CredentialSummary> shown;
    shown.reserve(m_all.size());
    for (const vault::CredentialSummary &summary : std::as_const(m_all))
        if (passes(summary))
            shown.append(summary);
    // m_all comes newest first; the other orders are stable on top of it.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    using Summary = vault::CredentialSummary;
    switch (m_sortOrder) {
    case SortOrder::NewestFirst: break;
    case SortOrder::OldestFirst: std::reverse(shown.begin(), shown.end()); break;
    case SortOrder::Title:
        std::stable_sort(shown.begin(), shown.end(),
                         [&](const Summary &a, const Summary &b) { return collator.compare(a.name, b.name) < 0; });
        break;
    case SortOrder::Issuer:
        std::stable_sort(shown.begin(), shown.end(), [&](const Summary &a, const Summary &b) {
            return collator.compare(a.issuerName, b.issuerName) < 0;
        });
        break;
    case SortOrder::IssuedDate: // most recently issued first; undated last
        std::stable_sort(shown.begin(), shown.end(), [](const Summary &a, const Summary &b) {
            if (a.issuedAt.isValid() != b.issuedAt.isValid())
                return a.issuedAt.isValid();
            return a.issuedAt > b.issuedAt;
        });
        break;
    }
    beginResetModel();
    m_summaries = std::move(shown);
    endResetModel();
}

} // namespace vitae::gui
