// The vault header parser gets untrusted bytes: every truncation, every
// flipped byte and every version is handled with a named error.
#include "crypto/Sodium.h"
#include "vault/VaultHeader.h"

#include <QTest>

using namespace vitae;
using namespace vitae::vault;

namespace {
VaultHeader sampleHeader()
{
    VaultHeader header;
    header.kdf = crypto::KdfParams::moderate();
    header.salt = crypto::randomBytes(16);
    header.nonce = crypto::randomBytes(24);
    header.wrappedKey = crypto::randomBytes(48);
    return header;
}

// Rewrites the checksum after a deliberate change, to reach the field checks.
QByteArray withChecksum(QByteArray bytes)
{
    bytes.replace(120, 32, crypto::sha256(bytes.first(120)));
    return bytes;
}
} // namespace

class TestVaultHeader : public QObject {
    Q_OBJECT
private slots:
    void testRoundTrip()
    {
        const VaultHeader header = sampleHeader();
        const QByteArray bytes = header.serialize();
        QCOMPARE(bytes.size(), VaultHeader::Size);
        QVERIFY(bytes.startsWith("VITAEVLT"));
        auto parsed = VaultHeader::parse(bytes, "vault.header");
        QVERIFY2(parsed, qPrintable(parsed.message()));
        QCOMPARE(parsed->kdf, header.kdf);
        QCOMPARE(parsed->salt, header.salt);
        QCOMPARE(parsed->nonce, header.nonce);
        QCOMPARE(parsed->wrappedKey, header.wrappedKey);
        QCOMPARE(parsed->associatedData(), bytes.first(VaultHeader::AssociatedDataSize));
    }

    void testEveryTruncationIsCorrupt()
    {
        const QByteArray bytes = sampleHeader().serialize();
        for (qsizetype length = 0; length < bytes.size(); ++length) {
            auto parsed = VaultHeader::parse(bytes.first(length), "vault.header");
            QVERIFY(!parsed);
            QCOMPARE(parsed.code(), ErrorCode::Corrupt);
            QVERIFY(parsed.message().contains("vault.header"));
        }
    }

    void testEveryFlippedByteIsCaught()
    {
        const QByteArray bytes = sampleHeader().serialize();
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            QByteArray damaged = bytes;
            damaged[i] = char(damaged[i] ^ 0x40);
            auto parsed = VaultHeader::parse(damaged, "vault.header");
            QVERIFY2(!parsed, qPrintable(QString::number(i)));
            // A changed major version is reported as such; everything else as damage.
            QVERIFY(parsed.code() == ErrorCode::Corrupt || parsed.code() == ErrorCode::VersionTooNew);
        }
    }

    void testNewerMajorIsRefused()
    {
        VaultHeader header = sampleHeader();
        header.major = 2;
        auto parsed = VaultHeader::parse(header.serialize(), "vault.header");
        QCOMPARE(parsed.code(), ErrorCode::VersionTooNew);
        QVERIFY(parsed.message().contains("newer version of Vitae"));
    }

    void testNewerMinorIsRead()
    {
        VaultHeader header = sampleHeader();
        header.minor = 3;
        QByteArray bytes = header.serialize() + QByteArray("future field");
        auto parsed = VaultHeader::parse(bytes, "vault.header");
        QVERIFY2(parsed, qPrintable(parsed.message()));
        QCOMPARE(parsed->minor, quint16(3));
    }

    void testUnknownAlgorithmsAreRefused()
    {
        QByteArray bytes = sampleHeader().serialize();
        bytes[12] = 9; // KDF id
        QCOMPARE(VaultHeader::parse(withChecksum(bytes), "h").code(), ErrorCode::Corrupt);
        bytes = sampleHeader().serialize();
        bytes[13] = 9; // cipher profile
        QCOMPARE(VaultHeader::parse(withChecksum(bytes), "h").code(), ErrorCode::Corrupt);
    }

    void testGarbageNeverCrashes()
    {
        for (int i = 0; i < 2000; ++i) {
            QByteArray garbage = crypto::randomBytes(i % 300);
            if (i % 2)
                garbage.replace(0, qMin<qsizetype>(8, garbage.size()), QByteArray("VITAEVLT").left(garbage.size()));
            QVERIFY(!VaultHeader::parse(garbage, "vault.header"));
        }
    }
};

QTEST_GUILESS_MAIN(TestVaultHeader)
#include "tst_vaultheader.moc"
