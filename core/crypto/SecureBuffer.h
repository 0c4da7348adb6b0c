// Secret bytes in libsodium-allocated memory: guarded pages, locked against
// swapping, and zeroed when freed. Move-only so a secret has one owner.
#pragma once

#include <QByteArrayView>

#include <cstddef>

namespace vitae::crypto {

class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    // Copies bytes into fresh secure memory. The caller remains responsible
    // for wiping its own copy.
    static SecureBuffer fromBytes(QByteArrayView bytes);

    bool isNull() const { return m_data == nullptr; }
    std::size_t size() const { return m_size; }
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    QByteArrayView view() const;

    // Zeroes and frees the memory now.
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace vitae::crypto
