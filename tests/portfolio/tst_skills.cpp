// The skills view: one entry per skill, from every kind of source, each
// linked to the credentials behind it, honest about self-assertion.
#include "TestIssuer.h"
#include "credential/CredentialReader.h"
#include "did/DidKey.h"
#include "portfolio/SelfAssertedEntry.h"
#include "portfolio/Skills.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vitae;
using namespace vitae::portfolio;

class TestSkills : public QObject {
    Q_OBJECT
private slots:
    void gatheredFromEverySource()
    {
        const test::TestIssuer issuer;
        QJsonObject badge = issuer.badge("Warehouse Safety");
        QJsonObject subject = badge.value("credentialSubject").toObject();
        QJsonObject achievement = subject.value("achievement").toObject();
        achievement.insert("alignment", QJsonArray{QJsonObject{{"type", QJsonArray{"Alignment"}},
                                                               {"targetName", "Supply Chain Planning"},
                                                               {"targetFramework", "ESCO"},
                                                               {"targetUrl", "https://esco.example/skill/1"}}});
        achievement.insert("tag", QJsonArray{"forklift", "Training"});
        subject.insert("achievement", achievement);
        badge.insert("credentialSubject", subject);
        const auto issued = credential::readCredential(QJsonDocument(issuer.signJcs(badge)).toJson()).value();

        const auto key = crypto::Ed25519KeyPair::generate();
        const auto entryVc = makeEntryCredential({"Logistics coordinator", "Army", {}, QDate(2010, 1, 1), {}, {},
                                                  {"training", "Supply chain planning"}},
                                                 {}, key, did::didKeyFromEd25519(key.publicKey()));
        const auto entry = credential::readCredential(QJsonDocument(entryVc.value()).toJson()).value();

        const QList<Skill> skills = collectSkills({{1, issued, false}, {2, entry, true}});
        QStringList names;
        for (const Skill &skill : skills)
            names.append(skill.framework + ":" + skill.name);
        // "Training" and "training" are one skill, backed by both; the ESCO
        // alignment stays apart from the learner's own words for it.
        QCOMPARE(names, (QStringList{":forklift", ":Supply chain planning", ":Training", "ESCO:Supply Chain Planning"}));
        const Skill &training = skills.at(2);
        QCOMPARE(training.sources.size(), 2);
        QVERIFY(training.attested());
        const Skill &ownWords = skills.at(1);
        QCOMPARE(ownWords.sources.size(), 1);
        QVERIFY(ownWords.sources.first().selfAsserted);
        QVERIFY(!ownWords.attested());
        QCOMPARE(skills.at(3).url, "https://esco.example/skill/1");

        QCOMPARE(searchSkills(skills, "supply").size(), 2);
        QCOMPARE(searchSkills(skills, "esco supply").size(), 1);
        QCOMPARE(searchSkills(skills, "").size(), 4);
        QCOMPARE(searchSkills(skills, "welding").size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSkills)
#include "tst_skills.moc"
