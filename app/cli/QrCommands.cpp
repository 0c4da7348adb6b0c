// vitae-cli qr and scan: the CLI face of core/qr. Images are PNG files read
// and written by core/qr itself, so the CLI still links no QtGui.
#include "cli/QrCommands.h"

#include "cli/VerifySetup.h"
#include "qr/PngReader.h"
#include "qr/PngWriter.h"
#include "qr/QrDecoder.h"
#include "qr/QrEncoder.h"
#include "qr/QrFrame.h"
#include "qr/QrPayload.h"
#include "qr/QrReassembler.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

namespace vitae::cli {

namespace {

constexpr int kModulePixels = 4; // crisp on screen and in print
constexpr qint64 kMaxImageFileBytes = 64 * 1024 * 1024;

Status saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

QString frameName(int number)
{
    return QStringLiteral("frame-%1.png").arg(number, 3, 10, QLatin1Char('0'));
}

// Frames of an earlier, longer sequence would mix with this one when the
// folder is scanned; only files named like ours are removed.
void removeStaleFrames(QDir dir, int count)
{
    static const QRegularExpression pattern(QStringLiteral("^frame-(\\d{3,})\\.png$"));
    for (const QString &name : dir.entryList({QStringLiteral("frame-*.png")}, QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch() && match.captured(1).toInt() > count)
            dir.remove(name);
    }
}

Error inFile(const QString &path, const Error &error)
{
    return makeError(error.code, QStringLiteral("%1: %2").arg(path, error.message));
}

} // namespace

int runQr(const CliContext &cli)
{
    if (cli.arguments.size() != 1)
        return cli.usage(QStringLiteral("Give one file to turn into QR codes"));
    if (cli.outFile.isEmpty())
        return cli.usage(QStringLiteral("Give the folder for the QR images with --out DIR"));
    Result<QByteArray> bytes = readInput(cli.arguments.first(), qr::kMaxPayloadBytes);
    if (!bytes)
        return cli.fail(bytes.error());
    Result<QStringList> texts = qr::encodePayload(*bytes);
    if (!texts)
        return cli.fail(texts.error());

    const QDir dir(cli.outFile);
    if (!QDir().mkpath(dir.path()))
        return cli.fail(makeError(ErrorCode::Io, QStringLiteral("The folder %1 cannot be created.").arg(dir.path())));
    Result<QList<qr::QrMatrix>> matrices = qr::QrEncoder::encodeSequence(*texts);
    if (!matrices)
        return cli.fail(matrices.error());
    QJsonArray files;
    for (int i = 0; i < matrices->size(); ++i) {
        const QString path = dir.filePath(frameName(i + 1));
        if (Status saved = saveFile(path, qr::writeGrayPng(qr::QrEncoder::raster(matrices->at(i), kModulePixels)));
            !saved)
            return cli.fail(saved.error());
        files.append(path);
    }
    removeStaleFrames(dir, int(texts->size()));

    const int count = int(texts->size());
    const QString text = count == 1
            ? QStringLiteral("Wrote 1 QR code to %1.").arg(files.first().toString())
            : QStringLiteral("Wrote %1 QR frames to %2 (frame-001.png to %3); show them one after another, "
                             "in a loop, to the camera.")
                      .arg(count).arg(dir.path(), frameName(count));
    return cli.done({{QStringLiteral("frames"), count},
                     {QStringLiteral("bytes"), qint64(bytes->size())},
                     {QStringLiteral("files"), files}},
                    text);
}

Result<ScannedImages> scanImages(const QStringList &paths)
{
    ScannedImages scanned;
    for (const QString &path : paths) {
        Result<QByteArray> file = readInput(path, kMaxImageFileBytes);
        if (!file)
            return file.error();
        Result<qr::GrayImage> image = qr::readPngAsGray(*file);
        if (!image)
            return inFile(path, image.error());
        Result<QStringList> texts = qr::QrDecoder::decode(*image);
        if (!texts)
            return inFile(path, makeError(ErrorCode::InvalidInput, texts.message()));
        for (const QString &text : std::as_const(*texts)) {
            if (!qr::isVitaeQrText(text)) {
                scanned.otherTexts.append(QStringLiteral("QR code in %1: %2").arg(path, text));
                continue;
            }
            scanned.vitaeSeen = true;
            Result<qr::QrReassembler::Progress> progress = scanned.reassembler.add(text);
            if (!progress && scanned.reassembler.lastRejection() == qr::QrReassembler::Rejection::ForeignFrame) {
                // One stray frame should not throw away a whole scan.
                std::fprintf(stderr, "vitae-cli: %s: %s Skipped.\n", qPrintable(CliContext::forTerminal(path)), qPrintable(CliContext::forTerminal(progress.message())));
                ++scanned.foreign;
            } else if (!progress) {
                return inFile(path, progress.error());
            }
        }
    }
    return scanned;
}

int runScan(const CliContext &cli)
{
    if (cli.arguments.isEmpty())
        return cli.usage(QStringLiteral("Give one or more PNG images of QR codes"));
    Result<ScannedImages> scan = scanImages(cli.arguments);
    if (!scan)
        return cli.fail(scan.error());
    qr::QrReassembler &reassembler = scan->reassembler;
    QStringList &otherTexts = scan->otherTexts;
    const bool vitaeSeen = scan->vitaeSeen;
    const int foreign = scan->foreign;

    QJsonObject json{{QStringLiteral("texts"), QJsonArray::fromStringList(otherTexts)},
                     {QStringLiteral("foreignFrames"), foreign}};
    if (!vitaeSeen)
        return cli.done(json, otherTexts.join(QLatin1Char('\n')));
    Result<QByteArray> payload = reassembler.payload();
    if (!payload)
        return cli.fail(payload.error());
    const qr::QrReassembler::Progress progress = reassembler.progress();
    json.insert(QStringLiteral("bytes"), qint64(payload->size()));
    json.insert(QStringLiteral("frames"), progress.needed);
    json.insert(QStringLiteral("recovered"), progress.recovered);

    if (!cli.outFile.isEmpty()) {
        if (Status saved = saveFile(cli.outFile, *payload); !saved)
            return cli.fail(saved.error());
        json.insert(QStringLiteral("out"), cli.outFile);
        otherTexts.prepend(QStringLiteral("%1 Wrote %2 bytes to %3.")
                                   .arg(progress.summary()).arg(payload->size()).arg(cli.outFile));
        return cli.done(json, otherTexts.join(QLatin1Char('\n')));
    }
    if (cli.json) {
        json.insert(QStringLiteral("payloadBase64"), QString::fromLatin1(payload->toBase64()));
        return cli.done(json, QString());
    }
    // The payload itself goes to stdout; anything else to stderr.
    for (const QString &other : std::as_const(otherTexts))
        std::fprintf(stderr, "%s\n", qPrintable(CliContext::forTerminal(other)));
    std::fwrite(payload->constData(), 1, size_t(payload->size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace vitae::cli
