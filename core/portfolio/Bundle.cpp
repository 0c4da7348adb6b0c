#include "portfolio/Bundle.h"

#include "credential/CredentialReader.h"
#include "crypto/Sodium.h"
#include "json/JsonParser.h"
#include "net/ChainResolver.h"
#include "net/FileResolver.h"
#include "portfolio/SelfAssertedEntry.h"
#include "present/HolderKey.h"
#include "sign/Signer.h"
#include "verify/ProofSuite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QCoreApplication>

namespace vitae::portfolio {

namespace {

using verify::Outcome;

const QString kType = QStringLiteral("VitaeBundle");

// Bundle-level checks.
const QString kFormat = QStringLiteral("format");
const QString kHolderProof = QStringLiteral("holder-proof");
const QString kEvidence = QStringLiteral("evidence");
const QString kSnapshots = QStringLiteral("snapshots");

QJsonObject snapshotJson(const net::FetchedDocument &document)
{
    return {{QStringLiteral("url"), document.url.toString()},
            {QStringLiteral("contentType"), document.contentType},
            {QStringLiteral("retrievedAt"), sign::xsdDateTime(document.retrievedAt)},
            {QStringLiteral("body"), QString::fromLatin1(document.body.toBase64())}};
}

} // namespace

Result<QByteArray> makeBundle(const BundleInput &input, const crypto::Ed25519KeyPair &holderKey, const QString &holderDid)
{
    if (input.credentials.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "Choose at least one credential to export."));
    QJsonArray credentials;
    for (const QByteArray &raw : input.credentials)
        credentials.append(QJsonObject{{QStringLiteral("raw"), QString::fromUtf8(raw)}});
    QJsonArray evidence;
    for (const BundleEvidence &file : input.evidence) {
        if (file.credentialIndex >= input.credentials.size())
            return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "Evidence \"%1\" belongs to no exported credential.").arg(file.name));
        evidence.append(QJsonObject{{QStringLiteral("name"), file.name},
                                    {QStringLiteral("mediaType"), file.mediaType},
                                    {QStringLiteral("credential"), file.credentialIndex},
                                    {QStringLiteral("digestSRI"), digestSri(crypto::sha256(file.data))},
                                    {QStringLiteral("data"), QString::fromLatin1(file.data.toBase64())}});
    }
    QJsonArray snapshots;
    for (const net::FetchedDocument &document : input.snapshots)
        snapshots.append(snapshotJson(document));
    Result<QList<TrustSnapshot>> trusted = trustSnapshotsFor(input.credentials, input.trustLists);
    if (!trusted)
        return trusted.error();
    const QDateTime now = input.now.isValid() ? input.now : QDateTime::currentDateTimeUtc();
    const QJsonObject bundle{{QStringLiteral("type"), kType},
                             {QStringLiteral("version"), QStringLiteral("%1.%2").arg(kBundleMajorVersion).arg(kBundleMinorVersion)},
                             {QStringLiteral("title"), input.title},
                             {QStringLiteral("learner"), QJsonObject{{QStringLiteral("name"), input.learnerName},
                                                                     {QStringLiteral("id"), holderDid}}},
                             {QStringLiteral("created"), sign::xsdDateTime(now)},
                             {QStringLiteral("credentials"), credentials},
                             {QStringLiteral("evidence"), evidence},
                             {QStringLiteral("snapshots"), snapshots},
                             {QStringLiteral("trustListEntries"),
                              trustSnapshotsJson(mergeTrustSnapshots(*trusted, input.trustEntries))}};
    sign::ProofOptions options;
    options.suite = sign::ProofSuiteKind::EddsaJcs2022;
    options.created = now;
    Result<QJsonObject> secured = sign::addDataIntegrityProof(bundle, holderKey, options);
    if (!secured)
        return secured.error();
    return QJsonDocument(*secured).toJson(QJsonDocument::Compact);
}

Result<net::FetchedDocument> RecordingResolver::fetch(const QUrl &url)
{
    if (!m_inner)
        return makeError(ErrorCode::Network, QCoreApplication::translate("vitae", "Offline: %1 was not fetched.").arg(url.toDisplayString()));
    Result<net::FetchedDocument> document = m_inner->fetch(url);
    if (document)
        m_recorded.append(*document);
    return document;
}

