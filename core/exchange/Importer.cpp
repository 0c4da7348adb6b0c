#include "exchange/Importer.h"

#include "credential/CredentialReader.h"
#include "crypto/Sodium.h"
#include "exchange/BakedBadge.h"
#include "exchange/DeepLink.h"
#include "exchange/LcwWallet.h"
#include "json/JsonParser.h"
#include "pdfread/PdfBundleReader.h"
#include "qr/PngReader.h"
#include "qr/QrDecoder.h"
#include "qr/QrPayload.h"
#include "qr/Vpqr.h"
#include "verify/VaultVerification.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QCoreApplication>

namespace vitae::exchange {

namespace {

constexpr int kMaxCredentialsPerPresentation = 500;

// A presentation's credentials: embedded JSON-LD objects, or JWT / SD-JWT strings.
Result<QList<FoundCredential>> credentialsInPresentation(const QJsonObject &presentation, const QString &name)
{
    const QJsonValue value = presentation.value(QLatin1String("verifiableCredential"));
    const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
    if (value.isUndefined() || items.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "%1 is a presentation with no credentials in it.").arg(name));
    if (items.size() > kMaxCredentialsPerPresentation)
        return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "%1 holds more than %2 credentials.").arg(name).arg(kMaxCredentialsPerPresentation));
    QList<FoundCredential> found;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue &item = items.at(i);
        const QString where = QCoreApplication::translate("vitae", "%1, credential %2 of %3").arg(name).arg(i + 1).arg(items.size());
        if (item.isString())
            found.append({item.toString().toUtf8(), where});
        else if (item.isObject())
            found.append({QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact), where});
        else
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "%1 is not a credential.").arg(where));
    }
    return found;
}

// A picture of a QR code (a screenshot, a photo saved as PNG) holding a
// credential or a Vitae presentation. A link in it is named, not fetched.
Result<QList<FoundCredential>> credentialsInQrImage(QByteArrayView bytes, const QString &name)
{
    Result<qr::GrayImage> image = qr::readPngAsGray(bytes);
    if (!image)
        return makeError(image.code(), QStringLiteral("%1: %2").arg(name, image.message()));
    Result<QStringList> texts = qr::QrDecoder::decode(*image);
    if (!texts)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "%1 holds neither a baked badge nor a QR code Vitae can read.").arg(name));
    QList<FoundCredential> found;
    for (const QString &text : std::as_const(*texts)) {
        const QString where = QCoreApplication::translate("vitae", "%1 (QR code)").arg(name);
        if (qr::isVpqrText(text)) {
            // A Digital Credentials Consortium VPQR code: CBOR-LD of a
            // presentation or credential, read like the JSON it stands for.
            Result<QByteArray> document = qr::decodeVpqr(text);
            if (!document)
                return makeError(document.code(), QStringLiteral("%1: %2").arg(where, document.message()));
            Result<QList<FoundCredential>> inside = credentialsIn(*document, where);
            if (!inside)
                return inside.error();
            found.append(*inside);
            continue;
        }
        Result<Link> link = parseLink(text);
        if (!link)
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "%1: the QR code holds no credential: %2").arg(where, link.message()));
        switch (link->kind) {
        case LinkKind::Credential:
            found.append({link->text.toUtf8(), where});
            break;
        case LinkKind::VitaePresentation: {
            Result<QByteArray> payload = qr::decodeSinglePayload(link->text);
            if (!payload)
                return makeError(payload.code(), QStringLiteral("%1: %2").arg(where, payload.message()));
            // Never an image inside a code inside an image: no recursion.
            if (looksLikePng(*payload) || looksLikeSvg(*payload))
                return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "%1 holds an image, not a credential.").arg(where));
            Result<QList<FoundCredential>> inside = credentialsIn(*payload, where);
            if (!inside)
                return inside.error();
            found.append(*inside);
            break;
        }
        default:
            return makeError(ErrorCode::Unsupported, QCoreApplication::translate("vitae", "%1 holds a %2 (%3): open it as a link instead.")
                                                             .arg(where, linkKindName(link->kind), link->text.left(200)));
        }
    }
    return found;
}

Result<QList<FoundCredential>> credentialsInImage(QByteArrayView bytes, const QString &name)
{
    Result<BakedContent> baked = looksLikePng(bytes) ? extractFromPng(bytes) : extractFromSvg(bytes);
    if (!baked && baked.code() == ErrorCode::NotFound && looksLikePng(bytes))
        return credentialsInQrImage(bytes, name);
    if (!baked)
        return makeError(baked.code(), QStringLiteral("%1: %2").arg(name, baked.message()));
    if (baked->kind == BakedContent::Kind::Url)
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("vitae", "%1 holds only a link to its badge (%2); add it from that link instead.")
                                 .arg(name, QString::fromUtf8(baked->payload)));
    return QList<FoundCredential>{{baked->payload, QStringLiteral("%1 (baked %2)").arg(name, baked->standard)}};
}

