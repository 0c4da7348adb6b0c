#include "present/KeyBindingCheck.h"

#include "jose/SdJwt.h"

#include <QCoreApplication>

namespace vitae::present {

namespace {

using verify::Outcome;
namespace pc = presentationCheck;

QDateTime fromSeconds(const QJsonValue &value)
{
    // Refuse absurd values instead of converting them (they would overflow).
    const double seconds = value.toDouble(-1);
    if (!value.isDouble() || seconds < 0 || seconds > 253402300799.0)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
}

} // namespace

std::optional<jose::PublicKey> boundKeyOf(const credential::Credential &credential)
{
    if (!credential.sdJwt)
        return std::nullopt;
    const QJsonObject cnf = credential.sdJwt->issuerJwt.payload.value(QLatin1String("cnf")).toObject();
    if (!cnf.contains(QLatin1String("jwk")))
        return std::nullopt;
    Result<jose::PublicKey> key = jose::publicKeyFromJwk(cnf.value(QLatin1String("jwk")).toObject());
    if (!key)
        return std::nullopt;
    return *key;
}

void checkKeyBinding(const credential::Credential &credential, const PresentationExpectations &expectations,
                     verify::VerificationResult &out)
{
    const std::optional<jose::PublicKey> boundKey = boundKeyOf(credential);
    if (!boundKey) {
        out.add(pc::HolderProof, Outcome::Warning, QStringLiteral("presentation.unbound"),
                QCoreApplication::translate("vitae", "The credential is not bound to a key, so anyone holding a copy could present it."));
        out.add(pc::Challenge, Outcome::Warning, QStringLiteral("presentation.challenge-unchecked"),
                QCoreApplication::translate("vitae", "Without a key binding the presentation cannot answer your challenge; it could be "
                               "a replay."));
        return;
    }
    const std::optional<jose::Jws> &kb = credential.sdJwt->keyBinding;
    if (!kb) {
        out.add(pc::HolderProof, Outcome::Failed, QStringLiteral("presentation.kb-missing"),
                QCoreApplication::translate("vitae", "The credential is bound to its holder's key, but the presentation carries no key "
                               "binding proof."));
        return;
    }
    if (kb->header.value(QLatin1String("typ")).toString() != QLatin1String("kb+jwt")) {
        out.add(pc::HolderProof, Outcome::Failed, QStringLiteral("presentation.kb-type"),
                QCoreApplication::translate("vitae", "The key binding proof is not of type kb+jwt."));
        return;
    }
    if (Status signature = jose::verifyJws(*kb, *boundKey); !signature) {
        out.add(pc::HolderProof, Outcome::Failed, QStringLiteral("presentation.kb-signature"),
                QCoreApplication::translate("vitae", "The key binding proof was not signed by the credential's holder: %1")
                        .arg(signature.message()));
        return;
    }
    const QString sdHash = kb->payload.value(QLatin1String("sd_hash")).toString();
    if (sdHash.toLatin1() != jose::sdDigest(credential.sdJwt->sdHashInput)) {
        out.add(pc::HolderProof, Outcome::Failed, QStringLiteral("presentation.kb-sd-hash"),
                QCoreApplication::translate("vitae", "The key binding proof covers other disclosures than the ones presented (sd_hash "
                               "does not match)."));
        return;
    }
    out.add(pc::HolderProof, Outcome::Passed, QStringLiteral("presentation.kb-valid"),
            QCoreApplication::translate("vitae", "The holder's key signed this presentation."));

    if (kb->payload.value(QLatin1String("nonce")).toString() != expectations.challenge) {
        out.add(pc::Challenge, Outcome::Failed, QStringLiteral("presentation.challenge-mismatch"),
                QCoreApplication::translate("vitae", "This presentation answers another challenge than yours: it may be a replay."));
    } else {
        out.add(pc::Challenge, Outcome::Passed, QStringLiteral("presentation.challenge-matches"),
                QCoreApplication::translate("vitae", "The presentation answers your challenge."));
    }
    if (!expectations.domain.isEmpty()) {
        if (kb->payload.value(QLatin1String("aud")).toString() != expectations.domain)
            out.add(pc::Domain, Outcome::Failed, QStringLiteral("presentation.domain-mismatch"),
                    QCoreApplication::translate("vitae", "This presentation was made for another verifier (%1).")
                            .arg(kb->payload.value(QLatin1String("aud")).toString().left(200)));
        else
            out.add(pc::Domain, Outcome::Passed, QStringLiteral("presentation.domain-matches"),
                    QCoreApplication::translate("vitae", "The presentation was made for you."));
    }

    const QDateTime now = expectations.now.isValid() ? expectations.now : QDateTime::currentDateTimeUtc();
    const QDateTime issued = fromSeconds(kb->payload.value(QLatin1String("iat")));
    const QJsonValue expValue = kb->payload.value(QLatin1String("exp"));
    const QDateTime expires = fromSeconds(expValue);
    if (!issued.isValid() || issued > now.addSecs(expectations.clockSkewSeconds)) {
        out.add(pc::Expiry, Outcome::Failed, QStringLiteral("presentation.issued-in-future"),
                QCoreApplication::translate("vitae", "The presentation's time of signing is missing or in the future."));
    } else if (!expValue.isUndefined() && (!expires.isValid() || expires < now.addSecs(-expectations.clockSkewSeconds))) {
        out.add(pc::Expiry, Outcome::Failed, QStringLiteral("presentation.expired"),
                QCoreApplication::translate("vitae", "The presentation expired on %1.").arg(expires.toString(Qt::ISODate)));
    } else {
        out.add(pc::Expiry, Outcome::Passed, QStringLiteral("presentation.fresh"),
                expires.isValid() ? QCoreApplication::translate("vitae", "The presentation is valid until %1.").arg(expires.toString(Qt::ISODate))
                                  : QCoreApplication::translate("vitae", "The presentation was signed at %1.").arg(issued.toString(Qt::ISODate)));
    }
}

} // namespace vitae::present
