#pragma once
// Exceptions thrown at the edges of vmcore (loading, CLI); the step loop itself uses status codes.
#include <stdexcept>
#include <string>

namespace xcairo {

/// Base of every error vmcore reports.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A program file that cannot be loaded: malformed JSON, missing field, wrong prime...
class LoadError : public Error {
public:
    using Error::Error;
};

}  // namespace xcairo

namespace xcairo {

/// A VM failure, what() being the whole text cairo-run prints for its VmException
/// (error attributes, location with source marks, Cairo traceback, notes).
class VmError : public Error {
public:
    VmError(std::string text, std::string pc, std::string inner)
        : Error(std::move(text)), m_pc(std::move(pc)), m_inner(std::move(inner)) {}
    /// "segment:offset" of the failing pc, or the integer for an integer pc.
    const std::string& pc() const noexcept { return m_pc; }
    /// The bare error, without location or traceback.
    const std::string& inner() const noexcept { return m_inner; }

private:
    std::string m_pc;
    std::string m_inner;
};

/// A failed check that cairo-run reports as "Error: <message>" (a Python AssertionError).
class AssertionFailure : public Error {
public:
    using Error::Error;
};

/// A failure cairo-run does not catch (it prints a Python traceback); python_type() is the
/// exception's qualified class name, printed before what() on the traceback's last line.
class UncaughtError : public Error {
public:
    UncaughtError(std::string python_type, std::string message)
        : Error(std::move(message)), m_python_type(std::move(python_type)) {}
    const std::string& python_type() const noexcept { return m_python_type; }

private:
    std::string m_python_type;
};

}  // namespace xcairo

namespace xcairo {

/// The text xcairo-run prints on stderr for an error, as cairo-run prints it: a VmError as it
/// is, an AssertionFailure (or another error) after "Error: ", an UncaughtError after its type.
std::string error_report(const std::exception& e);

}  // namespace xcairo
