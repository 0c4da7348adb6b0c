#include "gui/CredentialListModel.h"

#include <QLocale>

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
    beginResetModel();
    m_summaries = std::move(summaries);
    endResetModel();
}

} // namespace vitae::gui