json::JsonLimits bundleLimits()
{
    json::JsonLimits limits;
    limits.maxBytes = pdf::kMaxAttachmentBytes;
    return limits;
}

Result<QList<FoundCredential>> credentialsInWalletBackup(const QJsonValue &document, const QString &name)
{
    Result<std::vector<LcwProfile>> profiles = readLcwBackup(document, name);
    if (!profiles)
        return profiles.error();
    QList<FoundCredential> found;
    for (const LcwProfile &profile : *profiles)
        found.append(profile.credentials);
    if (found.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "%1 is a wallet backup with no credentials in it.").arg(name));
    return found;
}

// An evidence file of a bundle, refused unless its bytes match the
// "sha256-<base64>" digest beside it: a changed file is not evidence.
Result<FoundEvidence> evidenceInBundle(const QJsonObject &file, const QString &name)
{
    const QString fileName = file.value(QLatin1String("name")).toString().left(200);
    const QString shown = fileName.isEmpty() ? QStringLiteral("(unnamed)") : fileName;
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
            file.value(QLatin1String("data")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "%1: the evidence file \"%2\" is damaged (not base64). Nothing was imported.").arg(name, shown));
    if (decoded.decoded.size() > vault::EvidenceStore::DefaultMaxBytes)
        return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "%1: the evidence file \"%2\" is larger than %3 MB.")
                                                           .arg(name, shown).arg(vault::EvidenceStore::DefaultMaxBytes / (1024 * 1024)));
    const QString declared = file.value(QLatin1String("digestSRI")).toString();
    const QString actual = QStringLiteral("sha256-") + QString::fromLatin1(crypto::sha256(decoded.decoded).toBase64());
    if (declared != actual)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "%1: the evidence file \"%2\" does not match the digest the portfolio gives for it, so "
                                        "it was changed after the portfolio was made. Nothing was imported.")
                                 .arg(name, shown));
    const QString mediaType = file.value(QLatin1String("mediaType")).toString().left(200);
    return FoundEvidence{fileName.isEmpty() ? QStringLiteral("evidence") : fileName,
                         mediaType.isEmpty() ? QStringLiteral("application/octet-stream") : mediaType, decoded.decoded};
}

// A Vitae portfolio bundle (docs/formats/vitae-bundle.md): its credentials,
// each verified on import like any other, with the evidence files that
// belong to them. The bundle's own signature is the holder's, not an
// issuer's, so it adds nothing a credential needs; the evidence digests are
// checked here, since the files are stored as they are.
Result<QList<FoundCredential>> credentialsInBundle(const QJsonObject &bundle, const QString &name)
{
    const QJsonArray credentials = bundle.value(QLatin1String("credentials")).toArray();
    QList<FoundCredential> found;
    QHash<qsizetype, qsizetype> foundAt; // bundle index -> index in `found`
    for (qsizetype i = 0; i < credentials.size(); ++i) {
        const QString raw = credentials.at(i).toObject().value(QLatin1String("raw")).toString();
        if (raw.isEmpty())
            continue;
        foundAt.insert(i, found.size());
        found.append({raw.toUtf8(), QCoreApplication::translate("vitae", "%1, credential %2 of %3").arg(name).arg(i + 1).arg(credentials.size())});
    }
    if (found.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "%1 is a portfolio with no credentials in it.").arg(name));
    for (const QJsonValue &value : bundle.value(QLatin1String("evidence")).toArray()) {
        Result<FoundEvidence> file = evidenceInBundle(value.toObject(), name);
        if (!file)
            return file.error();
        // A file that belongs to no credential (index -1) has nothing to be
        // linked to in the vault, so it is checked but not kept.
        const auto owner = foundAt.constFind(value.toObject().value(QLatin1String("credential")).toInteger(-1));
        if (owner != foundAt.constEnd())
            found[*owner].evidence.append(*file);
    }
    return found;
}

// Links the found evidence files to a stored credential, skipping any it
// already has (same bytes).
Status storeEvidence(const FoundCredential &found, qint64 credentialId, vault::Vault &vault)
{
    if (found.evidence.isEmpty())
        return {};
    Result<QList<vault::EvidenceRecord>> existing = vault.evidence().listFor(credentialId);
    if (!existing)
        return existing.error();
    QSet<QByteArray> held;
    for (const vault::EvidenceRecord &record : std::as_const(*existing))
        held.insert(record.sha256);
    for (const FoundEvidence &file : found.evidence) {
        const QByteArray digest = crypto::sha256(file.data);
        if (held.contains(digest))
            continue;
        vault::EvidenceRecord record;
        record.credentialId = credentialId;
        record.name = file.name;
        record.mediaType = file.mediaType;
        record.data = file.data;
        if (Result<qint64> added = vault.evidence().add(record); !added)
            return added.error();
        held.insert(digest);
    }
    return {};
}

} // namespace

