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
