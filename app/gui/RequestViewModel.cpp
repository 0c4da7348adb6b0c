#include "gui/RequestViewModel.h"

#include "credential/CredentialReader.h"
#include "gui/AppHttpLimits.h"
#include "exchange/DeepLink.h"
#include "net/HttpResolver.h"
#include "present/HeldCredentials.h"
#include "present/HolderChoice.h"

#include <QJsonDocument>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace vitae::gui {

namespace {

struct Matched {
    std::optional<Error> error;
    ConsentOptions options;
};

struct Answered {
    std::optional<Error> error;
    present::VerifierAnswer answer;
};

// What the learner chose, as the vault thread needs it.
struct ChosenCredential {
    qint64 vaultId = 0;
    present::DcqlMatch match;
};

} // namespace

RequestViewModel::RequestViewModel(VaultWorker &worker, QObject *parent)
    : ViewModel(parent), m_worker(worker)
{
    m_reading.setParent(this);
    m_posting.setParent(this);
    connect(&m_reading, &QFutureWatcher<Read>::finished, this, &RequestViewModel::onRead);
    connect(&m_posting, &QFutureWatcher<Posted>::finished, this, &RequestViewModel::onPosted);
}

QVariantMap RequestViewModel::verifier() const
{
    if (m_request.clientId.isEmpty())
        return {};
    return {{QStringLiteral("name"), m_request.verifierName},
            {QStringLiteral("clientId"), m_request.clientId},
            {QStringLiteral("host"), m_request.responseUri.host()},
            {QStringLiteral("identity"), m_request.identity},
            {QStringLiteral("identityChecked"), m_request.identityChecked},
            {QStringLiteral("state"), m_request.state}};
}

const CandidateCredential *RequestViewModel::chosenCandidate(int item) const
{
    if (item < 0 || item >= m_options.requested.size() || item >= m_choices.size())
        return nullptr;
    const QList<CandidateCredential> &candidates = m_options.requested.at(item).candidates;
    const int index = m_choices.at(item).candidate;
    return index >= 0 && index < candidates.size() ? &candidates.at(index) : nullptr;
}

QVariantList RequestViewModel::requested() const
{
    QVariantList out;
    for (int i = 0; i < m_options.requested.size(); ++i) {
        const RequestedCredential &requested = m_options.requested.at(i);
        QVariantList candidates;
        for (const CandidateCredential &candidate : requested.candidates)
            candidates.append(QVariantMap{{QStringLiteral("title"), candidate.title},
                                          {QStringLiteral("issuer"), candidate.issuer}});
        QVariantMap map{{QStringLiteral("queryId"), requested.queryId},
                        {QStringLiteral("what"), requested.what},
                        {QStringLiteral("candidates"), candidates},
                        {QStringLiteral("missing"), requested.candidates.isEmpty()}};
        if (const CandidateCredential *candidate = chosenCandidate(i)) {
            const QStringList selected = candidate->options.value(m_choices.at(i).option).claimKeys;
            QVariantList claims;
            for (const RequestedClaim &claim : candidate->claims)
                claims.append(QVariantMap{{QStringLiteral("key"), claim.key},
                                          {QStringLiteral("label"), claim.label},
                                          {QStringLiteral("value"), candidate->values.value(claim.key)},
                                          {QStringLiteral("required"), candidate->requiredKeys.contains(claim.key)},
                                          {QStringLiteral("selected"), selected.contains(claim.key)}});
            map.insert(QStringLiteral("chosen"), m_choices.at(i).candidate);
            map.insert(QStringLiteral("selective"), candidate->selective);
            map.insert(QStringLiteral("claims"), claims);
        }
        out.append(map);
    }
    return out;
}

bool RequestViewModel::canSend() const
{
    if (m_stage != QLatin1String("ready") || !m_options.problem.isEmpty() || m_options.requested.isEmpty())
        return false;
    for (int i = 0; i < m_options.requested.size(); ++i)
        if (!chosenCandidate(i))
            return false;
    return true;
}