Result<QList<FoundCredential>> credentialsIn(QByteArrayView bytes, const QString &name)
{
    if (looksLikePng(bytes) || looksLikeSvg(bytes))
        return credentialsInImage(bytes, name);
    if (pdf::looksLikePdf(bytes)) {
        // A portfolio PDF: its credentials are in the attached bundle.
        Result<QByteArray> bundle = pdf::readBundleFromPdfBytes(bytes.toByteArray());
        if (!bundle)
            return makeError(bundle.code(), QStringLiteral("%1: %2").arg(name, bundle.message()));
        Result<QJsonObject> object = json::parseJsonObject(*bundle, bundleLimits());
        if (!object || object->value(QLatin1String("type")).toString() != QLatin1String("VitaeBundle"))
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "%1 holds no Vitae portfolio.").arg(name));
        return credentialsInBundle(*object, name);
    }
    const QByteArrayView text = bytes.trimmed();
    if (text.startsWith("VP1-")) {
        // A VPQR code's text, pasted or saved: the JSON it stands for.
        Result<QByteArray> document = qr::decodeVpqr(QString::fromUtf8(text));
        if (!document)
            return makeError(document.code(), QStringLiteral("%1: %2").arg(name, document.message()));
        return credentialsIn(*document, name);
    }
    if (text.startsWith('[')) {
        // The one JSON array Vitae takes: a Learner Credential Wallet backup.
        Result<QJsonValue> document = json::parseJson(bytes);
        if (!document)
            return makeError(document.code(), QStringLiteral("%1: %2").arg(name, document.message()));
        return credentialsInWalletBackup(*document, name);
    }
    if (text.startsWith('{')) {
        Result<QJsonObject> object = json::parseJsonObject(bytes, bundleLimits());
        if (!object)
            return makeError(object.code(), QStringLiteral("%1: %2").arg(name, object.message()));
        const QJsonValue type = object->value(QLatin1String("type"));
        const bool presentation = type.toString() == QLatin1String("VerifiablePresentation")
                || type.toArray().contains(QLatin1String("VerifiablePresentation"));
        if (presentation)
            return credentialsInPresentation(*object, name);
        if (isLcwBackup(*object))
            return credentialsInWalletBackup(*object, name);
        if (object->value(QLatin1String("type")).toString() == QLatin1String("VitaeBundle"))
            return credentialsInBundle(*object, name);
    }
    return QList<FoundCredential>{{bytes.toByteArray(), name}};
}

ImportPreview previewImport(const FoundCredential &found, vault::Vault &vault, const verify::VerifyContext &context)
{
    ImportPreview preview;
    preview.found = found;
    Result<credential::Credential> credential = credential::readCredential(found.bytes);
    if (!credential) {
        preview.readError = credential.error();
        return preview;
    }
    preview.result = verify::verifyCredential(*credential, context);
    Result<qint64> duplicate = vault.credentials().findDuplicate(credential->raw, credential->id);
    preview.duplicateOf = duplicate ? *duplicate : 0;
    preview.credential = std::move(*credential);
    return preview;
}

Result<qint64> storeImport(const ImportPreview &preview, vault::Vault &vault, const QString &importSource)
{
    if (!preview.credential)
        return makeError(ErrorCode::InvalidInput, preview.readError.message);
    if (preview.duplicateOf)
        return makeError(ErrorCode::AlreadyExists,
                         QCoreApplication::translate("vitae", "This credential is already in the vault (number %1).").arg(preview.duplicateOf));
    Result<qint64> id = vault.credentials().add(verify::makeRecord(*preview.credential, &preview.result, importSource));
    if (!id)
        return id;
    if (Status s = storeEvidence(preview.found, *id, vault); !s) {
        (void)vault.credentials().remove(*id); // its evidence rows go with it
        return s.error();
    }
    return id;
}

Result<QList<qint64>> storeImports(const QList<ImportPreview> &previews, vault::Vault &vault, const QString &importSource)
{
    QList<vault::CredentialRecord> records;
    records.reserve(previews.size());
    for (const ImportPreview &preview : previews) {
        if (!preview.credential)
            return makeError(ErrorCode::InvalidInput, preview.readError.message);
        records.append(verify::makeRecord(*preview.credential, &preview.result, importSource + preview.found.where));
    }
    Result<QList<qint64>> ids = vault.credentials().addAll(std::move(records));
    if (!ids)
        return ids;
    for (qsizetype i = 0; i < ids->size(); ++i) {
        if (Status s = storeEvidence(previews.at(i).found, ids->at(i), vault); !s) {
            // All or none, evidence included.
            for (qint64 id : std::as_const(*ids))
                (void)vault.credentials().remove(id);
            return s.error();
        }
    }
    return ids;
}

} // namespace vitae::exchange
