// The Vitae QR payload format end to end: bytes -> frames -> QR rasters ->
// decoded text -> reassembled bytes, with frames shuffled, repeated, missed,
// foreign, of another version, truncated and corrupt.
#include "qr/Base45.h"
#include "qr/QrDecoder.h"
#include "qr/QrEncoder.h"
#include "qr/QrFrame.h"
#include "qr/QrPayload.h"
#include "qr/QrReassembler.h"
#include "qr/Zlib.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <random>

using namespace vitae;
using Rejection = qr::QrReassembler::Rejection;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(random.bounded(256));
    return bytes;
}

QStringList frames(const QByteArray &payload, const QByteArray &id = "abcd", int groupSize = 4)
{
    qr::QrFrameOptions options;
    options.messageId = id;
    options.groupSize = groupSize;
    Result<QStringList> texts = qr::encodePayload(payload, options);
    return texts ? *texts : QStringList();
}

bool isParity(const QString &text)
{
    const Result<qr::QrFrame> frame = qr::QrFrame::parse(text);
    return frame.ok() && frame->kind == qr::QrFrame::Kind::Parity;
}

// Feeds texts in order; returns the last progress (or fails the test).
qr::QrReassembler::Progress feed(qr::QrReassembler &reassembler, const QStringList &texts)
{
    qr::QrReassembler::Progress last;
    for (const QString &text : texts) {
        Result<qr::QrReassembler::Progress> progress = reassembler.add(text);
        if (!progress.ok()) {
            qWarning("add failed: %s", qPrintable(progress.message()));
            return {};
        }
        last = *progress;
    }
    return last;
}

} // namespace

class TestQrPayload : public QObject {
    Q_OBJECT
private slots:
    void testSingleCodeThroughQr()
    {
        const QByteArray payload = randomBytes(200, 1);
        const QStringList texts = frames(payload);
        QCOMPARE(texts.size(), 1);
        QVERIFY(texts.first().startsWith(QStringLiteral("VITAE1:")));
        QVERIFY(qr::isVitaeQrText(texts.first()));
        const Result<qr::QrMatrix> matrix = qr::QrEncoder::encode(texts.first());
        QVERIFY(matrix.ok());
        const Result<QStringList> decoded = qr::QrDecoder::decode(qr::QrEncoder::raster(*matrix, 3));
        QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
        const Result<QByteArray> back = qr::decodeSinglePayload(decoded->first());
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QCOMPARE(*back, payload);

        qr::QrReassembler reassembler;
        const auto progress = reassembler.add(decoded->first());
        QVERIFY(progress.ok() && progress->complete);
        QCOMPARE(*reassembler.payload(), payload);
    }

    void testCompressibleDataShrinks()
    {
        // 6 KB of JSON-like text fits one code once deflated.
        QByteArray json;
        while (json.size() < 6000)
            json += R"({"type":["VerifiableCredential","OpenBadgeCredential"],"name":"Data Literacy"},)";
        const QStringList texts = frames(json);
        QCOMPARE(texts.size(), 1);
        QCOMPARE(*qr::decodeSinglePayload(texts.first()), json);
    }

    void testMultiFrameThroughQrShuffled()
    {
        const QByteArray payload = randomBytes(20 * 1024, 2);
        const QStringList texts = frames(payload);
        QVERIFY(texts.size() > 10);
        QStringList seen;
        for (const QString &text : texts) {
            QVERIFY(text.startsWith(QStringLiteral("VITAE1F:")));
            const Result<qr::QrMatrix> matrix = qr::QrEncoder::encode(text);
            QVERIFY2(matrix.ok(), qPrintable(matrix.message()));
            QVERIFY(matrix->version <= 25);
            const Result<QStringList> decoded = qr::QrDecoder::decode(qr::QrEncoder::raster(*matrix, 2));
            QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
            seen.append(decoded->first());
        }
        QCOMPARE(seen, texts);
        std::mt19937 random(7);
        std::shuffle(seen.begin(), seen.end(), random);
        qr::QrReassembler reassembler;
        const auto progress = feed(reassembler, seen);
        QVERIFY(progress.complete);
        QCOMPARE(*reassembler.payload(), payload);
    }

    void testProgressAndDuplicates()
    {
        const QStringList texts = frames(randomBytes(5000, 3), "abcd", 0);
        QVERIFY(texts.size() >= 3);
        qr::QrReassembler reassembler;
        auto first = reassembler.add(texts[0]);
        QVERIFY(first.ok());
        QCOMPARE(first->have, 1);
        QCOMPARE(first->needed, int(texts.size()));
        QVERIFY(!first->complete);
        QVERIFY(first->summary().startsWith(QStringLiteral("Have 1 of %1 frames; missing").arg(texts.size())));
        auto again = reassembler.add(texts[0]);
        QVERIFY(again.ok());
        QVERIFY(again->duplicate);
        QCOMPARE(again->have, 1);
        QCOMPARE(reassembler.payload().code(), ErrorCode::InvalidInput);
        QVERIFY(reassembler.payload().message().contains(QStringLiteral("incomplete")));
    }

