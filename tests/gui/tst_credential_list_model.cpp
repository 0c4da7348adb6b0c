// The credentials list's filters (status, type, issuer, tag) and orders,
// over summaries as the vault gives them (newest first).
#include "gui/CredentialListModel.h"

#include <QSignalSpy>
#include <QTest>

using vitae::gui::CredentialListModel;
using vitae::vault::CredentialSummary;

namespace {
CredentialSummary summary(qint64 id, const QString &name, const QString &issuer, const QString &status,
                          const QStringList &types, const QString &issued)
{
    CredentialSummary s;
    s.id = id;
    s.name = name;
    s.issuerName = issuer;
    s.verificationStatus = status;
    s.types = types;
    s.issuedAt = issued.isEmpty() ? QDateTime() : QDateTime::fromString(issued, Qt::ISODate);
    return s;
}

QStringList names(const CredentialListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.data(model.index(row), CredentialListModel::NameRole).toString());
    return out;
}
} // namespace

class TestCredentialListModel : public QObject {
    Q_OBJECT
private:
    CredentialListModel m_model;

private slots:
    void init()
    {
        m_model.clearFilters();
        m_model.setSortOrder(CredentialListModel::SortOrder::NewestFirst);
        const QStringList badge = {"VerifiableCredential", "OpenBadgeCredential"};
        const QStringList degree = {"VerifiableCredential", "UniversityDegreeCredential"};
        m_model.setSummaries({
                summary(4, "forklift safety", "Riverside College", "revoked", badge, "2024-03-01T00:00:00Z"),
                summary(3, "Bachelor of Science", "Northbridge University", "verified", degree, "2019-06-30T00:00:00Z"),
                summary(2, "Team leadership", "Riverside College", "verified", badge, ""),
                summary(1, "Caregiving, ten years", "", "self-asserted", badge, "2025-01-01T00:00:00Z"),
        });
        m_model.setTags({{3, {"job: Acme"}}, {2, {"job: Acme", "leadership"}}});
    }

    void testChoicesComeFromWhatIsLoaded()
    {
        QCOMPARE(m_model.statuses(), QStringList({"revoked", "self-asserted", "verified"}));
        QCOMPARE(m_model.types(), QStringList({"OpenBadgeCredential", "UniversityDegreeCredential"}));
        QCOMPARE(m_model.issuers(), QStringList({"Northbridge University", "Riverside College"}));
        QCOMPARE(m_model.tags(), QStringList({"job: Acme", "leadership"}));
        QCOMPARE(m_model.totalCount(), 4);
    }

    void testFiltersCombine()
    {
        QSignalSpy changed(&m_model, &CredentialListModel::filtersChanged);
        m_model.setIssuerFilter("Riverside College");
        QCOMPARE(names(m_model), QStringList({"forklift safety", "Team leadership"}));
        m_model.setStatusFilter("verified");
        QCOMPARE(names(m_model), QStringList({"Team leadership"}));
        m_model.setStatusFilter("expired");
        QCOMPARE(m_model.rowCount(), 0);
        QCOMPARE(m_model.totalCount(), 4); // nothing is lost, only hidden
        m_model.clearFilters();
        m_model.setTypeFilter("UniversityDegreeCredential");
        QCOMPARE(names(m_model), QStringList({"Bachelor of Science"}));
        m_model.clearFilters();
        m_model.setTagFilter("job: Acme");
        QCOMPARE(names(m_model), QStringList({"Bachelor of Science", "Team leadership"}));
        QVERIFY(changed.size() >= 6);
    }

    void testOrders()
    {
        using Order = CredentialListModel::SortOrder;
        QCOMPARE(names(m_model), QStringList({"forklift safety", "Bachelor of Science", "Team leadership", "Caregiving, ten years"}));
        m_model.setSortOrder(Order::OldestFirst);
        QCOMPARE(names(m_model), QStringList({"Caregiving, ten years", "Team leadership", "Bachelor of Science", "forklift safety"}));
        m_model.setSortOrder(Order::Title); // case does not decide
        QCOMPARE(names(m_model), QStringList({"Bachelor of Science", "Caregiving, ten years", "forklift safety", "Team leadership"}));
        m_model.setSortOrder(Order::Issuer); // the unnamed issuer first, ties keep newest first
        QCOMPARE(names(m_model), QStringList({"Caregiving, ten years", "Bachelor of Science", "forklift safety", "Team leadership"}));
        m_model.setSortOrder(Order::IssuedDate); // undated last
        QCOMPARE(names(m_model), QStringList({"Caregiving, ten years", "forklift safety", "Bachelor of Science", "Team leadership"}));
    }

    void testANewLoadKeepsTheFilters()
    {
        m_model.setStatusFilter("verified");
        m_model.setSummaries({summary(9, "First aid", "Red Cross", "verified", {"VerifiableCredential"}, "")});
        QCOMPARE(names(m_model), QStringList({"First aid"}));
        QCOMPARE(m_model.statusFilter(), QStringLiteral("verified"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialListModel)
#include "tst_credential_list_model.moc"
