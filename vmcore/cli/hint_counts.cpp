#include "hint_counts.hpp"

#include <cstdio>
#include <stdexcept>
#include <fcntl.h>
#include <unistd.h>

namespace xcairo::cli {
namespace {

// A JSON string: hint texts hold newlines, quotes, backslashes and UTF-8 (passed through).
std::string json_string(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                    out += escaped;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

}  // namespace

std::string hint_counts_line(const std::string& program, const std::vector<HintExecutions>& hints) {
    std::string line = "{\"program\": " + json_string(program) + ", \"hints\": [";
    for (size_t i = 0; i < hints.size(); ++i) {
        line += (i ? ", " : "") + std::string("{\"code\": ") + json_string(hints[i].code) +
                ", \"native\": " + (hints[i].native ? "true" : "false") +
                ", \"executions\": " + std::to_string(hints[i].count) + "}";
    }
    return line + "]}\n";
}

void append_hint_counts(const std::string& path, const std::string& program,
                        const std::vector<HintExecutions>& hints) {
    const std::string line = hint_counts_line(program, hints);
    // O_APPEND and a single write: lines of runs sharing the file stay whole.
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT, 0644);
    if (fd < 0) throw std::runtime_error("xcairo-run: cannot open --hint_counts file '" + path + "'");
    const ssize_t written = ::write(fd, line.data(), line.size());
    ::close(fd);
    if (written != static_cast<ssize_t>(line.size()))
        throw std::runtime_error("xcairo-run: cannot write the --hint_counts file '" + path + "'");
}

}  // namespace xcairo::cli
