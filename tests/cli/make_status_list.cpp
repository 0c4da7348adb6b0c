// vitae-test-status-list FILE URL [BIT...]: writes the test issuer's signed
// status list credential for URL with the given bits set.
#include "TestIssuer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    QList<int> bits;
    for (qsizetype i = 3; i < args.size(); ++i)
        bits.append(args.at(i).toInt());
    QFile file(args.at(1));
    const QByteArray bytes = QJsonDocument(vitae::test::TestIssuer().statusListCredential(args.at(2), bits)).toJson();
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? 0 : 1;
}