    void testOneMissingPerGroupRecovered()
    {
        const QByteArray payload = randomBytes(20 * 1024, 4);
        const QStringList texts = frames(payload);
        // Drop the first data frame of every group (the frame after each parity).
        QStringList kept;
        bool dropNext = true;
        int dropped = 0;
        for (const QString &text : texts) {
            if (isParity(text)) {
                kept.append(text);
                dropNext = true;
            } else if (dropNext) {
                dropNext = false;
                ++dropped;
            } else {
                kept.append(text);
            }
        }
        std::reverse(kept.begin(), kept.end());
        qr::QrReassembler reassembler;
        const auto progress = feed(reassembler, kept);
        QVERIFY(progress.complete);
        QCOMPARE(progress.recovered, dropped);
        QCOMPARE(*reassembler.payload(), payload);
        QVERIFY(progress.summary().contains(QStringLiteral("rebuilt from parity")));
    }

    void testTwoMissingInAGroup()
    {
        const QStringList texts = frames(randomBytes(20 * 1024, 5));
        // Frames 1 and 2 (both in group 1) are never seen.
        const QStringList kept = texts.mid(2);
        qr::QrReassembler reassembler;
        const auto progress = feed(reassembler, kept);
        QVERIFY(!progress.complete);
        QCOMPARE(progress.missing, (QList<int>{1, 2}));
        QCOMPARE(progress.have, progress.needed - 2);
        QVERIFY2(progress.summary().contains(QStringLiteral("missing frames 1 and 2")), qPrintable(progress.summary()));
        QVERIFY(!reassembler.isComplete());
        // Seeing one of them again completes it through the parity.
        const auto late = reassembler.add(texts[1]);
        QVERIFY(late.ok() && late->complete);
    }

    void testForeignFrameAndVersion()
    {
        const QStringList ours = frames(randomBytes(5000, 6), "abcd");
        const QStringList theirs = frames(randomBytes(5000, 7), "wxyz");
        qr::QrReassembler reassembler;
        QVERIFY(reassembler.add(ours[0]).ok());
        const auto foreign = reassembler.add(theirs[1]);
        QVERIFY(!foreign.ok());
        QCOMPARE(reassembler.lastRejection(), Rejection::ForeignFrame);
        QVERIFY2(foreign.message().contains(QStringLiteral("foreign frame")), qPrintable(foreign.message()));
        // A single code while a sequence is in progress is foreign too.
        QVERIFY(!reassembler.add(frames("hello").first()).ok());
        QCOMPARE(reassembler.lastRejection(), Rejection::ForeignFrame);

        QString newer = ours[1];
        newer.replace(0, 8, QStringLiteral("VITAE2F:"));
        const auto version = reassembler.add(newer);
        QCOMPARE(version.code(), ErrorCode::VersionTooNew);
        QCOMPARE(reassembler.lastRejection(), Rejection::UnsupportedVersion);
        QVERIFY(version.message().contains(QStringLiteral("version 2")));
        QVERIFY(qr::isVitaeQrText(newer));

        QVERIFY(!reassembler.add(QStringLiteral("https://example.org")).ok());
        QCOMPARE(reassembler.lastRejection(), Rejection::NotVitae);
        QVERIFY(!qr::isVitaeQrText(QStringLiteral("https://example.org")));
        QVERIFY(!qr::isVitaeQrText(QStringLiteral("VITAEX:")));
        // The sequence itself is unharmed.
        const auto progress = feed(reassembler, ours.mid(1));
        QVERIFY(progress.complete);
    }

    void testTruncatedAndCorruptSingle()
    {
        const QString text = frames(randomBytes(300, 8)).first();
        const auto cut = qr::decodeSinglePayload(text.left(text.size() - 30));
        QCOMPARE(cut.code(), ErrorCode::InvalidInput);
        QVERIFY2(cut.message().contains(QStringLiteral("truncated")), qPrintable(cut.message()));
        const auto cutOne = qr::decodeSinglePayload(text.left(text.size() - 1));
        QVERIFY(!cutOne.ok());

        QString corrupt = text;
        corrupt[40] = corrupt[40] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const auto damaged = qr::decodeSinglePayload(corrupt);
        QVERIFY(!damaged.ok());
        QVERIFY2(damaged.message().contains(QStringLiteral("corrupt")), qPrintable(damaged.message()));
        QVERIFY(!qr::decodeSinglePayload(QStringLiteral("VITAE1:abc")).ok());
        QVERIFY(!qr::decodeSinglePayload(frames(randomBytes(5000, 9))[0]).ok());
    }

