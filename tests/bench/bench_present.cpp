// vitae-bench-present [--rounds N]: the figures of sharing on this machine.
// Builds and signs a presentation of five Open Badges (eddsa-rdfc-2022
// holder proof over the badges' full RDF graph), then verifies it with every
// credential in it; then carries it as Vitae QR frames (encode and draw
// them) and, as a scanner would, decodes the drawn frames, reassembles and
// verifies. Prints one JSON object of median milliseconds.
#include "TestIssuer.h"
#include "credential/CredentialReader.h"
#include "did/DidKey.h"
#include "present/Presentation.h"
#include "present/PresentationVerifier.h"
#include "qr/QrDecoder.h"
#include "qr/QrEncoder.h"
#include "qr/QrPayload.h"
#include "qr/QrReassembler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

using namespace vitae;

namespace {

double medianMs(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return double(nanoseconds.at(nanoseconds.size() / 2)) / 1e6;
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype roundsIndex = args.indexOf(QStringLiteral("--rounds"));
    const int rounds = roundsIndex > 0 && roundsIndex + 1 < args.size() ? args.at(roundsIndex + 1).toInt() : 200;

    const test::TestIssuer issuer;
    const auto holderKey = crypto::Ed25519KeyPair::generate();
    const QString holderDid = did::didKeyFromEd25519(holderKey.publicKey());
    QList<present::PresentItem> items;
    for (int i = 0; i < 5; ++i) {
        QJsonObject badge = issuer.badge(QStringLiteral("Badge %1").arg(i + 1));
        badge.insert(QStringLiteral("id"), QStringLiteral("urn:uuid:bench-%1").arg(i));
        QJsonObject subject = badge.value(QStringLiteral("credentialSubject")).toObject();
        subject.insert(QStringLiteral("id"), holderDid);
        badge.insert(QStringLiteral("credentialSubject"), subject);
        auto credential = credential::readCredential(QJsonDocument(issuer.signRdfc(badge)).toJson());
        if (!credential)
            die(credential.message());
        present::PresentItem item;
        item.credential = *credential;
        items.append(item);
    }
    present::PresentOptions options;
    options.challenge = QStringLiteral("bench-challenge");
    options.domain = QStringLiteral("jobs.example");

    QList<qint64> buildTimes;
    QList<qint64> verifyTimes;
    QByteArray presentation;
    verify::VerifyContext offline;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto built = present::buildPresentation(items, holderKey, holderDid, options);
        buildTimes.append(timer.nsecsElapsed());
        if (!built)
            die(built.message());
        presentation = built->bytes;

        timer.restart();
        const present::PresentationResult result =
                present::verifyPresentation(presentation, {options.challenge, options.domain, {}, 300}, offline);
        verifyTimes.append(timer.nsecsElapsed());
        // Only the issuer being on no trust list may warn.
        if (result.verdict() != verify::Verdict::Warning || result.credentials.size() != 5)
            die(QStringLiteral("the presentation did not verify: ")
                + QString::fromUtf8(QJsonDocument(result.toJson()).toJson()));
    }

    // QR: fewer rounds, each frame drawn at 4 px per module.
    QList<qint64> encodeTimes;
    QList<qint64> scanTimes;
    int frameCount = 0;
    for (int round = 0; round < qMax(1, rounds / 10); ++round) {
        QElapsedTimer timer;
        timer.start();
        auto texts = qr::encodePayload(presentation);
        if (!texts)
            die(texts.message());
        auto matrices = qr::QrEncoder::encodeSequence(*texts);
        if (!matrices)
            die(matrices.message());
        QList<qr::GrayImage> images;
        for (const qr::QrMatrix &matrix : std::as_const(*matrices))
            images.append(qr::QrEncoder::raster(matrix));
        encodeTimes.append(timer.nsecsElapsed());
        frameCount = int(images.size());

        timer.restart();
        qr::QrReassembler reassembler;
        for (qsizetype i = images.size() - 1; i >= 0; --i) { // any order will do
            auto decoded = qr::QrDecoder::decode(images.at(i));
            if (!decoded || decoded->isEmpty() || !reassembler.add(decoded->first()))
                die(QStringLiteral("a frame did not scan"));
        }
        auto payload = reassembler.payload();
        if (!payload)
            die(payload.message());
        const present::PresentationResult result =
                present::verifyPresentation(*payload, {options.challenge, options.domain, {}, 300}, offline);
        scanTimes.append(timer.nsecsElapsed());
        if (result.verdict() != verify::Verdict::Warning)
            die(QStringLiteral("the scanned presentation did not verify"));
    }

    const QJsonObject figures{{QStringLiteral("rounds"), rounds},
                              {QStringLiteral("qrFrames"), frameCount},
                              {QStringLiteral("encodeToQrFramesMs"), medianMs(encodeTimes)},
                              {QStringLiteral("scanReassembleAndVerifyMs"), medianMs(scanTimes)},
                              {QStringLiteral("presentationBytes"), presentation.size()},
                              {QStringLiteral("buildAndSign5CredentialVpMs"), medianMs(buildTimes)},
                              {QStringLiteral("verify5CredentialVpMs"), medianMs(verifyTimes)}};
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
    return 0;
}
