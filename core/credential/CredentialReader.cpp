#include "credential/CredentialReader.h"

#include <QJsonArray>
#include <QLocale>
#include <QCoreApplication>

namespace vitae::credential {

QStringList preferredLanguages()
{
    static const QStringList languages = [] {
        QStringList list = QLocale::system().uiLanguages();
        list.append(QStringLiteral("en"));
        return list;
    }();
    return languages;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::LdpVc: return QStringLiteral("ldp_vc");
    case Format::JwtVc: return QStringLiteral("jwt_vc");
    case Format::SdJwtVc: return QStringLiteral("dc+sd-jwt");
    case Format::Ob2Hosted: return QStringLiteral("ob2-hosted");
    }
    return QString();
}

QDateTime fromNumericDate(double seconds)
{
    if (!(seconds >= -1e12 && seconds <= 1e12)) // also false for NaN
        return QDateTime();
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
}

Result<QDateTime> readDate(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QDateTime();
    QDateTime when;
    if (value.isString())
        when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    else if (value.isDouble()) // JWT NumericDate
        when = fromNumericDate(value.toDouble());
    if (!when.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The date in \"%1\" cannot be read.").arg(key));
    return when.toUTC();
}

namespace {

bool isOb2Assertion(const QJsonObject &object)
{
    const QJsonValue context = object.value(QLatin1String("@context"));
    const QString contextText = context.isString() ? context.toString() : QString();
    return contextText.startsWith(QLatin1String("https://w3id.org/openbadges/v2"))
            || contextText.startsWith(QLatin1String("https://w3id.org/openbadges/v1"))
            || object.value(QLatin1String("type")).toString() == QLatin1String("Assertion");
}

QStringList typesOf(const QJsonObject &object)
{
    const QJsonValue type = object.value(QLatin1String("type"));
    if (type.isString())
        return {type.toString()};
    QStringList types;
    for (const QJsonValue &t : type.toArray())
        types.append(t.toString());
    return types;
}

} // namespace

Result<Credential> readCredential(QByteArrayView bytes, const ReadOptions &options)
{
    if (bytes.size() > options.maxBytes)
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The credential is %1 MB; Vitae reads credentials up to %2 MB.")
                                 .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                                 .arg(options.maxBytes / (1024 * 1024)));
    const QByteArrayView text = bytes.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The file is empty."));

    if (text.front() == '{') {
        Result<QJsonObject> object = json::parseJsonObject(bytes, options.json);
        if (!object)
            return object.error();
        if (isOb2Assertion(*object)) {
            Result<Credential> assertion = readOb2Assertion(*object, options);
            if (assertion)
                assertion->raw = bytes.toByteArray(); // kept exactly as received, like every format
            return assertion;
        }
        const QStringList types = typesOf(*object);
        if (types.contains(QLatin1String("VerifiablePresentation")))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("vitae", "This is a presentation holding credentials, not a single credential."));
        if (!object->contains(QLatin1String("@context")) || !types.contains(QLatin1String("VerifiableCredential")))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("vitae", "This JSON is not a verifiable credential (it needs @context and the "
                                            "type VerifiableCredential)."));
        Credential credential;
        credential.raw = bytes.toByteArray();
        credential.format = Format::LdpVc;
        credential.document = *object;
        if (Status s = readVcDocument(*object, options, credential); !s)
            return s.error();
        return credential;
    }
    Result<Credential> token = text.contains('~') ? readSdJwtVc(text, options)
            : text.count('.') == 2                 ? readJwtVc(text, options)
                                                   : Result<Credential>(makeError(ErrorCode::InvalidInput, QString()));
    if (token) {
        token->raw = bytes.toByteArray(); // exactly as received, line ends included
        return token;
    }
    if (!token.message().isEmpty())
        return token.error();
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("vitae", "This is not a credential Vitae can read (not JSON, a JWT or an SD-JWT)."));
}

} // namespace vitae::credential
