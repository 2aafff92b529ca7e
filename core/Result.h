// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Errors are values: every core function that can fail returns a Result that carries
// either its value or an Error with a message written for the person at the keyboard.
// No exception leaves core.

#include <QString>

#include <optional>
#include <utility>

/// What kind of failure happened; callers branch on it, users read the message.
enum class ErrorCode {
    Invalid,  ///< the input breaks a rule; the message says which and how to fix it
    NotFound,  ///< the record or file is not there
    Conflict,  ///< someone else saved the record since it was read
    Busy,  ///< another writer held the file for longer than the busy timeout
    NotOurs,  ///< the file is not an Accreditation Desk file
    Newer,  ///< the file was written by a newer version of the application
    Damaged,  ///< the file is corrupt, truncated or holds objects we did not create
    ReadOnly,  ///< the file (or this session) cannot be written
    DiskFull,  ///< the disk or quota is full; nothing was written
    Io,  ///< the operating system or the share failed to read or write
    Refused,  ///< a role, lease or stage rule forbids the action
    Internal  ///< a bug: the message says what failed so it can be reported
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    static Result failure(ErrorCode code, const QString& message) { return Result(Error{code, message}); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value, so that `for (x : f().value())` owns what it iterates instead of dangling.
    T value() && { return std::move(*m_value); }
    const Error& error() const { return m_error; }
    const QString& message() const { return m_error.message; }
    ErrorCode code() const { return m_error.code; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    static Result failure(ErrorCode code, const QString& message) { return Result(Error{code, message}); }
    static Result success() { return Result(); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    const QString& message() const { return m_error.message; }
    ErrorCode code() const { return m_error.code; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;
