#include "credential/LanguageText.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vitae::credential {

namespace {

struct Candidate {
    QString language; // lower case, may be empty
    QString text;
};

QString primarySubtag(const QString &language)
{
    return language.section(QLatin1Char('-'), 0, 0);
}

void collect(const QJsonValue &value, QList<Candidate> &out)
{
    if (value.isString()) {
        out.append({QString(), value.toString()});
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            if (!item.isArray()) // one level: arrays of value objects
                collect(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("@value"))) {
            out.append({object.value(QLatin1String("@language")).toString().toLower(),
                        object.value(QLatin1String("@value")).toString()});
        } else {
            // A language map: {"en": "...", "es": "..."}.
            for (auto it = object.begin(); it != object.end(); ++it)
                if (it.value().isString() && !it.key().startsWith(QLatin1Char('@')))
                    out.append({it.key().toLower(), it.value().toString()});
        }
    }
}

} // namespace

QString pickText(const QJsonValue &value, const QStringList &preferred)
{
    QList<Candidate> candidates;
    collect(value, candidates);
    if (candidates.isEmpty())
        return QString();
    for (const QString &wanted : preferred) {
        const QString lower = wanted.toLower();
        for (const Candidate &c : candidates)
            if (c.language == lower)
                return c.text;
        for (const Candidate &c : candidates)
            if (!c.language.isEmpty() && primarySubtag(c.language) == primarySubtag(lower))
                return c.text;
    }
    for (const Candidate &c : candidates)
        if (c.language.isEmpty())
            return c.text;
    return candidates.first().text;
}

} // namespace vitae::credential