bool looksLikeBundle(QByteArrayView bytes)
{
    // "type": "VitaeBundle" anywhere (keys are written sorted, so "type"
    // comes late), with any whitespace around the colon.
    const QByteArrayView text = bytes.trimmed();
    if (!text.startsWith('{'))
        return false;
    const QByteArrayView value("\"VitaeBundle\"");
    for (qsizetype at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        qsizetype i = at - 1;
        while (i >= 0 && QChar::isSpace(uchar(text.at(i))))
            --i;
        if (i < 0 || text.at(i) != ':')
            continue;
        --i;
        while (i >= 0 && QChar::isSpace(uchar(text.at(i))))
            --i;
        if (i >= 5 && text.sliced(i - 5, 6) == QByteArrayView("\"type\""))
            return true;
    }
    return false;
}

namespace {

void checkHolderProof(const QJsonObject &bundle, BundleVerification &out)
{
    const QList<QJsonObject> proofs = verify::proofsOf(bundle);
    if (proofs.size() != 1) {
        out.bundle.add(kHolderProof, Outcome::Failed, QStringLiteral("bundle.unsigned"),
                       QCoreApplication::translate("vitae", "The bundle is not signed by the learner."));
        return;
    }
    const QJsonObject proof = proofs.first();
    const QString method = proof.value(QLatin1String("verificationMethod")).toString();
    const verify::ProofSuite *suite = verify::findProofSuite(proof);
    Result<jose::PublicKey> key = present::holderPublicKey(method);
    if (present::didOfMethod(method) != out.holder) {
        out.bundle.add(kHolderProof, Outcome::Failed, QStringLiteral("bundle.signer-mismatch"),
                       QCoreApplication::translate("vitae", "The bundle names %1 as its learner but was signed by %2.")
                               .arg(out.holder, present::didOfMethod(method)));
        return;
    }
    if (!suite || !key) {
        out.bundle.add(kHolderProof, Outcome::Unknown, QStringLiteral("bundle.signature-unchecked"),
                       key ? QCoreApplication::translate("vitae", "The bundle's signature uses a suite Vitae cannot check.") : key.message());
        return;
    }
    QJsonObject document = bundle;
    document.remove(QLatin1String("proof"));
    if (Status verified = suite->verify(document, proof, *key); !verified) {
        out.bundle.add(kHolderProof, Outcome::Failed, QStringLiteral("bundle.signature"),
                       QCoreApplication::translate("vitae", "The bundle was changed after the learner signed it: %1").arg(verified.message()));
        return;
    }
    out.bundle.add(kHolderProof, Outcome::Passed, QStringLiteral("bundle.signed"),
                   QCoreApplication::translate("vitae", "Signed by the learner, %1, on %2.").arg(out.holder, out.created.toString(Qt::ISODate)));
}

// Every file matches its digest, and every self-asserted entry's committed
// evidence is here and unchanged.
void checkEvidence(const QJsonObject &bundle, BundleVerification &out)
{
    QSet<QString> present;
    QStringList problems;
    const QJsonArray evidence = bundle.value(QLatin1String("evidence")).toArray();
    for (const QJsonValue &value : evidence) {
        const QJsonObject file = value.toObject();
        const QByteArray data = QByteArray::fromBase64(file.value(QLatin1String("data")).toString().toLatin1());
        const QString declared = file.value(QLatin1String("digestSRI")).toString();
        const QString actual = digestSri(crypto::sha256(data));
        if (declared != actual)
            problems.append(QStringLiteral("\"%1\" does not match its digest").arg(file.value(QLatin1String("name")).toString()));
        present.insert(actual);
    }
    for (const BundleCredentialResult &held : out.credentials) {
        if (!held.credential || !isSelfAssertedEntry(held.credential->document))
            continue;
        for (const QJsonValue &value : held.credential->document.value(QLatin1String("evidence")).toArray()) {
            const QString committed = value.toObject().value(QLatin1String("digestSRI")).toString();
            if (!committed.isEmpty() && !present.contains(committed))
                problems.append(QStringLiteral("\"%1\" named by \"%2\" is missing or changed")
                                        .arg(value.toObject().value(QLatin1String("name")).toString(), held.credential->title));
        }
    }
    if (!problems.isEmpty())
        out.bundle.add(kEvidence, Outcome::Failed, QStringLiteral("bundle.evidence-changed"),
                       QCoreApplication::translate("vitae", "Evidence files were changed: %1.").arg(problems.join(QStringLiteral("; "))));
    else
        out.bundle.add(kEvidence, Outcome::Passed, QStringLiteral("bundle.evidence-intact"),
                       QCoreApplication::translate("vitae", "%1 evidence file(s), each unchanged.").arg(evidence.size()));
}

// What is neither in the bundle nor allowed from the network.
class OfflineResolver : public net::Resolver {
public:
    Result<net::FetchedDocument> fetch(const QUrl &url) override
    {
        return makeError(ErrorCode::Network, QCoreApplication::translate("vitae", "%1 was not saved with the bundle, and Vitae is checking offline.")
                                                     .arg(url.toDisplayString()));
    }
};

Result<net::FileResolver *> loadSnapshots(const QJsonObject &bundle, net::FileResolver &resolver, BundleVerification &out)
{
    // Absent before format 1.1.
    Result<QList<TrustSnapshot>> trusted = trustSnapshotsFromJson(bundle.value(QLatin1String("trustListEntries")).toArray());
    if (!trusted)
        return trusted.error();
    out.trustSnapshots = *trusted;
    const QJsonArray snapshots = bundle.value(QLatin1String("snapshots")).toArray();
    QDateTime oldest;
    for (const QJsonValue &value : snapshots) {
        const QJsonObject snapshot = value.toObject();
        const QUrl url(snapshot.value(QLatin1String("url")).toString());
        if (!url.isValid())
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "A snapshot in the bundle has no valid address."));
        resolver.addBytes(url, QByteArray::fromBase64(snapshot.value(QLatin1String("body")).toString().toLatin1()),
                          snapshot.value(QLatin1String("contentType")).toString());
        const QDateTime at = QDateTime::fromString(snapshot.value(QLatin1String("retrievedAt")).toString(), Qt::ISODate);
        if (at.isValid() && (!oldest.isValid() || at < oldest))
            oldest = at;
    }
    QString message = snapshots.isEmpty() ? QCoreApplication::translate("vitae", "The bundle needed nothing from the network.")
                                          : QCoreApplication::translate("vitae", "%1 document(s) the checks need were saved with the bundle (the "
                                                           "oldest on %2); status is as of then when offline.")
                                                    .arg(snapshots.size())
                                                    .arg(oldest.toString(Qt::ISODate));
    if (!out.trustSnapshots.isEmpty())
        message += QStringLiteral(" %1 trust-list entr%2 for its issuers, as the learner's lists had them.")
                           .arg(out.trustSnapshots.size())
                           .arg(out.trustSnapshots.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies"));
    out.bundle.add(kSnapshots, Outcome::Passed, QStringLiteral("bundle.snapshots"), message);
    return &resolver;
}

