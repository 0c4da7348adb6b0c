#include "pdfread/PdfBundleReader.h"

#include "common/ErrorText.h"

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>

#include <QFile>
#include <QStringList>
#include <QCoreApplication>

#include <algorithm>
#include <exception>
#include <memory>

namespace vitae::pdf {

namespace {

// Collects decoded stream data, refusing to grow past a cap: a small
// compressed stream can expand to gigabytes, so the cap is checked while
// decoding, never after.
class CappedBuffer final : public Pipeline {
public:
    CappedBuffer(QByteArray &out, qint64 cap) : Pipeline("vitae capped buffer", nullptr), m_out(out), m_cap(cap) {}

    void write(unsigned char const *data, size_t len) override
    {
        if (qint64(len) > m_cap - m_out.size()) {
            m_overflowed = true;
            throw std::length_error("attachment larger than the cap");
        }
        m_out.append(reinterpret_cast<const char *>(data), qsizetype(len));
    }
    void finish() override {}
    bool overflowed() const { return m_overflowed; }

private:
    QByteArray &m_out;
    qint64 m_cap;
    bool m_overflowed = false;
};

Error notReadable(const char *why)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("vitae", "This file is not a PDF Vitae can read: %1").arg(QString::fromUtf8(why)));
}

Error fromQpdfError(const QPDFExc &e)
{
    if (e.getErrorCode() == qpdf_e_password)
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("vitae", "This PDF is password-protected; Vitae cannot read its attachment."));
    return notReadable(e.getMessageDetail().c_str());
}

// The file spec of our attachment: by name-tree key first, else by the
// file name a PDF tool may have kept when it re-keyed the tree.
std::shared_ptr<QPDFFileSpecObjectHelper> findBundle(QPDFEmbeddedFileDocumentHelper &files, QStringList &others)
{
    if (auto spec = files.getEmbeddedFile(kBundleAttachmentName))
        return spec;
    for (auto &[key, spec] : files.getEmbeddedFiles()) {
        if (spec && spec->getFilename() == kBundleAttachmentName)
            return spec;
        others.append(QString::fromStdString(key));
    }
    return nullptr;
}

// Everything that touches qpdf, for an already opened document.
Result<QByteArray> extract(QPDF &document, qint64 maxBytes)
{
    QPDFEmbeddedFileDocumentHelper files(document);
    QStringList others;
    const auto spec = files.hasEmbeddedFiles() ? findBundle(files, others) : nullptr;
    if (!spec) {
        QString message = QCoreApplication::translate("vitae", "This PDF does not carry a Vitae portfolio (no %1 attachment).")
                                  .arg(QLatin1String(kBundleAttachmentName));
        if (!others.isEmpty())
            message += QStringLiteral(" Its attachments: %1.").arg(quoteOutsideText(others.mid(0, 10).join(QStringLiteral(", ")), 400));
        return makeError(ErrorCode::NotFound, message);
    }
    QPDFObjectHandle stream = spec->getEmbeddedFileStream();
    if (!stream.isStream())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "The PDF names a Vitae portfolio attachment but holds no data for it."));

    QByteArray data;
    CappedBuffer sink(data, maxBytes);
    bool filtered = false;
    const size_t warningsBefore = document.numWarnings();
    // Generalized filters (Flate, LZW, ASCII hex/85) are what PDF writers
    // use for attachments; anything else is refused, not passed on raw.
    const bool ok = stream.pipeStreamData(&sink, &filtered, 0, qpdf_dl_generalized, true);
    if (sink.overflowed())
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The portfolio attached to this PDF is larger than %1 MB, the most Vitae reads.")
                                 .arg(maxBytes / (1024 * 1024)));
    const bool hasFilters = !stream.getDict().getKey("/Filter").isNull();
    if (!ok || (hasFilters && !filtered) || document.numWarnings() != warningsBefore)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "The portfolio attached to this PDF is damaged or uses an encoding Vitae "
                                        "cannot read."));
    return data;
}

// Opens with `open` (file or memory) and extracts, turning every exception
// into an Error: this is the boundary qpdf's exceptions never cross.
template <typename Open>
Result<QByteArray> guarded(Open open, qint64 maxBytes)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true); // they are counted, not printed
        open(document);
        return extract(document, maxBytes);
    } catch (const QPDFExc &e) {
        return fromQpdfError(e);
    } catch (const std::bad_alloc &) {
        return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "This PDF needs more memory than is available."));
    } catch (const std::exception &e) {
        return notReadable(e.what());
    } catch (...) {
        return notReadable("unknown error");
    }
}

} // namespace

Result<QByteArray> readBundleFromPdf(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("vitae", "Could not open %1: %2").arg(path, file.errorString()));
    if (!looksLikePdf(file.peek(1024)))
        return notReadable("it does not start like a PDF.");
    file.close();
    const QByteArray name = QFile::encodeName(path);
    return guarded([&name](QPDF &document) { document.processFile(name.constData()); }, maxBytes);
}

Result<QByteArray> readBundleFromPdfBytes(const QByteArray &pdf, qint64 maxBytes)
{
    if (!looksLikePdf(pdf))
        return notReadable("it does not start like a PDF.");
    return guarded(
            [&pdf](QPDF &document) {
                // qpdf reads from the buffer in place; `pdf` outlives `document`.
                document.processMemoryFile("PDF", pdf.constData(), size_t(pdf.size()));
            },
            maxBytes);
}

bool looksLikePdf(QByteArrayView bytes)
{
    return bytes.first(std::min<qsizetype>(bytes.size(), 1024)).indexOf("%PDF-") >= 0;
}

} // namespace vitae::pdf
