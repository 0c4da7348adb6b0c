// The credentials list as QML sees it: one row per stored credential.
#pragma once

#include "vault/VaultTypes.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace vitae::gui {

class CredentialListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
public:
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

private:
    QList<vault::CredentialSummary> m_summaries;
};

} // namespace vitae::gui
