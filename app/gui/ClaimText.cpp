#include "gui/ClaimText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vitae::gui {

namespace {
QString words(QString segment)
{
    segment.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
    bool isIndex = false;
    const int index = segment.toInt(&isIndex);
    if (isIndex)
        return QString::number(index + 1);
    return segment.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? QCoreApplication::translate("vitae::gui::ClaimText", "yes")
                                          : QCoreApplication::translate("vitae::gui::ClaimText", "no");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    default: return {};
    }
}

bool technical(const QString &key)
{
    // Structure and proof members, and the SD-JWT's own timestamps and
    // issuer (the page shows the issuer and checks the dates).
    static const QStringList kSkipped{QStringLiteral("@context"), QStringLiteral("type"), QStringLiteral("_sd"),
                                      QStringLiteral("_sd_alg"), QStringLiteral("cnf"), QStringLiteral("..."),
                                      QStringLiteral("iat"), QStringLiteral("nbf"), QStringLiteral("exp"),
                                      QStringLiteral("iss"), QStringLiteral("vct"), QStringLiteral("status"),
                                      QStringLiteral("proof")};
    return kSkipped.contains(key);
}

void collect(const QJsonValue &value, const QString &label, QStringList &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!technical(it.key()))
                collect(it.value(), label.isEmpty() ? words(it.key()) : label + QStringLiteral(" › ") + words(it.key()), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        bool allScalars = true;
        QStringList texts;
        for (const QJsonValue &element : array) {
            allScalars = allScalars && !element.isObject() && !element.isArray();
            texts.append(scalarText(element));
        }
        texts.removeAll(QString());
        if (allScalars) {
            if (!texts.isEmpty()) // elements left undisclosed vanish
                out.append(QStringLiteral("%1: %2").arg(label, texts.join(QStringLiteral(", "))));
            return;
        }
        for (qsizetype i = 0; i < array.size(); ++i)
            collect(array.at(i), label + QStringLiteral(" › ") + QString::number(i + 1), out);
    } else if (!scalarText(value).isEmpty()) {
        out.append(QStringLiteral("%1: %2").arg(label, scalarText(value)));
    }
}
} // namespace

QString claimLabel(const QString &pointer)
{
    QStringList parts;
    for (const QString &segment : pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        parts.append(words(segment));
    return parts.join(QStringLiteral(" › "));
}

QString claimValue(const QJsonObject &document, const QString &pointer)
{
    QJsonValue value = document;
    for (QString segment : pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        segment.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        if (value.isObject())
            value = value.toObject().value(segment);
        else if (value.isArray())
            value = value.toArray().at(segment.toInt());
        else
            return {};
    }
    if (value.isObject() || value.isArray()) {
        QStringList lines;
        collect(value, QString(), lines);
        for (QString &line : lines)
            line = line.startsWith(QLatin1String(": ")) ? line.mid(2) : line;
        return lines.join(QStringLiteral("; "));
    }
    return scalarText(value);
}

QStringList claimLines(const QJsonObject &claims)
{
    QStringList out;
    collect(claims, QString(), out);
    return out;
}

} // namespace vitae::gui