void RequestViewModel::load(const QString &link)
{
    clear();
    setBusy(true);
    setStage(QStringLiteral("loading"));
    m_reading.setFuture(QtConcurrent::run([link]() -> Read {
        Result<exchange::Link> parsed = exchange::parseLink(link);
        if (!parsed)
            return {parsed.error(), {}};
        net::HttpResolver http(appHttpLimits());
        Result<present::VerifierRequest> request = present::readVerifierRequest(*parsed, http);
        if (!request)
            return {request.error(), {}};
        return {std::nullopt, *request};
    }));
}

void RequestViewModel::onRead()
{
    Read read = m_reading.result();
    if (m_stage != QLatin1String("loading"))
        return; // declined or locked meanwhile
    if (read.error)
        return fail(tr("Vitae could not read this request, so nothing was shared. %1").arg(read.error->message));
    m_request = read.request;
    const int generation = m_generation;
    m_worker.run(
            this,
            [query = m_request.query](vault::Vault &vault) {
                Matched out;
                if (!vault.isUnlocked()) {
                    out.error = makeError(ErrorCode::InvalidArgument, tr("The vault is locked."));
                    return out;
                }
                Result<QList<present::PresentItem>> held = present::heldCredentials(vault);
                if (!held) {
                    out.error = held.error();
                    return out;
                }
                out.options = consentOptionsFor(query, *held);
                return out;
            },
            [this, generation](Matched matched) {
                if (generation != m_generation)
                    return;
                if (matched.error)
                    return fail(matched.error->message);
                m_options = matched.options;
                m_choices = QList<Choice>(m_options.requested.size());
                setBusy(false);
                setStage(QStringLiteral("ready"));
            });
}

void RequestViewModel::chooseCredential(int item, int candidate)
{
    if (m_stage != QLatin1String("ready") || item < 0 || item >= m_choices.size()
        || candidate < 0 || candidate >= m_options.requested.at(item).candidates.size())
        return;
    m_choices[item] = {candidate, 0};
    emit changed();
}

void RequestViewModel::setClaimSelected(int item, const QString &key, bool selected)
{
    const CandidateCredential *candidate = chosenCandidate(item);
    if (m_stage != QLatin1String("ready") || !candidate)
        return;
    const int option = optionAfterToggle(*candidate, m_choices.at(item).option, key, selected);
    if (option >= 0)
        m_choices[item].option = option;
    // Also when refused (a required claim): the page shows the choice as it is.
    emit changed();
}

void RequestViewModel::send()
{
    if (!canSend())
        return;
    QList<ChosenCredential> chosen;
    for (int i = 0; i < m_options.requested.size(); ++i) {
        const CandidateCredential *candidate = chosenCandidate(i);
        chosen.append({candidate->vaultId, candidate->options.value(m_choices.at(i).option).match});
    }
    setError(QString());
    setBusy(true);
    setStage(QStringLiteral("sending"));
    const int generation = m_generation;
    m_worker.run(
            this,
            [chosen, request = m_request](vault::Vault &vault) {
                Answered out;
                if (!vault.isUnlocked()) {
                    out.error = makeError(ErrorCode::InvalidArgument, tr("The vault is locked."));
                    return out;
                }
                QList<present::PresentItem> items;
                QList<present::DcqlMatch> matches;
                for (const ChosenCredential &choice : chosen) {
                    Result<vault::CredentialRecord> record = vault.credentials().get(choice.vaultId);
                    Result<credential::Credential> credential =
                            record ? credential::readCredential(record->raw) : Result<credential::Credential>(record.error());
                    if (!credential) {
                        out.error = credential.error();
                        return out;
                    }
                    present::PresentItem item;
                    item.vaultId = choice.vaultId;
                    item.credential = std::move(*credential);
                    present::DcqlMatch match = choice.match;
                    match.heldIndex = int(items.size());
                    items.append(std::move(item));
                    matches.append(std::move(match));
                }
                Result<present::HolderChoice> holder = present::HolderChoice::choose(vault, items);
                if (!holder) {
                    out.error = holder.error();
                    return out;
                }
                Result<present::VerifierAnswer> answer =
                        present::answerVerifier(request, matches, items, holder->key(), holder->did());
                if (!answer)
                    out.error = answer.error();
                else
                    out.answer = std::move(*answer);
                return out;
            },
            [this, generation, chosen](Answered answered) {
                if (generation != m_generation)
                    return;
                if (answered.error)
                    return fail(tr("Nothing was sent: %1").arg(answered.error->message));
                m_answer = answered.answer;
                m_sentIds.clear();
                for (const ChosenCredential &choice : chosen)
                    m_sentIds.append(choice.vaultId);
                m_posting.setFuture(QtConcurrent::run([request = m_request, answer = m_answer]() -> Posted {
                    net::HttpResolver http(appHttpLimits());
                    Result<QUrl> sent = present::sendAnswer(request, answer, http);
                    if (!sent)
                        return {sent.error(), {}};
                    return {std::nullopt, *sent};
                }));
            });
}

