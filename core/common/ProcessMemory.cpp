#include "common/ProcessMemory.h"

#include <QFile>

namespace vitae {

namespace {
double statusFieldMiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}
} // namespace

double residentMiB()
{
    return statusFieldMiB("VmRSS:");
}

double peakResidentMiB()
{
    return statusFieldMiB("VmHWM:");
}

void resetPeakResident()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

} // namespace vitae