// A machine can tell "on my list" from "on the learner's saved copy".
void markSnapshotTrust(verify::VerificationResult &result, const QString &issuerId, const QSet<QString> &fromSnapshot)
{
    if (!fromSnapshot.contains(issuerId))
        return;
    for (verify::CheckResult &check : result.checks)
        if (check.check == verify::check::IssuerTrust && check.code == QLatin1String("issuer.registered"))
            check.code = QStringLiteral("issuer.registered-snapshot");
}

} // namespace

BundleVerification verifyBundle(QByteArrayView bytes, const verify::VerifyContext &context)
{
    BundleVerification out;
    out.bundle.checkedAt = QDateTime::currentDateTimeUtc();
    json::JsonLimits limits;
    limits.maxBytes = kMaxBundleBytes;
    Result<QJsonObject> parsed = json::parseJsonObject(bytes, limits);
    if (!parsed || parsed->value(QLatin1String("type")).toString() != kType) {
        out.bundle.add(kFormat, Outcome::Failed, QStringLiteral("bundle.not-a-bundle"),
                       parsed ? QCoreApplication::translate("vitae", "This is not a Vitae portfolio bundle.")
                              : QCoreApplication::translate("vitae", "This bundle is not valid JSON: %1").arg(parsed.message()));
        return out;
    }
    const QJsonObject &bundle = *parsed;
    const int major = bundle.value(QLatin1String("version")).toString().section(QLatin1Char('.'), 0, 0).toInt();
    if (major != kBundleMajorVersion) {
        out.bundle.add(kFormat, Outcome::Failed, QStringLiteral("bundle.version"),
                       major > kBundleMajorVersion
                               ? QCoreApplication::translate("vitae", "This bundle was made by a newer Vitae (format %1); update Vitae to check it.").arg(major)
                               : QCoreApplication::translate("vitae", "This bundle's format version is not valid."));
        return out;
    }
    const QJsonObject learner = bundle.value(QLatin1String("learner")).toObject();
    out.title = bundle.value(QLatin1String("title")).toString();
    out.learnerName = learner.value(QLatin1String("name")).toString();
    out.holder = learner.value(QLatin1String("id")).toString();
    out.created = QDateTime::fromString(bundle.value(QLatin1String("created")).toString(), Qt::ISODate);
    const QJsonArray credentials = bundle.value(QLatin1String("credentials")).toArray();
    out.bundle.add(kFormat, Outcome::Passed, QStringLiteral("bundle.valid"),
                   QCoreApplication::translate("vitae", "A Vitae portfolio bundle of %1 credential(s).").arg(credentials.size()));
    checkHolderProof(bundle, out);

    net::FileResolver snapshots;
    Result<net::FileResolver *> loaded = loadSnapshots(bundle, snapshots, out);
    if (!loaded) {
        out.bundle.add(kSnapshots, Outcome::Failed, QStringLiteral("bundle.snapshots-invalid"), loaded.message());
        return out;
    }
    // Snapshots first; then the network if the caller allows it.
    auto notOwned = [](net::Resolver *resolver) { return std::shared_ptr<net::Resolver>(resolver, [](net::Resolver *) {}); };
    OfflineResolver offline;
    net::ChainResolver resolver;
    resolver.append(notOwned(&snapshots));
    resolver.append(notOwned(context.resolver ? context.resolver : &offline));
    verify::VerifyContext withSnapshots = context;
    withSnapshots.resolver = &resolver;
    if (!out.holder.isEmpty() && !withSnapshots.holderDids.contains(out.holder))
        withSnapshots.holderDids.append(out.holder);
    // The verifier's own lists first; the bundle's entries fill the gaps.
    verify::TrustStore trust = context.trust ? *context.trust : verify::TrustStore();
    QSet<QString> fromSnapshot;
    for (const TrustSnapshot &entry : std::as_const(out.trustSnapshots)) {
        if (trust.find(entry.issuerId))
            continue;
        trust.add({entry.issuerId, entry.issuerName, entry.issuerUrl, snapshotListName(entry)});
        fromSnapshot.insert(entry.issuerId);
    }
    if (!out.trustSnapshots.isEmpty())
        withSnapshots.trust = &trust;
    for (const QJsonValue &value : credentials) {
        BundleCredentialResult held;
        held.raw = value.toObject().value(QLatin1String("raw")).toString().toUtf8();
        Result<credential::Credential> credential = credential::readCredential(held.raw);
        if (credential) {
            held.result = verify::verifyCredential(*credential, withSnapshots);
            markSnapshotTrust(held.result, credential->issuerId, fromSnapshot);
            held.credential = std::move(*credential);
        } else {
            held.result.add(verify::check::Structure, Outcome::Failed, QStringLiteral("structure.unreadable"), credential.message());
        }
        out.credentials.append(std::move(held));
    }
    checkEvidence(bundle, out);
    return out;
}

