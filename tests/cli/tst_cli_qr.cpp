// `vitae-cli qr` and `scan` end to end: a file becomes PNG frames and comes
// back whole from them in reverse order, with one frame deleted, and a
// garbage image is refused with exit code 2.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {
vitae::test::ProcessRun runCli(const QStringList &arguments)
{
    return vitae::test::runProcess(VITAE_CLI, arguments);
}
} // namespace

class TestCliQr : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_payload;
    QStringList m_frames;

    QString path(const QString &name) const { return m_dir.path() + "/" + name; }

    QByteArray read(const QString &name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Random bytes do not compress: several frames for sure.
        QRandomGenerator random(2026);
        m_payload.resize(9000);
        for (char &b : m_payload)
            b = char(random.bounded(256));
        QFile file(path("presentation.bin"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_payload);
    }

    void testQrWritesFrames()
    {
        const auto run = runCli({"--json", "qr", path("presentation.bin"), "--out", path("frames")});
        QCOMPARE(run.exitCode, 0);
        const int frames = run.json().value("frames").toInt();
        QVERIFY(frames > 4);
        const QDir dir(path("frames"));
        for (const QString &name : dir.entryList({"frame-*.png"}, QDir::Files, QDir::Name))
            m_frames.append(dir.filePath(name));
        QCOMPARE(m_frames.size(), frames);
        QVERIFY(m_frames.first().endsWith("frame-001.png"));
        const auto text = runCli({"qr", path("presentation.bin"), "--out", path("frames")});
        QVERIFY(text.out.contains(QStringLiteral("Wrote %1 QR frames").arg(frames).toUtf8()));
    }

    void testScanInReverseOrder()
    {
        QStringList reversed = m_frames;
        std::reverse(reversed.begin(), reversed.end());
        const auto run = runCli(QStringList{"scan"} + reversed + QStringList{"--out", path("back.bin")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Wrote 9000 bytes"));
        QCOMPARE(read("back.bin"), m_payload);
        // Without --out the bytes go to stdout.
        const auto toStdout = runCli(QStringList{"scan"} + m_frames);
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(toStdout.out, m_payload);
    }

    void testScanWithOneFrameDeleted()
    {
        QStringList fewer = m_frames;
        fewer.removeAt(1); // a data frame: its group's parity rebuilds it
        const auto run = runCli(QStringList{"--json", "scan"} + fewer + QStringList{"--out", path("rebuilt.bin")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value("recovered").toInt(), 1);
        QCOMPARE(read("rebuilt.bin"), m_payload);
    }

    void testScanWithTooFewFrames()
    {
        const auto run = runCli({"scan", m_frames[0], m_frames[1], "--out", path("partial.bin")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("incomplete") && run.err.contains("missing"), run.err.constData());
        QVERIFY(!QFile::exists(path("partial.bin")));
    }

    void testGarbageAndNoCode()
    {
        QFile garbage(path("garbage.png"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("this is not an image at all");
        garbage.close();
        const auto run = runCli({"scan", path("garbage.png")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("garbage.png: The file is not a PNG image."), run.err.constData());

        // A PNG with a cut-off end is refused the same way.
        QFile frame(m_frames.first());
        QVERIFY(frame.open(QIODevice::ReadOnly));
        QFile cut(path("cut.png"));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(frame.readAll().chopped(40));
        cut.close();
        const auto truncated = runCli({"scan", path("cut.png")});
        QCOMPARE(truncated.exitCode, 2);
        QVERIFY2(truncated.err.contains("truncated"), truncated.err.constData());

        QCOMPARE(runCli({"scan"}).exitCode, 2);
        QCOMPARE(runCli({"qr", path("presentation.bin")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliQr)
#include "tst_cli_qr.moc"
