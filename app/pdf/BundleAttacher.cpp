#include "pdf/BundleAttacher.h"

#include "pdfread/PdfBundleReader.h"

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QIODevice>

#include <stdexcept>

namespace vitae::pdf {

namespace {

// QPDFWriter's output, streamed to a QIODevice (a QSaveFile's temporary
// file, or a buffer) so the finished PDF is never held twice in memory.
class DeviceSink final : public Pipeline {
public:
    explicit DeviceSink(QIODevice &device) : Pipeline("vitae device", nullptr), m_device(device) {}

    void write(unsigned char const *data, size_t len) override
    {
        if (m_device.write(reinterpret_cast<const char *>(data), qint64(len)) != qint64(len)) {
            m_failed = true;
            throw std::runtime_error("write failed");
        }
    }
    void finish() override {}
    bool failed() const { return m_failed; }

private:
    QIODevice &m_device;
    bool m_failed = false;
};

// PDF date string, "D:YYYYMMDDHHmmSSZ" (ISO 32000 7.9.4), in UTC.
std::string pdfDate(const QDateTime &when)
{
    return ("D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z')).toStdString();
}

} // namespace

Status attachBundle(const QByteArray &pages, const QByteArray &bundle, const QDateTime &when, QIODevice &out)
{
    DeviceSink sink(out);
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("pages", pages.constData(), size_t(pages.size()));

        // The provider hands qpdf the bytes in place (it asks twice: once
        // for /Size and /CheckSum, once to write), so no copy is made.
        auto provider = [&bundle](Pipeline *pipeline) {
            pipeline->write(reinterpret_cast<const unsigned char *>(bundle.constData()), size_t(bundle.size()));
            pipeline->finish();
        };
        auto stream = QPDFEFStreamObjectHelper::createEFStream(document, provider);
        stream.setSubtype(kBundleMediaType).setCreationDate(pdfDate(when)).setModDate(pdfDate(when));
        auto spec = QPDFFileSpecObjectHelper::createFileSpec(document, kBundleAttachmentName, stream);
        spec.setDescription("Signed Vitae portfolio bundle: the credentials, evidence and verification "
                            "snapshots. Check it with: vitae-cli verify this.pdf");
        QPDFEmbeddedFileDocumentHelper(document).replaceEmbeddedFile(kBundleAttachmentName, spec);

        QPDFWriter writer(document);
        writer.setOutputPipeline(&sink);
        writer.write();
        return {};
    } catch (const std::exception &e) {
        if (sink.failed())
            return makeError(ErrorCode::Io, QStringLiteral("Could not write the PDF: %1").arg(out.errorString()));
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Could not attach the portfolio to the PDF: %1").arg(QString::fromUtf8(e.what())));
    } catch (...) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Could not attach the portfolio to the PDF."));
    }
}

} // namespace vitae::pdf
