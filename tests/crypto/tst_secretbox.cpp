// Argon2id key derivation, XChaCha20-Poly1305 wrapping, Ed25519 and secure memory.
#include "crypto/Aead.h"
#include "crypto/Ed25519.h"
#include "crypto/Kdf.h"
#include "crypto/Sodium.h"

#include <QTest>

using namespace vitae;
using namespace vitae::crypto;

class TestSecretBox : public QObject {
    Q_OBJECT
private slots:
    // Runs first, before enableTestingKdf(): the cheap preset must be refused.
    void testTestingPresetRefusedOutsideTests()
    {
        QVERIFY(!testingKdfEnabled());
        const Status check = checkKdfParams(KdfParams::testing());
        QVERIFY(!check);
        QCOMPARE(check.code(), ErrorCode::InvalidArgument);
        QVERIFY(!deriveKey("pass", randomBytes(kKdfSaltBytes), KdfParams::testing()));
        QVERIFY(checkKdfParams(KdfParams::moderate()));
        QVERIFY(KdfParams::moderate().memLimit >= 256ull * 1024 * 1024);
        enableTestingKdf();
        QVERIFY(checkKdfParams(KdfParams::testing()));
    }

    void testHostileLimitsRefusedBeforeDeriving()
    {
        const auto huge = KdfParams{3, quint64(1) << 40};
        const Status check = checkKdfParams(huge);
        QCOMPARE(check.code(), ErrorCode::Corrupt);
        QCOMPARE(checkKdfParams(KdfParams{1u << 20, KdfParams::moderate().memLimit}).code(), ErrorCode::Corrupt);
    }

    void testArgon2idIsDeterministicAndSaltDependent()
    {
        const QByteArray salt = QByteArray(kKdfSaltBytes, 'S');
        auto a = deriveKey("correct horse", salt, KdfParams::testing());
        auto b = deriveKey("correct horse", salt, KdfParams::testing());
        auto c = deriveKey("correct horse", QByteArray(kKdfSaltBytes, 'T'), KdfParams::testing());
        auto d = deriveKey("correct horsf", salt, KdfParams::testing());
        QVERIFY(a && b && c && d);
        QCOMPARE(a->view(), b->view());
        QVERIFY(a->view() != c->view());
        QVERIFY(a->view() != d->view());
        QCOMPARE(a->size(), std::size_t(32));
        QCOMPARE(deriveKey("x", "short", KdfParams::testing()).code(), ErrorCode::InvalidArgument);
    }

    void testAeadRoundTrip()
    {
        const SecureBuffer key = SecureBuffer::fromBytes(randomBytes(kAeadKeyBytes));
        const QByteArray nonce = randomBytes(kAeadNonceBytes);
        const QByteArray sealed = aeadEncrypt(key, nonce, "data key bytes", "header");
        QCOMPARE(sealed.size(), qsizetype(14 + kAeadTagBytes));
        QVERIFY(!sealed.contains("data key"));
        auto opened = aeadDecrypt(key, nonce, sealed, "header");
        QVERIFY(opened);
        QCOMPARE(opened->view(), QByteArrayView("data key bytes"));
    }

    // Flipping any single bit of tag, payload, nonce or associated data, or
    // using another key, must make decryption fail.
    void testAeadTamperingFails()
    {
        const SecureBuffer key = SecureBuffer::fromBytes(randomBytes(kAeadKeyBytes));
        const QByteArray nonce = randomBytes(kAeadNonceBytes);
        const QByteArray ad = "associated";
        const QByteArray sealed = aeadEncrypt(key, nonce, QByteArray(32, 'k'), ad);
        for (qsizetype i = 0; i < sealed.size() * 8; ++i) {
            QByteArray tampered = sealed;
            tampered[i / 8] = char(tampered[i / 8] ^ (1 << (i % 8)));
            QVERIFY2(!aeadDecrypt(key, nonce, tampered, ad), qPrintable(QString::number(i)));
        }
        for (qsizetype i = 0; i < nonce.size(); ++i) {
            QByteArray tampered = nonce;
            tampered[i] = char(tampered[i] ^ 0x01);
            QVERIFY(!aeadDecrypt(key, tampered, sealed, ad));
        }
        QByteArray otherAd = ad;
        otherAd[0] = 'A';
        QVERIFY(!aeadDecrypt(key, nonce, sealed, otherAd));
        QVERIFY(!aeadDecrypt(SecureBuffer::fromBytes(randomBytes(kAeadKeyBytes)), nonce, sealed, ad));
        QVERIFY(!aeadDecrypt(key, nonce, sealed.left(10), ad));
    }

    // RFC 8032 section 7.1, test 1 and test 2.
    void testEd25519Rfc8032()
    {
        auto one = Ed25519KeyPair::fromSeed(
                QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        QVERIFY(one);
        QCOMPARE(one->publicKey().toHex(), QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        QCOMPARE(one->sign("").toHex(),
                 QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
        auto two = Ed25519KeyPair::fromSeed(
                QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"));
        QVERIFY(two);
        const QByteArray message = QByteArray::fromHex("72");
        const QByteArray signature = two->sign(message);
        QCOMPARE(signature.toHex(),
                 QByteArray("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"));
        QVERIFY(ed25519Verify(two->publicKey(), message, signature));
        QByteArray bad = signature;
        bad[5] = char(bad[5] ^ 0x20);
        QVERIFY(!ed25519Verify(two->publicKey(), message, bad));
        QVERIFY(!ed25519Verify(two->publicKey(), "other", signature));
        QVERIFY(!ed25519Verify(two->publicKey().left(31), message, signature));
        QCOMPARE(Ed25519KeyPair::fromSeed("short").code(), ErrorCode::InvalidArgument);
    }

    void testSecureBufferMovesAndClears()
    {
        SecureBuffer a = SecureBuffer::fromBytes("secret");
        QCOMPARE(a.view(), QByteArrayView("secret"));
        SecureBuffer b = std::move(a);
        QVERIFY(a.isNull());
        QCOMPARE(b.view(), QByteArrayView("secret"));
        b.clear();
        QVERIFY(b.isNull());
        QCOMPARE(b.size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestSecretBox)
#include "tst_secretbox.moc"