    void testTruncatedAndCorruptFrames()
    {
        const QByteArray payload = randomBytes(5000, 10);
        const QStringList texts = frames(payload, "abcd", 0);
        qr::QrReassembler reassembler;
        const auto cut = reassembler.add(texts[0].left(texts[0].size() - 3));
        QVERIFY(!cut.ok());
        QCOMPARE(reassembler.lastRejection(), Rejection::Malformed);
        QVERIFY2(cut.message().contains(QStringLiteral("malformed")), qPrintable(cut.message()));

        // A frame whose data was changed but whose structure is intact
        // passes alone, and the sequence's checksum catches it.
        Result<qr::QrFrame> frame = qr::QrFrame::parse(texts[1]);
        QVERIFY(frame.ok());
        frame->chunk[10] = char(frame->chunk[10] ^ 0x40);
        QStringList bad = texts;
        bad[1] = frame->toText();
        for (int i = 0; i < bad.size() - 1; ++i)
            QVERIFY(reassembler.add(bad[i]).ok());
        const auto last = reassembler.add(bad.last());
        QCOMPARE(last.code(), ErrorCode::Corrupt);
        QCOMPARE(reassembler.lastRejection(), Rejection::ChecksumMismatch);
        QVERIFY(last.message().contains(QStringLiteral("checksum")));
        QVERIFY(!reassembler.payload().ok());
        QVERIFY(!reassembler.add(texts[0]).ok()); // stays failed until reset()
        QCOMPARE(reassembler.lastRejection(), Rejection::ChecksumMismatch);
        reassembler.reset();
        QVERIFY(feed(reassembler, texts).complete);

        // The same frame number with other contents is refused at once.
        qr::QrReassembler other;
        QVERIFY(other.add(texts[1]).ok());
        QVERIFY(!other.add(bad[1]).ok());
        QCOMPARE(other.lastRejection(), Rejection::Conflicting);
    }

    void testHostileFrameHeaders()
    {
        // Headers that lie about sizes never lead to out-of-range indexing.
        const QStringList texts = frames(randomBytes(5000, 11));
        const Result<qr::QrFrame> good = qr::QrFrame::parse(texts[0]);
        QVERIFY(good.ok());
        QRandomGenerator random(12);
        for (int round = 0; round < 3000; ++round) {
            QByteArray binary = *qr::base45Decode(texts[0].mid(8).toLatin1());
            const int flips = 1 + int(random.bounded(3));
            for (int i = 0; i < flips; ++i)
                binary[random.bounded(int(qr::kFrameHeaderBytes))] = char(random.bounded(256));
            if (random.bounded(4) == 0)
                binary.truncate(random.bounded(int(binary.size())));
            qr::QrReassembler reassembler;
            (void)reassembler.add(QStringLiteral("VITAE1F:") + QString::fromLatin1(qr::base45Encode(binary)));
            (void)reassembler.add(texts[1]);
            (void)reassembler.add(texts[2]);
        }
        // A frame claiming 4 GB is refused with a limit.
        QByteArray binary = *qr::base45Decode(texts[0].mid(8).toLatin1());
        binary[10] = char(0xff);
        const auto huge = qr::QrFrame::parse(QStringLiteral("VITAE1F:") + QString::fromLatin1(qr::base45Encode(binary)));
        QCOMPARE(huge.code(), ErrorCode::LimitExceeded);
    }

    void testLimits()
    {
        const auto tooBig = qr::encodePayload(QByteArray(qr::kMaxPayloadBytes + 1, 'x'));
        QCOMPARE(tooBig.code(), ErrorCode::LimitExceeded);
        qr::QrFrameOptions tiny;
        tiny.maxVersion = 1;
        const auto noRoom = qr::encodePayload(randomBytes(500, 13), tiny);
        QCOMPARE(noRoom.code(), ErrorCode::InvalidArgument);
        // A zlib bomb in a single code is cut off at the payload cap.
        const QByteArray bomb = qr::deflateZlib(QByteArray(qr::kMaxPayloadBytes + 1, '\0'));
        const auto inflated = qr::decodeSinglePayload(QStringLiteral("VITAE1:") + QString::fromLatin1(qr::base45Encode(bomb)));
        QCOMPARE(inflated.code(), ErrorCode::LimitExceeded);
        // Version 25-M holds 1451 alphanumeric characters: 8 of prefix and
        // 1443 of Base45, i.e. 962 bytes, 940 after the header (documented).
        QCOMPARE(qr::frameCapacity(qr::QrEcc::Medium, 25), qsizetype(962));
    }
};

QTEST_GUILESS_MAIN(TestQrPayload)
#include "tst_qr_payload.moc"
