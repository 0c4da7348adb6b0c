// readBundleFromPdf against hostile input: whatever the bytes, it returns
// the attachment or a clear error, and no qpdf exception escapes.
#include "PdfFixtures.h"

#include "pdf/PortfolioPdf.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace vitae;
using namespace vitae::pdf;

class TestPdfBundleReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void testRandomBytes_data();
    void testRandomBytes();
    void testTruncated_data();
    void testTruncated();
    void testNoAttachment();
    void testAlteredAttachmentComesBackAltered();
    void testOtherAttachmentName();
    void testSizeCap();
    void testCompressionBombStopsAtCap();
    void testPasswordProtected();
    void testFileErrors();
    void testMutatedPdfsNeverCrash();

private:
    QByteArray m_pdf;
    QByteArray m_bundle;
};

void TestPdfBundleReader::initTestCase()
{
    const PdfPortfolio portfolio = test::samplePortfolio();
    m_bundle = portfolio.bundleJson;
    Result<QByteArray> pdf = portfolioPdfBytes(portfolio);
    QVERIFY2(pdf.ok(), qPrintable(pdf.message()));
    m_pdf = *pdf;
}

void TestPdfBundleReader::testRandomBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QRandomGenerator random(7);
    auto noise = [&random](int size) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        return bytes;
    };
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("noise") << noise(4096);
    QTest::newRow("json") << m_bundle;
    QTest::newRow("header only") << QByteArray("%PDF-1.7\n");
    QTest::newRow("header and noise") << QByteArray("%PDF-1.4\n") + noise(20000);
    QTest::newRow("trailer only") << QByteArray("%PDF-1.4\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    QTest::newRow("self-referencing") << QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog /Names 1 0 R "
                                                    "/EmbeddedFiles 1 0 R /Kids [1 0 R] >> endobj\n"
                                                    "trailer << /Root 1 0 R >>\n%%EOF\n");
}

void TestPdfBundleReader::testRandomBytes()
{
    QFETCH(QByteArray, bytes);
    Result<QByteArray> result = readBundleFromPdfBytes(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.code() == ErrorCode::InvalidInput || result.code() == ErrorCode::NotFound,
             qPrintable(result.message()));
    if (result.code() == ErrorCode::InvalidInput)
        QVERIFY2(result.message().startsWith(QStringLiteral("This file is not a PDF Vitae can read: ")) ||
                         result.message().contains(QStringLiteral("damaged")),
                 qPrintable(result.message()));
}

void TestPdfBundleReader::testTruncated_data()
{
    QTest::addColumn<int>("keepPercent");
    for (int percent : {1, 10, 25, 50, 75, 90, 99})
        QTest::newRow(qPrintable(QStringLiteral("%1%").arg(percent))) << percent;
}

void TestPdfBundleReader::testTruncated()
{
    QFETCH(int, keepPercent);
    const QByteArray cut = m_pdf.left(m_pdf.size() * keepPercent / 100);
    Result<QByteArray> result = readBundleFromPdfBytes(cut);
    // qpdf may rebuild a damaged file; if the attachment survived whole it
    // may come back, but never a part of it.
    if (result.ok())
        QCOMPARE(*result, m_bundle);
    else
        QVERIFY2(!result.message().isEmpty(), "an error needs a sentence");
}

void TestPdfBundleReader::testNoAttachment()
{
    Result<QByteArray> result = readBundleFromPdfBytes(test::pdfWithoutAttachment());
    QCOMPARE(result.code(), ErrorCode::NotFound);
    QVERIFY2(result.message().contains(QStringLiteral("vitae-bundle.json")), qPrintable(result.message()));
}

void TestPdfBundleReader::testAlteredAttachmentComesBackAltered()
{
    QByteArray altered = m_bundle;
    altered.replace("Riverside", "Riversidx");
    const QByteArray pdf = test::withAttachmentData(m_pdf, altered);
    QVERIFY(!pdf.isEmpty());
    Result<QByteArray> result = readBundleFromPdfBytes(pdf);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    // Returned as found: the bundle verifier's signature check catches it.
    QCOMPARE(*result, altered);
    QVERIFY(*result != m_bundle);
}

void TestPdfBundleReader::testOtherAttachmentName()
{
    const QByteArray pdf = test::withAttachmentRenamed(m_pdf, QStringLiteral("holiday-photos.json"));
    QVERIFY(!pdf.isEmpty());
    Result<QByteArray> result = readBundleFromPdfBytes(pdf);
    QCOMPARE(result.code(), ErrorCode::NotFound);
    QVERIFY2(result.message().contains(QStringLiteral("holiday-photos.json")), qPrintable(result.message()));
}

void TestPdfBundleReader::testSizeCap()
{
    QCOMPARE(readBundleFromPdfBytes(m_pdf, m_bundle.size()).value(), m_bundle);
    Result<QByteArray> result = readBundleFromPdfBytes(m_pdf, m_bundle.size() - 1);
    QCOMPARE(result.code(), ErrorCode::LimitExceeded);
}

void TestPdfBundleReader::testCompressionBombStopsAtCap()
{
    // 64 MB of zeros compress to ~64 KB; reading stops at the 1 MB cap
    // instead of inflating everything first.
    const QByteArray zeros(64 * 1024 * 1024, '\0');
    const QByteArray pdf = test::withAttachmentData(m_pdf, zeros);
    QVERIFY(!pdf.isEmpty());
    QVERIFY2(pdf.size() < 2 * 1024 * 1024, qPrintable(QString::number(pdf.size())));
    Result<QByteArray> result = readBundleFromPdfBytes(pdf, 1024 * 1024);
    QCOMPARE(result.code(), ErrorCode::LimitExceeded);
    QVERIFY(result.message().contains(QStringLiteral("larger than 1 MB")));
}

void TestPdfBundleReader::testPasswordProtected()
{
    const QByteArray pdf = test::withPassword(m_pdf, "secret");
    QVERIFY(!pdf.isEmpty());
    Result<QByteArray> result = readBundleFromPdfBytes(pdf);
    QCOMPARE(result.code(), ErrorCode::Unsupported);
    QVERIFY(result.message().contains(QStringLiteral("password")));
}

void TestPdfBundleReader::testFileErrors()
{
    QTemporaryDir dir;
    QCOMPARE(readBundleFromPdf(dir.filePath(QStringLiteral("missing.pdf"))).code(), ErrorCode::Io);
    QCOMPARE(readBundleFromPdf(dir.path()).code(), ErrorCode::Io); // a folder

    QFile text(dir.filePath(QStringLiteral("notes.pdf")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("just some notes\n");
    text.close();
    Result<QByteArray> result = readBundleFromPdf(text.fileName());
    QCOMPARE(result.code(), ErrorCode::InvalidInput);
    QVERIFY(result.message().startsWith(QStringLiteral("This file is not a PDF Vitae can read: ")));
}

void TestPdfBundleReader::testMutatedPdfsNeverCrash()
{
    // A small fuzz loop: random bytes overwritten anywhere in a real PDF.
    QRandomGenerator random(2026);
    int ok = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes = m_pdf;
        const int flips = 1 + random.bounded(8);
        for (int i = 0; i < flips; ++i)
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        Result<QByteArray> result = readBundleFromPdfBytes(bytes);
        if (result.ok())
            ++ok;
        else
            QVERIFY(!result.message().isEmpty());
    }
    qInfo("%d of 300 mutated PDFs still gave an attachment", ok);
}

QTEST_MAIN(TestPdfBundleReader)
#include "tst_pdf_bundle_reader.moc"
