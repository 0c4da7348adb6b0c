#include "gui/VerifierViewModel.h"

#include "crypto/Sodium.h"
#include "gui/ClaimText.h"
#include "gui/PresentationLink.h"
#include "gui/QrImage.h"
#include "gui/QrPayload.h"
#include "present/PresentationVerifier.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace vitae::gui {

namespace {
constexpr qint64 kMaxPresentationBytes = 10 * 1024 * 1024;

QString outcomeKey(verify::Outcome outcome)
{
    return verify::outcomeName(outcome);
}

QVariantList checksOf(const verify::VerificationResult &result)
{
    QVariantList checks;
    for (const verify::CheckResult &check : result.checks)
        checks.append(QVariantMap{{QStringLiteral("outcome"), outcomeKey(check.outcome)},
                                  {QStringLiteral("message"), check.message}});
    return checks;
}

// The first failed (else warning or unknown) check anywhere: the reason
// named under the verdict.
QString reasonOf(const present::PresentationResult &result, verify::Outcome wanted)
{
    for (const verify::CheckResult &check : result.presentation.checks)
        if (check.outcome == wanted)
            return check.message;
    for (const present::PresentedCredential &presented : result.credentials)
        for (const verify::CheckResult &check : presented.result.checks)
            if (check.outcome == wanted)
                return presented.credential ? QStringLiteral("%1: %2").arg(presented.credential->title, check.message)
                                            : check.message;
    return {};
}

QVariantMap describe(const present::PresentationResult &result)
{
    const verify::Verdict verdict = result.verdict();
    QString headline;
    QString reason;
    switch (verdict) {
    case verify::Verdict::Verified:
        headline = VerifierViewModel::tr("Verified");
        reason = VerifierViewModel::tr("Made for your challenge by the holder, and every credential checks out.");
        break;
    case verify::Verdict::Warning:
        headline = VerifierViewModel::tr("Verified, with warnings");
        reason = reasonOf(result, verify::Outcome::Warning);
        if (reason.isEmpty())
            reason = reasonOf(result, verify::Outcome::Unknown);
        break;
    case verify::Verdict::Failed:
        headline = VerifierViewModel::tr("Not verified");
        reason = reasonOf(result, verify::Outcome::Failed);
        break;
    case verify::Verdict::Unknown:
        headline = VerifierViewModel::tr("Could not be checked");
        reason = reasonOf(result, verify::Outcome::Unknown);
        break;
    }
    QVariantList credentials;
    for (const present::PresentedCredential &presented : result.credentials) {
        const credential::Credential *credential = presented.credential ? &*presented.credential : nullptr;
        credentials.append(QVariantMap{
                {QStringLiteral("title"), credential ? credential->title : VerifierViewModel::tr("(unreadable credential)")},
                {QStringLiteral("issuer"), !credential ? QString()
                                           : credential->issuerName.isEmpty() ? credential->issuerId
                                                                              : credential->issuerName},
                {QStringLiteral("verdict"), verify::verdictName(presented.result.verdict())},
                {QStringLiteral("checks"), checksOf(presented.result)},
                {QStringLiteral("claims"), claimLines(presented.disclosedClaims)},
                {QStringLiteral("selective"), presented.selectivelyDisclosed}});
    }
    return {{QStringLiteral("verdict"), verify::verdictName(verdict)},
            {QStringLiteral("headline"), headline},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("holder"), result.holder},
            {QStringLiteral("checks"), checksOf(result.presentation)},
            {QStringLiteral("credentials"), credentials}};
}
} // namespace

VerifierViewModel::VerifierViewModel(QObject *parent) : ViewModel(parent)
{
    m_verifying.setParent(this);
    m_reading.setParent(this);
    connect(&m_verifying, &QFutureWatcher<QVariantMap>::finished, this, [this] {
        setBusy(false);
        m_result = m_verifying.result();
        emit resultChanged();
    });
    connect(&m_reading, &QFutureWatcher<QVariantMap>::finished, this, [this] {
        setBusy(false);
        const QVariantMap read = m_reading.result();
        if (read.contains(QStringLiteral("error")))
            return setError(read.value(QStringLiteral("error")).toString());
        // Honest about what a link cannot carry: the challenge it was made
        // for is the verifier's to know.
        setNotice(read.value(QStringLiteral("fromLink")).toBool()
                          ? tr("A presentation from a link is loaded. Type the challenge you gave the learner: "
                               "it verifies only against the challenge it was made for.")
                          : QString());
        emit fileLoaded(read.value(QStringLiteral("text")).toString());
    });
}

