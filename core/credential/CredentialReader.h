// Reads outside bytes into a Credential, whatever the format. Nothing is
// verified here (see verify/Verifier.h); structure problems are errors.
#pragma once

#include "common/Result.h"
#include "credential/Credential.h"
#include "jose/SdJwt.h"
#include "json/JsonParser.h"

namespace vitae::credential {

// The learner's languages, most wanted first: the system's, then English.
QStringList preferredLanguages();

struct ReadOptions {
    QStringList languages = preferredLanguages(); // most wanted first
    qsizetype maxBytes = 10 * 1024 * 1024;
    int maxNestedCredentials = 200;                  // CLR 2.0
    json::JsonLimits json;
    jose::SdJwtLimits sdJwt;
};

// Detects the format: a JSON object (JSON-LD VC, or an Open Badges 2.0
// assertion), an SD-JWT (has '~'), or a compact JWT. Errors are
// ErrorCode::InvalidInput / LimitExceeded with a sentence naming the problem.
Result<Credential> readCredential(QByteArrayView bytes, const ReadOptions &options = {});

// Fills the display fields from a W3C VC JSON object (1.1 or 2.0, including
// Open Badges 3.0 and CLR 2.0). Shared by the JSON-LD and JWT readers.
Status readVcDocument(const QJsonObject &vc, const ReadOptions &options, Credential &out, int depth = 0);

// The individual format readers (used by readCredential).
Result<Credential> readJwtVc(QByteArrayView token, const ReadOptions &options);
Result<Credential> readSdJwtVc(QByteArrayView text, const ReadOptions &options);
Result<Credential> readOb2Assertion(const QJsonObject &assertion, const ReadOptions &options);

// A JWT NumericDate (seconds since 1970) as a UTC time; invalid when it is
// not a finite number within +-10^12 s (converting a hostile 1e300 to an
// integer would be undefined behaviour).
QDateTime fromNumericDate(double seconds);

// VC dates are XML Schema dateTimes; an invalid QDateTime when absent.
// A present but unreadable date is an error so it is never silently ignored.
Result<QDateTime> readDate(const QJsonObject &object, const QString &key);

} // namespace vitae::credential
