#pragma once

#include <QDateTime>
#include <QString>

namespace vitae::vault {

// Timestamps are stored as ISO 8601 UTC text with milliseconds; an invalid
// QDateTime is stored as NULL.
inline QString toStored(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QDateTime fromStored(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace vitae::vault
