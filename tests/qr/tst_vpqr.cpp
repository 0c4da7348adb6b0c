// VPQR texts made by the Digital Credentials Consortium's own encoder
// (tests/data/vpqr/make-vectors.mjs) decode to the documents they were made
// from, whose proofs still verify; damaged texts give a sentence, never a
// crash.
#include "TestSupport.h"
#include "credential/CredentialReader.h"
#include "exchange/Importer.h"
#include "qr/PngWriter.h"
#include "qr/QrEncoder.h"
#include "qr/Base32.h"
#include "qr/CborLd.h"
#include "qr/Vpqr.h"
#include "jsonld/ContextLoader.h"
#include "verify/Verifier.h"

#include <QCborArray>
#include <QCborMap>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace vitae;

namespace {

const char *const kVectors[] = {
    "ed25519-v1-credential",
    "dataintegrity-v1-credential",
    "ed25519-v2-credential",
    "presentation-v1",
    "unsigned-codecs", // made up to reach more value encodings; no proof to check
};

QByteArray readData(const QString &name)
{
    QFile file(test::testDataPath(QStringLiteral("vpqr/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

QJsonObject parseObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// Upper-case RFC 4648 base32 without padding, to build inputs.
QByteArray base32(const QByteArray &bytes)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (char b : bytes) {
        buffer = (buffer << 8) | uchar(b);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(alphabet[(buffer >> bits) & 31]);
        }
    }
    if (bits > 0)
        out.append(alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

QString vpqrOf(const QByteArray &cborLd)
{
    return QStringLiteral("VP1-B") + QString::fromLatin1(base32(cborLd));
}

// The CBOR-LD header of a compressed document, then `body` as CBOR.
QByteArray compressed(const QCborValue &body)
{
    return QByteArray("\xd9\x05\x01", 3) + body.toCbor();
}

bool isSentence(const QString &message)
{
    return (message.startsWith(QLatin1String("This VPQR code is damaged: "))
            || message.startsWith(QLatin1String("Vitae cannot read this VPQR code: ")))
        && message.endsWith(QLatin1Char('.')) && message.size() > 40;
}

QString signatureCode(const QJsonObject &document)
{
    const QJsonObject credentialDocument = document.contains(QLatin1String("verifiableCredential"))
            ? document.value(QLatin1String("verifiableCredential")).toArray().at(0).toObject()
            : document;
    auto credential = credential::readCredential(QJsonDocument(credentialDocument).toJson());
    if (!credential)
        return QStringLiteral("unreadable: ") + credential.message();
    verify::VerifyContext offline;
    const verify::VerificationResult result = verify::verifyCredential(*credential, offline);
    const verify::CheckResult *signature = result.find(verify::check::Signature);
    return signature ? signature->code : QString();
}

} // namespace

class TestVpqr : public QObject {
    Q_OBJECT
private:
    static void row(const char *name, const QString &text, const QString &says)
    {
        QTest::newRow(name) << text << says;
    }

private slots:
    void testVectorsDecodeAndVerify_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : kVectors)
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void testVectorsDecodeAndVerify()
    {
        QFETCH(QString, name);
        const QString text = QString::fromLatin1(readData(name + ".txt"));
        QVERIFY(qr::isVpqrText(text));
        const Result<QByteArray> decoded = qr::decodeVpqr(text);
        QVERIFY2(decoded, qPrintable(decoded.message()));
        const QJsonObject document = parseObject(*decoded);
        const QJsonObject expected = parseObject(readData(name + ".json"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(document, expected);
        if (!name.startsWith(QLatin1String("unsigned-")))
            QCOMPARE(signatureCode(document), QStringLiteral("signature.valid"));
    }

    // An inline context: its terms are counted like a fetched one's. No
    // shipped context types a term as http://www.w3.org/2001/XMLSchema#date
    // (Open Badges uses https), so this is where that encoding is read.
    void testInlineContextAndDate()
    {
        const QCborMap context{
            {QStringLiteral("born"), QCborMap{{QStringLiteral("@id"), QStringLiteral("https://example.org/born")},
                                              {QStringLiteral("@type"), QStringLiteral("http://www.w3.org/2001/XMLSchema#date")}}},
            {QStringLiteral("name"), QStringLiteral("https://example.org/name")}};
        // Sorted keys: "born" gets term id 100, "name" 102.
        const QCborMap body{{0, context}, {100, 1709251200}, {102, QStringLiteral("Ada")}};
        const Result<QByteArray> decoded = qr::decodeVpqr(vpqrOf(compressed(body)));
        QVERIFY2(decoded, qPrintable(decoded.message()));
        const QJsonObject document = parseObject(*decoded);
        QCOMPARE(document.value("born").toString(), QStringLiteral("2024-03-01"));
        QCOMPARE(document.value("name").toString(), QStringLiteral("Ada"));
        QCOMPARE(document.value("@context").toObject().value("name").toString(), QStringLiteral("https://example.org/name"));
    }

    // A picture of a VPQR code imports the credentials of the presentation.
    void testImportFromQrImage()
    {
        const auto png = [](const QString &text) {
            const Result<qr::QrMatrix> matrix = qr::QrEncoder::encode(text);
            if (!matrix)
                qFatal("cannot draw the code: %s", qPrintable(matrix.message()));
            return qr::writeGrayPng(qr::QrEncoder::raster(*matrix));
        };
        const QString text = QString::fromLatin1(readData("presentation-v1.txt")).trimmed();
        const Result<QList<exchange::FoundCredential>> found = exchange::credentialsIn(png(text), "wallet.png");
        QVERIFY2(found, qPrintable(found.message()));
        QCOMPARE(found->size(), 1);
        const QJsonObject expected = parseObject(readData("presentation-v1.json"));
        QCOMPARE(parseObject(found->first().bytes), expected.value("verifiableCredential").toArray().at(0).toObject());
        QVERIFY2(found->first().where.startsWith(QLatin1String("wallet.png (QR code)")), qPrintable(found->first().where));

        const Result<QList<exchange::FoundCredential>> cut = exchange::credentialsIn(png(text.first(900)), "cut.png");
        QVERIFY(!cut);
        QVERIFY2(cut.message().contains(QLatin1String("This VPQR code is damaged: ")), qPrintable(cut.message()));
    }

    // The code's text itself (pasted, or saved to a file) imports the same.
    void testImportFromText()
    {
        const QByteArray text = readData("presentation-v1.txt");
        const Result<QList<exchange::FoundCredential>> found = exchange::credentialsIn(text, "pasted");
        QVERIFY2(found, qPrintable(found.message()));
        QCOMPARE(found->size(), 1);
        const QJsonObject expected = parseObject(readData("presentation-v1.json"));
        QCOMPARE(parseObject(found->first().bytes), expected.value("verifiableCredential").toArray().at(0).toObject());
        const Result<QList<exchange::FoundCredential>> cut = exchange::credentialsIn(text.first(600), "pasted");
        QVERIFY(!cut);
        QVERIFY2(cut.message().startsWith(QLatin1String("pasted: This VPQR code is damaged: ")), qPrintable(cut.message()));
    }

    void testRecognition()
    {
        QVERIFY(qr::isVpqrText(u"VP1-BABC"));
        QVERIFY(qr::isVpqrText(u"  VP1-BABC\n"));
        QVERIFY(!qr::isVpqrText(u"VITAE1:ABC"));
        QVERIFY(!qr::isVpqrText(u"vp1-babc"));
        QVERIFY(!qr::isVpqrText(u"https://example.org/VP1-"));
        const Result<QByteArray> notVpqr = qr::decodeVpqr(u"VITAE1:ABC");
        QVERIFY(!notVpqr);
        QCOMPARE(notVpqr.code(), ErrorCode::InvalidArgument);
    }

    // Every cut of a real code fails with a sentence.
    void testTruncated()
    {
        const QString text = QString::fromLatin1(readData("presentation-v1.txt")).trimmed();
        for (qsizetype length = 4; length < text.size(); ++length) {
            const Result<QByteArray> decoded = qr::decodeVpqr(QStringView(text).first(length));
            QVERIFY2(!decoded, qPrintable(QString::number(length)));
            QVERIFY2(isSentence(decoded.message()), qPrintable(decoded.message()));
        }
    }

    // One changed character either fails with a sentence or gives a
    // different document whose proof no longer verifies.
    void testChangedCharacter()
    {
        const QString text = QString::fromLatin1(readData("ed25519-v1-credential.txt")).trimmed();
        const QJsonObject expected = parseObject(readData("ed25519-v1-credential.json"));
        int failed = 0;
        int changed = 0;
        for (qsizetype at = 5; at < text.size(); at += 7) {
            QString damagedText = text;
            damagedText[at] = damagedText[at] == QLatin1Char('A') ? QLatin1Char('Q') : QLatin1Char('A');
            const Result<QByteArray> decoded = qr::decodeVpqr(damagedText);
            if (!decoded) {
                QVERIFY2(isSentence(decoded.message()), qPrintable(decoded.message()));
                ++failed;
                continue;
            }
            const QJsonObject document = parseObject(*decoded);
            QVERIFY2(document != expected, qPrintable(QString::number(at)));
            QVERIFY2(signatureCode(document) != QStringLiteral("signature.valid"), qPrintable(QString::number(at)));
            ++changed;
        }
        qInfo("%d changed codes refused, %d decoded to documents that fail verification", failed, changed);
        QVERIFY(failed > 0);
        QVERIFY(failed + changed > 200);
    }

    void testGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        row("nothing", "VP1-", "nothing follows");
        row("not base32 multibase", "VP1-ZABC", "letter B");
        row("lower case", "VP1-Bmfrgg", "base32 does not use");
        row("padding", "VP1-BMFRGG===", "base32 does not use");
        row("impossible length", "VP1-BMFR", "cut short");
        row("not CBOR-LD", QStringLiteral("VP1-B") + QString::fromLatin1(base32("hello")), "CBOR-LD tag");
        row("newer CBOR-LD tag", QStringLiteral("VP1-B") + QString::fromLatin1(base32("\xd9\xcb\x1d\xa0")), "CBOR-LD version");
        row("unknown mode", QStringLiteral("VP1-B") + QString::fromLatin1(base32("\xd9\x05\x07\xa0")), "compression mode 7");
        row("broken CBOR", QStringLiteral("VP1-B") + QString::fromLatin1(base32("\xd9\x05\x01\xa2\x01")), "CBOR data is broken");
        row("trailing bytes", QStringLiteral("VP1-B") + QString::fromLatin1(base32(QByteArray("\xd9\x05\x01\xa0\x00", 5))), "bytes after");
        row("not a document", vpqrOf(compressed(QCborValue(7))), "JSON-LD document");
        row("unknown term id", vpqrOf(compressed(QCborMap{{0, 0x11}, {9000, 1}})), "term number 9000");
        row("text key", vpqrOf(compressed(QCborMap{{QStringLiteral("name"), 1}})), "not a term number");
        row("unknown registered context",
                vpqrOf(compressed(QCborMap{{0, 0x7F}})), "number 127");
        row("context not shipped (registered)",
                vpqrOf(compressed(QCborMap{{0, 0x15}})), "https://w3id.org/cit/v1");
        row("context not shipped (URL)",
                vpqrOf(compressed(QCborMap{{0, QStringLiteral("https://example.org/unknown/v1")}})),
            "https://example.org/unknown/v1, which Vitae does not have");
    }
    void testGarbage()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const Result<QByteArray> decoded = qr::decodeVpqr(text);
        QVERIFY(!decoded);
        QVERIFY2(isSentence(decoded.message()), qPrintable(decoded.message()));
        QVERIFY2(decoded.message().contains(says), qPrintable(decoded.message()));
    }

    void testUnknownContextIsUnsupported()
    {
        const Result<QByteArray> decoded = qr::decodeVpqr(vpqrOf(compressed(QCborMap{{0, 0x15}})));
        QCOMPARE(decoded.code(), ErrorCode::Unsupported);
    }

    // CBOR-LD's uncompressed mode is plain CBOR of the JSON document.
    void testUncompressedMode()
    {
        const QCborMap body{{QStringLiteral("@context"), QStringLiteral("https://www.w3.org/2018/credentials/v1")},
                            {QStringLiteral("type"), QCborArray{QStringLiteral("VerifiablePresentation")}}};
        const Result<QByteArray> decoded = qr::decodeVpqr(vpqrOf(QByteArray("\xd9\x05\x00", 3) + QCborValue(body).toCbor()));
        QVERIFY2(decoded, qPrintable(decoded.message()));
        QCOMPARE(parseObject(*decoded), QJsonObject::fromVariantMap(body.toVariantMap()));
    }

    void testDepthLimit()
    {
        QCborValue nested = QCborMap{};
        for (int i = 0; i < 200; ++i)
            nested = QCborArray{nested};
        const Result<QByteArray> uncompressed = qr::decodeVpqr(vpqrOf(QByteArray("\xd9\x05\x00", 3) + nested.toCbor()));
        QVERIFY(!uncompressed);
        QCOMPARE(uncompressed.code(), ErrorCode::LimitExceeded);
        QVERIFY2(uncompressed.message().contains(QLatin1String("deeper than")), qPrintable(uncompressed.message()));

        // As deep as the longest text allows: refused, not a stack overflow.
        const QByteArray deep = QByteArray("\xd9\x05\x01", 3) + QByteArray(9000, '\x81') + QByteArray("\xa0");
        const Result<QByteArray> compressedDeep = qr::decodeVpqr(vpqrOf(deep));
        QVERIFY(!compressedDeep);
        QVERIFY2(isSentence(compressedDeep.message()), qPrintable(compressedDeep.message()));

        const Result<QByteArray> tooLong = qr::decodeVpqr(vpqrOf(QByteArray(20000, 'a')));
        QCOMPARE(tooLong.code(), ErrorCode::LimitExceeded);
        QVERIFY2(isSentence(tooLong.message()), qPrintable(tooLong.message()));
    }

    // Random bytes after a valid header: refused or read, never a crash.
    void testRandomBodies()
    {
        QRandomGenerator random(20261124);
        const QByteArray real = qr::base32Decode(QString::fromLatin1(readData("presentation-v1.txt")).trimmed().sliced(5).toLatin1()).value();
        int refused = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes;
            if (round % 2 == 0) {
                bytes = QByteArray("\xd9\x05\x01", 3);
                const int size = random.bounded(1, 200);
                for (int i = 0; i < size; ++i)
                    bytes.append(char(random.bounded(256)));
            } else {
                // A real code with a few random bytes changed.
                bytes = real;
                for (int i = random.bounded(1, 4); i > 0; --i)
                    bytes[random.bounded(3, int(bytes.size()))] = char(random.bounded(256));
            }
            const Result<QByteArray> decoded = qr::decodeVpqr(vpqrOf(bytes));
            if (!decoded) {
                QVERIFY2(isSentence(decoded.message()), qPrintable(decoded.message()));
                ++refused;
            } else {
                QVERIFY(QJsonDocument::fromJson(*decoded).isObject());
            }
        }
        qInfo("%d of 3000 random bodies refused", refused);
        QVERIFY(refused > 1000);
    }
};

QTEST_GUILESS_MAIN(TestVpqr)
#include "tst_vpqr.moc"
