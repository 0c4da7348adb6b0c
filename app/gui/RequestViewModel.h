// A verifier's OpenID4VP request (openid4vp://) answered from the app: who
// asks, what for, the stored credentials that answer it, exactly what each
// would disclose, and the learner's Send or Decline. The request is fetched
// and the answer posted off the GUI thread (QtConcurrent); matching and
// signing run on the vault thread. Nothing leaves the device before Send.
#pragma once

#include "gui/ConsentOptions.h"
#include "gui/VaultWorker.h"
#include "gui/ViewModel.h"
#include "present/Oid4vp.h"

#include <QFutureWatcher>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace vitae::gui {

class RequestViewModel : public ViewModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    // "" (nothing), "loading", "ready" (the consent screen), "sending",
    // "sent" (the verifier accepted), "refused" (it answered no),
    // "failed" (the request could not be read, or sending failed).
    Q_PROPERTY(QString stage READ stage NOTIFY changed)
    // name (the verifier's own, untrusted), clientId, host (where answers
    // go), identity (a sentence), identityChecked, and state (the
    // verifier's name for this exchange, as it sent it).
    Q_PROPERTY(QVariantMap verifier READ verifier NOTIFY changed)
    // Per requested credential: queryId, what, candidates [{title,
    // issuer}], chosen, selective, claims [{key, label, value, required,
    // selected}], missing (true when the vault has none).
    Q_PROPERTY(QVariantList requested READ requested NOTIFY changed)
    // Why the request cannot be answered, naming the missing part.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(bool canSend READ canSend NOTIFY changed)
    // After sending: the verifier's answer in words, and the address it
    // gave to continue (redirect_uri), shown, never opened by itself.
    Q_PROPERTY(QString outcome READ outcome NOTIFY changed)
    Q_PROPERTY(QString redirect READ redirect NOTIFY changed)

public:
    explicit RequestViewModel(VaultWorker &worker, QObject *parent = nullptr);

    QString stage() const { return m_stage; }
    QVariantMap verifier() const;
    QVariantList requested() const;
    QString problem() const { return m_options.problem; }
    bool canSend() const;
    QString outcome() const { return m_outcome; }
    QString redirect() const { return m_redirect; }

    // Reads the request in `link` (fetching request_uri) and matches it
    // against the vault. Plain http only to 127.0.0.1 with the developer
    // option VITAE_ALLOW_LOOPBACK_HTTP=1.
    void load(const QString &link);
    Q_INVOKABLE void chooseCredential(int item, int candidate);
    Q_INVOKABLE void setClaimSelected(int item, const QString &key, bool selected);
    Q_INVOKABLE void send();
    // Sends nothing: not even a refusal reaches the verifier.
    Q_INVOKABLE void decline();
    // The learner is done with the page (after sending or on failure).
    Q_INVOKABLE void finish();
    void clear();

signals:
    void changed();
    // Leave the consent page, with a sentence for the next page.
    void closed(const QString &notice);

private:
    struct Read {
        std::optional<Error> error;
        present::VerifierRequest request;
    };
    struct Posted {
        std::optional<Error> error;
        QUrl redirect;
    };
    struct Choice {
        int candidate = 0;
        int option = 0;
    };

    void onRead();
    void onPosted();
    void setStage(const QString &stage);
    void fail(const QString &message);
    const CandidateCredential *chosenCandidate(int item) const;
    void logShare(const present::VerifierAnswer &answer, const QList<qint64> &ids, const QString &outcome,
                  const QString &redirect, const QString &stage);

    VaultWorker &m_worker;
    int m_generation = 0; // results of an abandoned request are dropped
    QString m_stage;
    present::VerifierRequest m_request;
    ConsentOptions m_options;
    QList<Choice> m_choices; // per requested credential
    present::VerifierAnswer m_answer;
    QList<qint64> m_sentIds;
    QString m_outcome;
    QString m_redirect;
    QFutureWatcher<Read> m_reading;
    QFutureWatcher<Posted> m_posting;
};

} // namespace vitae::gui
