#pragma once
// A small argparse for line magics: positionals, --options with a value, flags, and -h/--help
// that returns the help text instead of exiting the process.
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace xcairo::kernel {

/// Bad magic arguments; what() is the usage line and the reason, as argparse prints them.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Splits a magic's argument line into words as a POSIX shell would (quotes, backslashes).
std::vector<std::string> split_words(const std::string& line);

class ParsedArgs {
public:
    /// A positional or option value (options by their name without dashes).
    std::optional<std::string> get(const std::string& name) const;
    bool flag(const std::string& name) const { return m_flags.contains(name); }

private:
    friend class ArgParser;
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
};

class ArgParser {
public:
    ArgParser(std::string prog, std::string description);

    ArgParser& positional(std::string name, std::string help, bool required = true);
    ArgParser& option(std::string name, std::string metavar, std::string help);
    ArgParser& flag(std::string name, std::string help);

    /// The parsed arguments, or nullopt when -h/--help asks for help(). Throws UsageError.
    std::optional<ParsedArgs> parse(const std::string& line) const;

    const std::string& prog() const noexcept { return m_prog; }
    std::string usage() const;
    std::string help() const;
    /// "--name" of every option and flag, and -h.
    std::vector<std::string> option_names() const;

private:
    struct Positional {
        std::string name;
        std::string help;
        bool required;
    };
    struct Option {
        std::string name;
        std::string metavar;  ///< empty for a flag
        std::string help;
    };

    [[noreturn]] void fail(const std::string& reason) const;
    const Option* find_option(const std::string& word) const;

    std::string m_prog;
    std::string m_description;
    std::vector<Positional> m_positionals;
    std::vector<Option> m_options;
};

}  // namespace xcairo::kernel
