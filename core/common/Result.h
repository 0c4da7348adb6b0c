// Errors as values across the core API: a Result<T> holds either a value or
// an Error (a per-domain code plus a sentence a person can read).
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace vitae {

enum class ErrorCode {
    None = 0,
    InvalidArgument,   // the caller passed something unusable
    InvalidInput,      // outside bytes that do not parse or break a limit
    LimitExceeded,     // input larger or deeper than a documented cap
    WrongPassphrase,
    Corrupt,           // stored data fails its integrity checks
    VersionTooNew,     // written by a newer Vitae
    InUse,             // another process holds the vault
    NotFound,
    AlreadyExists,
    Locked,            // the vault must be unlocked first
    Io,                // the disk refused (permissions, full disk)
    Crypto,            // a primitive failed (out of secure memory, bad key)
    Network,
    Unsupported,
    Cancelled,
};

struct Error {
    ErrorCode code = ErrorCode::None;
    QString message;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    // By value, so `for (x : f().value())` does not dangle.
    T value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    ErrorCode code() const { return ok() ? ErrorCode::None : error().code; }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    ErrorCode code() const { return ok() ? ErrorCode::None : m_error->code; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace vitae
