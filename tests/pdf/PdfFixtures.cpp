#include "PdfFixtures.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

namespace vitae::test {

using pdf::PdfCard;

pdf::PdfPortfolio samplePortfolio()
{
    pdf::PdfPortfolio portfolio;
    portfolio.title = QStringLiteral("Application to Riverside Logistics");
    portfolio.learnerName = QStringLiteral("Amina Okafor");
    portfolio.exportedAt = QDateTime(QDate(2026, 11, 23), QTime(21, 40), Qt::UTC);

    PdfCard badge;
    badge.title = QStringLiteral("Data Literacy Foundations");
    badge.issuerName = QStringLiteral("Northfield Community College");
    badge.issuedAt = QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);
    badge.validUntil = QDateTime(QDate(2028, 3, 3), QTime(9, 0), Qt::UTC);
    badge.achievement = QStringLiteral("Completed a 40-hour course on reading, cleaning and charting data.\n"
                                       "Criteria: pass four graded projects and a final presentation.");
    badge.verdict = verify::Verdict::Verified;
    badge.checkSentences = {QStringLiteral("The issuer's signature is valid."),
                            QStringLiteral("The credential has not been revoked."),
                            QStringLiteral("The credential is within its validity period."),
                            QStringLiteral("The issuer is on your trust list.")};
    badge.qrPayload = QStringLiteral("VITAE:V1:urn:uuid:6f1c2b9e-8a4d-4e59-b1c2-0f7e3d5a9b10:sha256-3q2+7w==");

    PdfCard longCard;
    longCard.title = QStringLiteral("Forklift Operator Certificate");
    longCard.issuerName = QStringLiteral("Safe Work Training Ltd");
    longCard.issuedAt = QDateTime(QDate(2024, 6, 14), QTime(12, 0), Qt::UTC);
    longCard.validFrom = QDateTime(QDate(2024, 7, 1), QTime(0, 0), Qt::UTC);
    QStringList paragraphs;
    for (int i = 1; i <= 38; ++i)
        paragraphs.append(QStringLiteral("Module %1: operated counterbalance and reach trucks in a live warehouse, "
                                         "loading and unloading pallets of mixed sizes, checking the load chart "
                                         "before every lift, and recording the daily pre-use inspection in the "
                                         "site log; assessed by an instructor over two supervised shifts.")
                                  .arg(i));
    paragraphs.append(QStringLiteral("Final assessment passed with distinction. %1.").arg(kLongSentinel));
    longCard.achievement = paragraphs.join(QLatin1Char('\n'));
    longCard.verdict = verify::Verdict::Warning;
    longCard.checkSentences = {QStringLiteral("The issuer's signature is valid."),
                               QStringLiteral("Vitae does not recognise this issuer: it is not on your trust list.")};
    longCard.qrPayload = QStringLiteral("VITAE:V1:urn:uuid:1b7f4f2e-2c7a-4d0c-9a57-5d1f7f0a2e44");

    PdfCard arabic;
    arabic.title = QStringLiteral("شهادة تطوع في بنك الطعام");
    arabic.issuerName = QStringLiteral("أمينة أوكافور");
    arabic.issuedAt = QDateTime(QDate(2023, 1, 10), QTime(8, 0), Qt::UTC);
    arabic.achievement = QStringLiteral("نظّمت توزيع الطعام على أكثر من مئتي أسرة كل أسبوع لمدة سنة، "
                                        "ودرّبت عشرين متطوعاً جديداً على السلامة وتخزين الأغذية.\n"
                                        "Volunteer coordinator, Cairo food bank (2022–2023).");
    arabic.selfAsserted = true;
    arabic.verdict = verify::Verdict::Verified;
    arabic.checkSentences = {QStringLiteral("The learner's signature is valid."),
                             QStringLiteral("Every evidence file is unchanged.")};
    portfolio.cards = {badge, longCard, arabic};
    portfolio.bundleJson = sampleBundleBytes();
    return portfolio;
}

QByteArray sampleBundleBytes(int evidenceFiles, int evidenceBytes)
{
    QJsonArray evidence;
    QRandomGenerator random(42);
    for (int i = 0; i < evidenceFiles; ++i) {
        QByteArray data(evidenceBytes, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(data.data()), evidenceBytes / 4);
        evidence.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("evidence-%1.bin").arg(i)},
                                    {QStringLiteral("mediaType"), QStringLiteral("application/octet-stream")},
                                    {QStringLiteral("data"), QString::fromLatin1(data.toBase64())}});
    }
    const QJsonObject bundle{{QStringLiteral("type"), QStringLiteral("VitaePortfolioBundle")},
                             {QStringLiteral("version"), QStringLiteral("1.0")},
                             {QStringLiteral("title"), QStringLiteral("Application to Riverside Logistics")},
                             {QStringLiteral("credentials"), QJsonArray{QStringLiteral("eyJhbGciOiJFZERTQSJ9.e30.c2ln")}},
                             {QStringLiteral("evidence"), evidence}};
    return QJsonDocument(bundle).toJson(QJsonDocument::Compact);
}

QByteArray pdfWithoutAttachment()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    painter.drawText(QPointF(100, 100), QStringLiteral("A PDF with no attachment"));
    painter.end();
    return bytes;
}

QByteArray editPdf(const QByteArray &pdf, const std::function<void(QPDF &)> &edit)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("test", pdf.constData(), size_t(pdf.size()));
        edit(document);
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.write();
        auto buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &) {
        return {};
    }
}

QByteArray withAttachmentData(const QByteArray &pdf, const QByteArray &data)
{
    return editPdf(pdf, [&data](QPDF &document) {
        auto spec = QPDFEmbeddedFileDocumentHelper(document).getEmbeddedFile(pdf::kBundleAttachmentName);
        spec->getEmbeddedFileStream().replaceStreamData(data.toStdString(), QPDFObjectHandle::newNull(),
                                                        QPDFObjectHandle::newNull());
    });
}

QByteArray withAttachmentRenamed(const QByteArray &pdf, const QString &name)
{
    return editPdf(pdf, [&name](QPDF &document) {
        QPDFEmbeddedFileDocumentHelper files(document);
        auto spec = files.getEmbeddedFile(pdf::kBundleAttachmentName);
        spec->setFilename(name.toStdString());
        files.replaceEmbeddedFile(name.toStdString(), *spec);
        files.removeEmbeddedFile(pdf::kBundleAttachmentName);
    });
}

QByteArray withPassword(const QByteArray &pdf, const QByteArray &password)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("test", pdf.constData(), size_t(pdf.size()));
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setR6EncryptionParameters(password.constData(), "owner", true, true, true, true, true, true,
                                         qpdf_r3p_full, true);
        writer.write();
        auto buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &) {
        return {};
    }
}

} // namespace vitae::test