void VerifierViewModel::newChallenge(const QString &domain)
{
    m_challenge = QString::fromLatin1(crypto::randomBytes(16).toBase64(QByteArray::Base64UrlEncoding |
                                                                          QByteArray::OmitTrailingEquals));
    // What the learner's Vitae scans: the challenge and who asks. A short
    // text renders in well under a millisecond, so this stays here.
    QJsonObject request{{QStringLiteral("challenge"), m_challenge}};
    if (!domain.trimmed().isEmpty())
        request.insert(QStringLiteral("domain"), domain.trimmed());
    const Result<QImage> image = renderQr(qrFramesFor(QJsonDocument(request).toJson(QJsonDocument::Compact)).value().value(0));
    m_challengeQr = image ? *image : QImage();
    emit challengeChanged();
}

void VerifierViewModel::openFile(const QUrl &file)
{
    if (!file.isLocalFile())
        return setError(tr("Choose a file on this device."));
    setError(QString());
    setBusy(true);
    m_reading.setFuture(QtConcurrent::run([path = file.toLocalFile()] {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return QVariantMap{{QStringLiteral("error"), tr("%1 cannot be read.").arg(QFileInfo(path).fileName())}};
        if (in.size() > kMaxPresentationBytes)
            return QVariantMap{{QStringLiteral("error"), tr("%1 is too large to be a presentation.").arg(QFileInfo(path).fileName())}};
        const QString text = QString::fromUtf8(in.readAll()).trimmed();
        // A file may hold the link itself (saved from an e-mail).
        if (std::optional<Result<QByteArray>> inside = presentationInText(text)) {
            if (!*inside)
                return QVariantMap{{QStringLiteral("error"), inside->message()}};
            return QVariantMap{{QStringLiteral("text"), QString::fromUtf8(**inside)}, {QStringLiteral("fromLink"), true}};
        }
        return QVariantMap{{QStringLiteral("text"), text}};
    }));
}

void VerifierViewModel::openLink(const QString &link)
{
    setError(QString());
    setBusy(true);
    m_reading.setFuture(QtConcurrent::run([link] {
        const std::optional<Result<QByteArray>> inside = presentationInText(link);
        if (!inside)
            return QVariantMap{{QStringLiteral("error"), tr("This is not a presentation link.")}};
        if (!*inside)
            return QVariantMap{{QStringLiteral("error"), tr("The presentation link cannot be read: %1").arg(inside->message())}};
        return QVariantMap{{QStringLiteral("text"), QString::fromUtf8(**inside)}, {QStringLiteral("fromLink"), true}};
    }));
}

void VerifierViewModel::verify(const QString &presentation, const QString &challenge, const QString &domain)
{
    if (presentation.trimmed().isEmpty())
        return setError(tr("Paste the presentation, or open its file."));
    if (challenge.trimmed().isEmpty())
        return setError(tr("Type the challenge you gave the learner, or make a new one first."));
    setError(QString());
    m_result.clear();
    emit resultChanged();
    setBusy(true);
    present::PresentationExpectations expectations;
    expectations.challenge = challenge.trimmed();
    expectations.domain = domain.trimmed();
    m_verifying.setFuture(QtConcurrent::run([text = presentation.trimmed(), expectations] {
        // A pasted presentation link is verified as what it carries.
        QByteArray bytes = text.toUtf8();
        if (std::optional<Result<QByteArray>> inside = presentationInText(text); inside && *inside)
            bytes = **inside;
        // Offline: nothing about this interview leaves the device. Vitae has
        // no trust lists of its own yet, so issuer trust reads "unknown".
        const verify::VerifyContext context;
        return describe(present::verifyPresentation(bytes, expectations, context));
    }));
}

void VerifierViewModel::clearResult()
{
    m_result.clear();
    emit resultChanged();
}

} // namespace vitae::gui