verify::Verdict BundleVerification::verdict() const
{
    verify::VerificationResult all = bundle;
    for (const BundleCredentialResult &held : credentials)
        all.nested.append(held.result);
    if (credentials.isEmpty())
        return verify::Verdict::Failed;
    return all.verdict();
}

QJsonObject BundleVerification::toJson() const
{
    QJsonArray items;
    for (const BundleCredentialResult &held : credentials) {
        QJsonObject item{{QStringLiteral("verification"), held.result.toJson()}};
        if (held.credential) {
            item.insert(QStringLiteral("title"), held.credential->title);
            item.insert(QStringLiteral("issuer"), held.credential->issuerName.isEmpty() ? held.credential->issuerId
                                                                                       : held.credential->issuerName);
            item.insert(QStringLiteral("selfAsserted"), isSelfAssertedEntry(held.credential->document));
        }
        items.append(item);
    }
    return {{QStringLiteral("verdict"), verify::verdictName(verdict())},
            {QStringLiteral("title"), title},
            {QStringLiteral("learner"), learnerName},
            {QStringLiteral("holder"), holder},
            {QStringLiteral("created"), created.toString(Qt::ISODate)},
            {QStringLiteral("checks"), bundle.toJson().value(QStringLiteral("checks"))},
            {QStringLiteral("credentials"), items}};
}

} // namespace vitae::portfolio
