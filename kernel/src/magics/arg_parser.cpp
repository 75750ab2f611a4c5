#include "magics/arg_parser.hpp"

namespace xcairo::kernel {

std::vector<std::string> split_words(const std::string& line) {
    std::vector<std::string> words;
    std::string word;
    bool in_word = false;
    char quote = 0;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote) {
            if (c == quote) {
                quote = 0;
            } else if (c == '\\' && quote == '"' && i + 1 < line.size()) {
                word += line[++i];
            } else {
                word += c;
            }
        } else if (c == '\'' || c == '"') {
            quote = c;
            in_word = true;
        } else if (c == '\\' && i + 1 < line.size()) {
            word += line[++i];
            in_word = true;
        } else if (c == ' ' || c == '\t' || c == '\n') {
            if (in_word) words.push_back(std::move(word));
            word.clear();
            in_word = false;
        } else {
            word += c;
            in_word = true;
        }
    }
    if (quote) throw UsageError(std::string("unterminated quote ") + quote);
    if (in_word) words.push_back(std::move(word));
    return words;
}

std::optional<std::string> ParsedArgs::get(const std::string& name) const {
    const auto it = m_values.find(name);
    if (it == m_values.end()) return std::nullopt;
    return it->second;
}

ArgParser::ArgParser(std::string prog, std::string description)
    : m_prog(std::move(prog)), m_description(std::move(description)) {}

ArgParser& ArgParser::positional(std::string name, std::string help, bool required) {
    m_positionals.push_back({std::move(name), std::move(help), required});
    return *this;
}

ArgParser& ArgParser::option(std::string name, std::string metavar, std::string help) {
    m_options.push_back({std::move(name), std::move(metavar), std::move(help)});
    return *this;
}

ArgParser& ArgParser::flag(std::string name, std::string help) {
    m_options.push_back({std::move(name), "", std::move(help)});
    return *this;
}

const ArgParser::Option* ArgParser::find_option(const std::string& word) const {
    for (const Option& option : m_options)
        if (word == "--" + option.name) return &option;
    return nullptr;
}

void ArgParser::fail(const std::string& reason) const {
    throw UsageError(usage() + "\n" + m_prog + ": error: " + reason);
}

std::optional<ParsedArgs> ArgParser::parse(const std::string& line) const {
    std::vector<std::string> words;
    try {
        words = split_words(line);
    } catch (const UsageError& e) {
        fail(e.what());
    }
    ParsedArgs args;
    size_t next_positional = 0;
    for (size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word == "-h" || word == "--help") return std::nullopt;
        // A word starting with '-' is an option, except a negative number.
        const bool looks_like_option = word.size() > 1 && word[0] == '-' &&
                                       !(word[1] >= '0' && word[1] <= '9');
        if (looks_like_option) {
            const Option* option = find_option(word);
            if (!option) fail("unrecognized argument: " + word);
            if (option->metavar.empty()) {
                args.m_flags.insert(option->name);
            } else {
                if (i + 1 >= words.size()) fail("argument --" + option->name + ": expected one argument");
                args.m_values[option->name] = words[++i];
            }
        } else {
            if (next_positional >= m_positionals.size()) fail("unrecognized argument: " + word);
            args.m_values[m_positionals[next_positional++].name] = word;
        }
    }
    for (size_t i = next_positional; i < m_positionals.size(); ++i)
        if (m_positionals[i].required) fail("the following argument is required: " + m_positionals[i].name);
    return args;
}

std::string ArgParser::usage() const {
    std::string text = "usage: %" + m_prog + " [-h]";
    for (const Option& option : m_options)
        text += " [--" + option.name + (option.metavar.empty() ? "" : " " + option.metavar) + "]";
    for (const Positional& positional : m_positionals)
        text += positional.required ? " " + positional.name : " [" + positional.name + "]";
    return text;
}

std::string ArgParser::help() const {
    std::string text = usage() + "\n\n" + m_description + "\n";
    const auto line = [&](const std::string& left, const std::string& help) {
        std::string entry = "  " + left;
        entry += entry.size() < 24 ? std::string(24 - entry.size(), ' ') : "\n" + std::string(24, ' ');
        text += entry + help + "\n";
    };
    if (!m_positionals.empty()) {
        text += "\npositional arguments:\n";
        for (const Positional& positional : m_positionals) line(positional.name, positional.help);
    }
    text += "\noptions:\n";
    line("-h, --help", "show this help");
    for (const Option& option : m_options)
        line("--" + option.name + (option.metavar.empty() ? "" : " " + option.metavar), option.help);
    return text;
}

std::vector<std::string> ArgParser::option_names() const {
    std::vector<std::string> names{"-h", "--help"};
    for (const Option& option : m_options) names.push_back("--" + option.name);
    return names;
}

}  // namespace xcairo::kernel
