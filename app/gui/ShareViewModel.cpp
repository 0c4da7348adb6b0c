#include "gui/ShareViewModel.h"

#include "credential/CredentialReader.h"
#include "gui/ClaimText.h"
#include "gui/PresentationLink.h"
#include "gui/QrImage.h"
#include "gui/QrPayload.h"
#include "present/HolderChoice.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

#include <optional>

namespace vitae::gui {

namespace {
constexpr int kFrameMs = 400; // slow enough for a phone camera to lock on

QString whatWasDisclosed(const QJsonValue &disclosed)
{
    if (disclosed.isString())
        return ShareViewModel::tr("the whole credential");
    QStringList labels;
    for (const QJsonValue &claim : disclosed.toArray())
        labels.append(claimLabel(claim.toString()));
    return labels.isEmpty() ? ShareViewModel::tr("only what the issuer always shows")
                            : QLocale().createSeparatedList(labels);
}

QStringList disclosedSentences(const QJsonArray &disclosed)
{
    QStringList out;
    for (const QJsonValue &value : disclosed) {
        const QJsonObject item = value.toObject();
        out.append(ShareViewModel::tr("%1: %2").arg(item.value(QLatin1String("title")).toString(),
                                                     whatWasDisclosed(item.value(QLatin1String("disclosed")))));
    }
    return out;
}

QVariantMap describeCandidate(qint64 id, const credential::Credential &credential)
{
    QVariantMap map{{QStringLiteral("credentialId"), id},
                    {QStringLiteral("title"), credential.title},
                    {QStringLiteral("issuer"), credential.issuerName.isEmpty() ? credential.issuerId : credential.issuerName}};
    if (credential.format == credential::Format::Ob2Hosted) {
        map.insert(QStringLiteral("kind"), QStringLiteral("hosted"));
        map.insert(QStringLiteral("note"), ShareViewModel::tr("A hosted badge is not signed, so it cannot be presented."));
    } else if (credential.format == credential::Format::SdJwtVc) {
        QVariantList claims;
        for (const QString &pointer : credential.disclosableClaims)
            claims.append(QVariantMap{{QStringLiteral("pointer"), pointer},
                                      {QStringLiteral("label"), claimLabel(pointer)},
                                      {QStringLiteral("value"), claimValue(credential.document, pointer)}});
        map.insert(QStringLiteral("kind"), QStringLiteral("sdjwt"));
        map.insert(QStringLiteral("claims"), claims);
        map.insert(QStringLiteral("note"), ShareViewModel::tr("Choose what to show. Unticked claims stay private; "
                                                              "what the issuer made always visible is shown."));
    } else {
        map.insert(QStringLiteral("kind"), QStringLiteral("whole"));
        map.insert(QStringLiteral("note"), ShareViewModel::tr("This credential is shared whole: its format does not let "
                                                              "you hide parts of it."));
    }
    return map;
}

Result<QVariantList> readShareLog(vault::Vault &vault)
{
    Result<QList<vault::ShareRecord>> shares = vault.shares().all();
    if (!shares)
        return shares.error();
    QVariantList log;
    for (const vault::ShareRecord &share : *shares) {
        const QJsonArray disclosed = QJsonDocument::fromJson(share.disclosedJson).array();
        log.append(QVariantMap{
                {QStringLiteral("when"), QLocale().toString(share.sharedAt.toLocalTime(), QLocale::ShortFormat)},
                {QStringLiteral("to"), share.domain.isEmpty() ? ShareViewModel::tr("a verifier (no domain given)") : share.domain},
                {QStringLiteral("channel"), share.channel == QLatin1String("qr")     ? ShareViewModel::tr("QR code")
                                            : share.channel == QLatin1String("file") ? ShareViewModel::tr("file")
                                            : share.channel == QLatin1String("link") ? ShareViewModel::tr("link")
                                            : share.channel == QLatin1String("openid4vp") ? ShareViewModel::tr("a verifier's request")
                                                                                     : share.channel},
                {QStringLiteral("disclosed"), disclosedSentences(disclosed)}});
    }
    return log;
}

struct Loaded {
    std::optional<Error> error;
    QVariantList candidates;
    QVariantList log;
};

struct Built {
    std::optional<Error> error;
    present::BuiltPresentation built;
    QList<QImage> frames;
    QString qrProblem;
    QVariantList log;
};
} // namespace

ShareViewModel::ShareViewModel(VaultWorker &worker, QObject *parent) : ViewModel(parent), m_worker(worker)
{
    m_frameTimer.setInterval(kFrameMs);
    connect(&m_frameTimer, &QTimer::timeout, this, [this] {
        m_frame = (m_frame + 1) % std::max<int>(1, int(m_frames.size()));
        emit qrImageChanged();
    });
}

QString ShareViewModel::suggestedFileName() const
{
    return m_built.kind == present::BuiltPresentation::Kind::SdJwt ? QStringLiteral("presentation.txt")
                                                                   : QStringLiteral("presentation.json");
}

void ShareViewModel::load()
{
    setBusy(true);
    m_worker.run(
            this,
            [](vault::Vault &vault) {
                Loaded out;
                if (!vault.isUnlocked())
                    return out;
                Result<QList<vault::CredentialSummary>> summaries = vault.credentials().list();
                if (!summaries) {
                    out.error = summaries.error();
                    return out;
                }
                for (const vault::CredentialSummary &summary : *summaries) {
                    Result<vault::CredentialRecord> record = vault.credentials().get(summary.id);
                    if (!record)
                        continue;
                    if (Result<credential::Credential> credential = credential::readCredential(record->raw))
                        out.candidates.append(describeCandidate(summary.id, *credential));
                }
                Result<QVariantList> log = readShareLog(vault);
                if (log)
                    out.log = *log;
                else
                    out.error = log.error();
                return out;
            },
            [this](Loaded loaded) {
                setBusy(false);
                m_selected.clear();
                m_disclose.clear();
                m_candidates = loaded.candidates;
                m_shareLog = loaded.log;
                emit candidatesChanged();
                emit selectionChanged();
                emit shareLogChanged();
                setError(loaded.error ? loaded.error->message : QString());
            });
}

void ShareViewModel::setSelected(qint64 credentialId, bool selected)
{
    if (selected == m_selected.contains(credentialId))
        return;
    if (selected)
        m_selected.append(credentialId);
    else
        m_selected.removeAll(credentialId);
    emit selectionChanged();
}

void ShareViewModel::setDisclosed(qint64 credentialId, const QString &pointer, bool disclosed)
{
    if (disclosed)
        m_disclose[credentialId].insert(pointer);
    else
        m_disclose[credentialId].remove(pointer);
}

bool ShareViewModel::isDisclosed(qint64 credentialId, const QString &pointer) const
{
    return m_disclose.value(credentialId).contains(pointer);
}

void ShareViewModel::build(const QString &challenge, const QString &domain)
{
    if (m_selected.isEmpty())
        return setError(tr("Choose at least one credential to share."));
    if (challenge.trimmed().isEmpty())
        return setError(tr("Type the challenge the verifier gave you, so this presentation works only for them."));
    setError(QString());
    setNotice(QString());
    setBusy(true);
    present::PresentOptions options;
    options.challenge = challenge.trimmed();
    options.domain = domain.trimmed();
    QList<qint64> ids = m_selected;
    QHash<qint64, QSet<QString>> disclose = m_disclose;
    m_worker.run(
            this,
            [ids, disclose, options](vault::Vault &vault) {
                Built out;
                if (!vault.isUnlocked()) {
                    out.error = makeError(ErrorCode::InvalidArgument, tr("The vault is locked."));
                    return out;
                }
                QList<present::PresentItem> items;
                for (qint64 id : ids) {
                    Result<vault::CredentialRecord> record = vault.credentials().get(id);
                    Result<credential::Credential> credential =
                            record ? credential::readCredential(record->raw) : Result<credential::Credential>(record.error());
                    if (!credential) {
                        out.error = credential.error();
                        return out;
                    }
                    present::PresentItem item;
                    item.vaultId = id;
                    item.credential = std::move(*credential);
                    const QSet<QString> claims = disclose.value(id);
                    for (const QString &pointer : item.credential.disclosableClaims) // the credential's order
                        if (claims.contains(pointer))
                            item.disclose.append(pointer);
                    items.append(std::move(item));
                }
                Result<present::HolderChoice> holder = present::HolderChoice::choose(vault, items);
                if (!holder) {
                    out.error = holder.error();
                    return out;
                }
                Result<present::BuiltPresentation> built =
                        present::buildPresentation(items, holder->key(), holder->did(), options);
                if (!built) {
                    out.error = built.error();
                    return out;
                }
                out.built = std::move(*built);
                const Result<QStringList> texts = qrFramesFor(out.built.bytes);
                for (const QString &frame : texts ? *texts : QStringList{QString()}) {
                    Result<QImage> image = texts ? renderQr(frame) : Result<QImage>(texts.error());
                    if (!image) {
                        out.frames.clear();
                        out.qrProblem = tr("This presentation is too large for a QR code. Save it as a file and "
                                           "send that instead.");
                        break;
                    }
                    out.frames.append(*image);
                }
                // Logged as shown by QR only when there is a code to show.
                if (!out.frames.isEmpty()) {
                    if (Result<qint64> logged = vault.shares().append(present::shareRecordFor(out.built, options,
                                                                                             QStringLiteral("qr")));
                        !logged) {
                        out.error = logged.error();
                        return out;
                    }
                }
                if (Result<QVariantList> log = readShareLog(vault))
                    out.log = *log;
                return out;
            },
            [this, options](Built result) {
                setBusy(false);
                if (result.error)
                    return setError(result.error->message);
                m_built = result.built;
                m_options = options;
                m_disclosedSummary = disclosedSentences(m_built.disclosed);
                m_qrProblem = result.qrProblem;
                m_frames = result.frames;
                m_frame = 0;
                if (m_frames.size() > 1)
                    m_frameTimer.start();
                m_shareLog = result.log;
                emit presentationChanged();
                emit qrImageChanged();
                emit shareLogChanged();
            });
}

void ShareViewModel::saveToFile(const QUrl &file)
{
    if (!hasPresentation())
        return;
    if (!file.isLocalFile())
        return setError(tr("Choose a file on this device."));
    setBusy(true);
    const QString path = file.toLocalFile();
    m_worker.run(
            this,
            [path, built = m_built, options = m_options](vault::Vault &vault) -> std::optional<Error> {
                QSaveFile out(path);
                if (!out.open(QIODevice::WriteOnly) || out.write(built.bytes) != built.bytes.size() || !out.commit())
                    return makeError(ErrorCode::Io, tr("Could not save %1: %2").arg(path, out.errorString()));
                if (!vault.isUnlocked())
                    return makeError(ErrorCode::InvalidArgument, tr("The vault is locked."));
                if (Result<qint64> logged = vault.shares().append(present::shareRecordFor(built, options, QStringLiteral("file")));
                    !logged)
                    return logged.error();
                return std::nullopt;
            },
            [this, path](std::optional<Error> error) {
                setBusy(false);
                if (error)
                    return setError(error->message);
                setNotice(tr("Saved to %1. It is in your share log.").arg(path));
                emit saved(path);
                load();
            });
}

void ShareViewModel::copyLink()
{
    if (!hasPresentation())
        return;
    setBusy(true);
    m_worker.run(
            this,
            [built = m_built, options = m_options](vault::Vault &vault) -> Result<QString> {
                Result<QString> link = presentationLinkFor(built.bytes);
                if (!link)
                    return link.error();
                if (!vault.isUnlocked())
                    return makeError(ErrorCode::InvalidArgument, tr("The vault is locked."));
                if (Result<qint64> logged = vault.shares().append(present::shareRecordFor(built, options, QStringLiteral("link")));
                    !logged)
                    return logged.error();
                return link;
            },
            [this](Result<QString> link) {
                setBusy(false);
                if (!link)
                    return setError(link.message());
                QGuiApplication::clipboard()->setText(*link);
                setNotice(tr("The link is copied: paste it into an e-mail or a chat. It is in your share log."));
                emit linkCopied(*link);
                load();
            });
}

void ShareViewModel::closePresentation()
{
    m_frameTimer.stop();
    m_built = {};
    m_frames.clear();
    m_disclosedSummary.clear();
    m_qrProblem.clear();
    emit presentationChanged();
    emit qrImageChanged();
}

void ShareViewModel::clear()
{
    closePresentation();
    m_candidates.clear();
    m_selected.clear();
    m_disclose.clear();
    m_shareLog.clear();
    setNotice(QString());
    setError(QString());
    setBusy(false);
    emit candidatesChanged();
    emit selectionChanged();
    emit shareLogChanged();
}

} // namespace vitae::gui
