#include "crypto/SecureBuffer.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace vitae::crypto {

SecureBuffer::SecureBuffer(std::size_t size)
{
    ensureSodiumInitialized();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc(); // out of locked memory: nothing sensible to do
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::fromBytes(QByteArrayView bytes)
{
    SecureBuffer buffer(std::size_t(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(buffer.data(), bytes.data(), std::size_t(bytes.size()));
    return buffer;
}

QByteArrayView SecureBuffer::view() const
{
    return QByteArrayView(reinterpret_cast<const char *>(m_data), qsizetype(m_size));
}

void SecureBuffer::clear()
{
    if (m_data) {
        sodium_free(m_data); // sodium_free zeroes before releasing
        m_data = nullptr;
        m_size = 0;
    }
}

} // namespace vitae::crypto
