#include "jsonld/ContextLoader.h"

#include "json/JsonParser.h"

#include <QFile>
#include <QJsonObject>
#include <QCoreApplication>

namespace vitae::jsonld {

namespace {
const QString kResourceDir = QStringLiteral(":/vitae/contexts/");

Error unknownContext(const QString &url)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("unknown context %1").arg(url));
}
} // namespace

BuiltinContexts &BuiltinContexts::instance()
{
    static BuiltinContexts contexts;
    return contexts;
}

BuiltinContexts::BuiltinContexts()
{
    QFile index(kResourceDir + QStringLiteral("contexts.json"));
    if (!index.open(QIODevice::ReadOnly))
        qFatal("Vitae was built without its JSON-LD contexts");
    const QJsonObject files = json::parseJsonObject(index.readAll()).value();
    for (auto it = files.begin(); it != files.end(); ++it) {
        QFile file(kResourceDir + it.value().toString());
        if (!file.open(QIODevice::ReadOnly) || !add(it.key(), file.readAll()))
            qFatal("A shipped JSON-LD context is missing or broken: %s", qPrintable(it.key()));
    }
}

Result<QJsonValue> BuiltinContexts::load(const QString &url) const
{
    const auto it = m_contexts.constFind(url);
    if (it == m_contexts.constEnd())
        return unknownContext(url);
    return *it;
}

Status BuiltinContexts::add(const QString &url, QByteArrayView json)
{
    Result<QJsonValue> document = json::parseJson(json);
    if (!document)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The context %1 is not valid JSON: %2").arg(url, document.message()));
    m_contexts.insert(url, *document);
    return {};
}

QStringList BuiltinContexts::urls() const
{
    return m_contexts.keys();
}

} // namespace vitae::jsonld
