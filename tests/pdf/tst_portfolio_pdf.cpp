// The PDF export seen from outside: the bundle comes back byte for byte,
// poppler finds the words a reader needs, the page count is what the writer
// reports, qpdf finds the file sound, and pages are rendered to PNG for a
// person to look at (in <build>/pdf-test/).
#include "PdfFixtures.h"
#include "TestSupport.h"

#include "pdf/PortfolioPdf.h"
#include "qr/QrDecoder.h"

#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QStandardPaths>
#include <QTest>

using namespace vitae;
using namespace vitae::pdf;

class TestPortfolioPdf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void testBundleRoundTrip();
    void testTextIsExtractable();
    void testLongContentFlowsOn();
    void testPageCountMatches();
    void testQpdfCheckPasses();
    void testRenderPages();
    void testQrCodesScan();
    void testLabels_data();
    void testLabels();
    void testRefusesBadInput();
    void testWriteIsAtomic();

private:
    QString tool(const QString &name);
    QString pageText(int first, int last);

    QString m_dir;
    QString m_path;
    PdfWritten m_written;
};

QString TestPortfolioPdf::tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning("%s is missing: run scripts/setup.sh", qPrintable(name));
    return path;
}

QString TestPortfolioPdf::pageText(int first, int last)
{
    const auto run = test::runProcess(tool(QStringLiteral("pdftotext")),
                                      {QStringLiteral("-f"), QString::number(first), QStringLiteral("-l"),
                                       QString::number(last), QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_path,
                                       QStringLiteral("-")});
    return run.exitCode == 0 ? QString::fromUtf8(run.out) : QString();
}

void TestPortfolioPdf::initTestCase()
{
    m_dir = QStringLiteral(VITAE_PDF_OUT_DIR);
    QDir().mkpath(m_dir);
    m_path = m_dir + QStringLiteral("/portfolio.pdf");
    QFile::remove(m_path);
    Result<PdfWritten> written = writePortfolioPdf(test::samplePortfolio(), m_path);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    m_written = *written;
    QCOMPARE(QFileInfo(m_path).size(), m_written.bytes);
}

void TestPortfolioPdf::testBundleRoundTrip()
{
    const QByteArray expected = test::samplePortfolio().bundleJson;
    Result<QByteArray> fromFile = readBundleFromPdf(m_path);
    QVERIFY2(fromFile.ok(), qPrintable(fromFile.message()));
    QCOMPARE(*fromFile, expected);

    Result<QByteArray> bytes = portfolioPdfBytes(test::samplePortfolio());
    QVERIFY2(bytes.ok(), qPrintable(bytes.message()));
    QVERIFY(looksLikePdf(*bytes));
    Result<QByteArray> fromBytes = readBundleFromPdfBytes(*bytes);
    QVERIFY2(fromBytes.ok(), qPrintable(fromBytes.message()));
    QCOMPARE(*fromBytes, expected);
}

void TestPortfolioPdf::testTextIsExtractable()
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext not installed");
    const QString cover = pageText(1, 1);
    QVERIFY2(cover.contains(QStringLiteral("Amina Okafor")), qPrintable(cover));
    QVERIFY(cover.contains(QStringLiteral("Application to Riverside Logistics")));
    QVERIFY(cover.contains(QStringLiteral("23 November 2026")));
    QVERIFY(cover.contains(QStringLiteral("vitae-cli verify this.pdf")));
    QVERIFY(cover.contains(QStringLiteral("3 items")));

    const QString badge = pageText(2, 2);
    QVERIFY2(badge.contains(QStringLiteral("Data Literacy Foundations")), qPrintable(badge));
    QVERIFY(badge.contains(QStringLiteral("Northfield Community College")));
    QVERIFY(badge.contains(QStringLiteral("Verified")));
    QVERIFY(badge.contains(QStringLiteral("3 March 2025")));
    QVERIFY(badge.contains(QStringLiteral("The issuer's signature is valid.")));

    const QString forklift = pageText(3, 3);
    QVERIFY(forklift.contains(QStringLiteral("Forklift Operator Certificate")));
    QVERIFY(forklift.contains(QStringLiteral("Warning")));

    const QString last = pageText(m_written.pages, m_written.pages);
    QVERIFY2(last.contains(QStringLiteral("Self-asserted")), qPrintable(last));
    QVERIFY(last.contains(QStringLiteral("Every evidence file is unchanged.")));
    // The Arabic title comes out in logical order, as shaped presentation
    // forms (U+FExx), which compatibility normalization maps back.
    QString arabic = last.normalized(QString::NormalizationForm_KC);
    arabic.remove(QChar(0x202b)).remove(QChar(0x202c)); // poppler's embedding marks
    QVERIFY2(arabic.contains(QStringLiteral("شهادة تطوع في بنك الطعام")), qPrintable(arabic));
}