void RequestViewModel::onPosted()
{
    const Posted posted = m_posting.result();
    if (m_stage != QLatin1String("sending"))
        return;
    const QString name = m_request.verifierName;
    if (posted.error && posted.error->code != ErrorCode::InvalidInput) {
        // The answer never reached the verifier: nothing was disclosed.
        return fail(tr("The presentation could not be sent to %1: %2").arg(name, posted.error->message));
    }
    // Received, accepted or not: the verifier has seen it, so it is logged.
    if (posted.error) {
        return logShare(m_answer, m_sentIds, tr("%1 received your presentation but did not accept it. %2")
                                                     .arg(name, posted.error->message),
                        QString(), QStringLiteral("refused"));
    }
    const QString redirect = posted.redirect.toString();
    const QString outcome = redirect.isEmpty()
            ? tr("%1 accepted your presentation. It gave no address to continue at.").arg(name)
            : tr("%1 accepted your presentation. It asks you to continue at the address below; "
                 "Vitae does not open it for you.").arg(name);
    logShare(m_answer, m_sentIds, outcome, redirect, QStringLiteral("sent"));
}

void RequestViewModel::logShare(const present::VerifierAnswer &answer, const QList<qint64> &ids, const QString &outcome,
                                const QString &redirect, const QString &stage)
{
    vault::ShareRecord record;
    record.sharedAt = QDateTime::currentDateTimeUtc();
    record.verifier = m_request.verifierName;
    record.domain = m_request.clientId;
    record.challenge = m_request.nonce;
    record.channel = QStringLiteral("openid4vp");
    record.credentialIds = ids;
    record.disclosedJson = QJsonDocument(answer.disclosed).toJson(QJsonDocument::Compact);
    const int generation = m_generation;
    m_worker.run(
            this,
            [record](vault::Vault &vault) -> std::optional<Error> {
                if (!vault.isUnlocked())
                    return makeError(ErrorCode::InvalidArgument, tr("The vault is locked."));
                if (Result<qint64> logged = vault.shares().append(record); !logged)
                    return logged.error();
                return std::nullopt;
            },
            [this, generation, outcome, redirect, stage](std::optional<Error> error) {
                if (generation != m_generation)
                    return;
                setBusy(false);
                m_outcome = outcome;
                m_redirect = redirect;
                if (error)
                    setError(tr("It was sent, but could not be written to your share log: %1").arg(error->message));
                setStage(stage);
            });
}

void RequestViewModel::decline()
{
    clear();
    emit closed(tr("You declined the request. Nothing was sent."));
}

void RequestViewModel::finish()
{
    const QString notice = m_stage == QLatin1String("sent") || m_stage == QLatin1String("refused")
            ? tr("What you sent is in your share log.")
            : QString();
    clear();
    emit closed(notice);
}

void RequestViewModel::fail(const QString &message)
{
    setBusy(false);
    setError(message);
    setStage(QStringLiteral("failed"));
}

void RequestViewModel::setStage(const QString &stage)
{
    m_stage = stage;
    emit changed();
}

void RequestViewModel::clear()
{
    ++m_generation;
    m_stage.clear();
    m_request = {};
    m_options = {};
    m_choices.clear();
    m_answer = {};
    m_sentIds.clear();
    m_outcome.clear();
    m_redirect.clear();
    setBusy(false);
    setError(QString());
    setNotice(QString());
    emit changed();
}

} // namespace vitae::gui