void TestPortfolioPdf::testLongContentFlowsOn()
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext not installed");
    // Cover, badge, forklift over at least two pages, Arabic card.
    QVERIFY2(m_written.pages >= 5, qPrintable(QString::number(m_written.pages)));
    const QString forkliftEnd = pageText(m_written.pages - 1, m_written.pages - 1);
    QVERIFY2(forkliftEnd.contains(test::kLongSentinel), qPrintable(forkliftEnd));
    QVERIFY(forkliftEnd.contains(QStringLiteral("Forklift Operator Certificate (continued)")));
    QVERIFY(forkliftEnd.contains(QStringLiteral("Vitae does not recognise this issuer")));
    // Every module paragraph made it onto some page.
    const QString all = pageText(1, m_written.pages);
    for (int i = 1; i <= 38; ++i)
        QVERIFY2(all.contains(QStringLiteral("Module %1:").arg(i)), qPrintable(QString::number(i)));
}

void TestPortfolioPdf::testPageCountMatches()
{
    const QString pdfinfo = tool(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        QSKIP("pdfinfo not installed");
    const auto run = test::runProcess(pdfinfo, {m_path});
    QCOMPARE(run.exitCode, 0);
    const QString info = QString::fromUtf8(run.out);
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(m_written.pages))), qPrintable(info));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Application to Riverside Logistics\\n"))));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595.* x 84[12].* pts \\(A4\\)"))));

    const QString pdfdetach = tool(QStringLiteral("pdfdetach"));
    if (!pdfdetach.isEmpty()) {
        const auto list = test::runProcess(pdfdetach, {QStringLiteral("-list"), m_path});
        QVERIFY2(list.out.contains("1 embedded files") && list.out.contains("vitae-bundle.json"), list.out.constData());
    }
}

void TestPortfolioPdf::testQpdfCheckPasses()
{
    const QString qpdf = tool(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        QSKIP("qpdf not installed");
    const auto run = test::runProcess(qpdf, {QStringLiteral("--check"), m_path});
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    QVERIFY(run.out.contains("No syntax or stream encoding errors found"));
    const auto attachments = test::runProcess(qpdf, {QStringLiteral("--list-attachments"), QStringLiteral("--verbose"), m_path});
    QVERIFY2(attachments.out.contains("application/json"), attachments.out.constData());
}

void TestPortfolioPdf::testRenderPages()
{
    const QString pdftoppm = tool(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm not installed");
    const QString prefix = m_dir + QStringLiteral("/page");
    const auto run = test::runProcess(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                                 m_path, prefix});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    for (int page = 1; page <= m_written.pages; ++page) {
        const QString png = QStringLiteral("%1-%2.png").arg(prefix).arg(page);
        QVERIFY2(QFileInfo(png).size() > 2000, qPrintable(png));
    }
    qInfo("Pages rendered to %s/page-N.png", qPrintable(m_dir));
}

void TestPortfolioPdf::testQrCodesScan()
{
    // Printed at 150 dpi, as an office printer would; ZXing reads it back.
    const QString pdftoppm = tool(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm not installed");
    const pdf::PdfPortfolio sample = test::samplePortfolio();
    for (int page : {2, 3}) {
        const QString prefix = m_dir + QStringLiteral("/scan");
        const auto run = test::runProcess(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-gray"), QStringLiteral("-r"),
                                                     QStringLiteral("150"), QStringLiteral("-f"), QString::number(page),
                                                     QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"),
                                                     m_path, prefix});
        QCOMPARE(run.exitCode, 0);
        const QImage image = QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!image.isNull());
        Result<QStringList> texts = qr::QrDecoder::decode(
                QByteArrayView(image.constBits(), image.sizeInBytes()), image.width(), image.height(),
                int(image.bytesPerLine()));
        QVERIFY2(texts.ok(), qPrintable(texts.message()));
        QCOMPARE(texts->value(0), sample.cards.at(page - 2).qrPayload);
    }
}

void TestPortfolioPdf::testLabels_data()
{
    QTest::addColumn<int>("verdict");
    QTest::addColumn<bool>("selfAsserted");
    QTest::addColumn<QString>("label");
    using verify::Verdict;
    QTest::newRow("verified") << int(Verdict::Verified) << false << QStringLiteral("Verified");
    QTest::newRow("warning") << int(Verdict::Warning) << false << QStringLiteral("Warning");
    QTest::newRow("failed") << int(Verdict::Failed) << false << QStringLiteral("Failed");
    QTest::newRow("unknown") << int(Verdict::Unknown) << false << QStringLiteral("Status unknown");
    QTest::newRow("self-asserted") << int(Verdict::Verified) << true << QStringLiteral("Self-asserted");
    QTest::newRow("self-asserted, unknown") << int(Verdict::Unknown) << true << QStringLiteral("Self-asserted");
    QTest::newRow("self-asserted but failed") << int(Verdict::Failed) << true << QStringLiteral("Failed");
}

void TestPortfolioPdf::testLabels()
{
    QFETCH(int, verdict);
    QFETCH(bool, selfAsserted);
    QFETCH(QString, label);
    PdfCard card;
    card.verdict = verify::Verdict(verdict);
    card.selfAsserted = selfAsserted;
    QCOMPARE(cardLabelText(cardLabel(card)), label);
    QVERIFY(!cardLabelExplanation(cardLabel(card)).isEmpty());
}

void TestPortfolioPdf::testRefusesBadInput()
{
    PdfPortfolio portfolio = test::samplePortfolio();
    portfolio.bundleJson.clear();
    QCOMPARE(portfolioPdfBytes(portfolio).code(), ErrorCode::InvalidArgument);

    portfolio = test::samplePortfolio();
    portfolio.cards[0].qrPayload = QString(8000, QLatin1Char('x'));
    QCOMPARE(portfolioPdfBytes(portfolio).code(), ErrorCode::InvalidArgument);

    const QString nowhere = m_dir + QStringLiteral("/no/such/folder/out.pdf");
    QCOMPARE(writePortfolioPdf(test::samplePortfolio(), nowhere).code(), ErrorCode::Io);

    // No cards is a valid (if short) portfolio: the cover alone.
    portfolio = test::samplePortfolio();
    portfolio.cards.clear();
    Result<QByteArray> coverOnly = portfolioPdfBytes(portfolio);
    QVERIFY2(coverOnly.ok(), qPrintable(coverOnly.message()));
    QCOMPARE(*readBundleFromPdfBytes(*coverOnly), portfolio.bundleJson);
}

void TestPortfolioPdf::testWriteIsAtomic()
{
    // A failed export leaves the earlier file exactly as it was.
    const QString path = m_dir + QStringLiteral("/atomic.pdf");
    QFile::remove(path);
    QVERIFY(writePortfolioPdf(test::samplePortfolio(), path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    PdfPortfolio broken = test::samplePortfolio();
    broken.cards[1].qrPayload = QString(8000, QLatin1Char('y'));
    QVERIFY(!writePortfolioPdf(broken, path).ok());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);
    QCOMPARE(QDir(m_dir).entryList({QStringLiteral("atomic.pdf*")}, QDir::Files | QDir::Hidden).size(), 1);
}

QTEST_MAIN(TestPortfolioPdf)
#include "tst_portfolio_pdf.moc"
