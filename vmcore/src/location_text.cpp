// Location text as cairo-lang prints it: Location.to_string(_with_content), get_location_marks
// and LocationError.__str__. Lengths are counted in code points, as Python's len() does.
#include "vmcore/location_text.hpp"

#include <array>
#include <fstream>
#include <sstream>

namespace xcairo {
namespace {

/// Length of the line separator starting at s[i] as str.splitlines() recognises them, or 0.
size_t line_break_at(std::string_view s, size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\r') return i + 1 < s.size() && s[i + 1] == '\n' ? 2 : 1;
    if (c == '\n' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e) return 1;
    const auto next = [&](size_t k) {
        return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
    };
    if (c == 0xc2 && next(1) == 0x85) return 2;                                          // U+0085
    if (c == 0xe2 && next(1) == 0x80 && (next(2) == 0xa8 || next(2) == 0xa9)) return 3;  // U+2028/9
    return 0;
}

/// The line with 1-based number n as str.splitlines() numbers them; nullopt past the end.
std::optional<std::string_view> nth_line(std::string_view content, int64_t n) {
    if (n < 1) return std::nullopt;
    size_t start = 0;
    for (int64_t line = 1; start < content.size(); ++line) {
        size_t end = start;
        size_t brk = 0;
        while (end < content.size() && (brk = line_break_at(content, end)) == 0) ++end;
        if (line == n) return content.substr(start, end - start);
        start = end + brk;
    }
    return std::nullopt;
}

int64_t code_points(std::string_view s) {
    int64_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xc0) != 0x80) ++n;
    return n;
}

std::string repeat(char c, int64_t n) { return n > 0 ? std::string(size_t(n), c) : std::string(); }

/// InputFile.get_content: its own content, else file_contents (copied in by DebugInfo), else the
/// file itself; nullopt when unreadable.
std::optional<std::string> file_content(const Program& program, const Location& location) {
    if (location.content) return *location.content;
    if (!location.filename) return std::nullopt;
    if (const std::string* content = program.file_content(*location.filename)) return *content;
    std::ifstream in(*location.filename, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return text.str();
}

/// Length of the whitespace character str.rstrip() removes that ends s at position end, or 0.
size_t trailing_space(std::string_view s, size_t end) {
    const auto c = static_cast<unsigned char>(s[end - 1]);
    if (c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f)) return 1;
    static constexpr std::array<std::string_view, 8> kWide = {
        "\xc2\x85",     "\xc2\xa0",     "\xe1\x9a\x80", "\xe2\x80\xa8",
        "\xe2\x80\xa9", "\xe2\x80\xaf", "\xe2\x81\x9f", "\xe3\x80\x80"};
    const std::string_view head = s.substr(0, end);
    for (std::string_view w : kWide)
        if (head.ends_with(w)) return w.size();
    if (end >= 3 && head.substr(end - 3, 2) == "\xe2\x80") {  // U+2000..U+200A
        const auto last = static_cast<unsigned char>(head[end - 1]);
        if (last >= 0x80 && last <= 0x8a) return 3;
    }
    return 0;
}

std::string rstrip(std::string s) {
    size_t end = s.size();
    while (end > 0) {
        const size_t n = trailing_space(s, end);
        if (n == 0) break;
        end -= n;
    }
    s.resize(end);
    return s;
}

}  // namespace

std::string location_to_string(const Location& location, std::string_view message) {
    std::string s = location.filename.value_or("");
    s += ":" + std::to_string(location.start_line) + ":" + std::to_string(location.start_col);
    if (!message.empty()) {
        s += ": ";
        s += message;
    }
    return s;
}

std::string location_marks(std::string_view content, const Location& location) {
    const auto line = nth_line(content, location.start_line);
    if (!line) return "";
    const int64_t start_col = location.start_col;
    const int64_t end_col =
        location.start_line == location.end_line ? location.end_col : code_points(*line) + 1;
    std::string res(*line);
    res += "\n";
    res += repeat(' ', start_col - 1);
    res += "^";
    if (end_col > start_col + 1) {
        res += repeat('*', end_col - start_col - 2);
        res += "^";
    }
    return res;
}

std::string location_to_string_with_content(const Program& program, const Location& location,
                                            std::string_view message) {
    std::string first_line = location_to_string(location, message);
    const auto content = file_content(program, location);
    if (!content) return first_line;
    return first_line + "\n" + location_marks(*content, location);
}

std::string location_chain_text(const Program& program, const Location& location,
                                std::string_view message) {
    std::string text;
    const Location* loc = &location;
    std::string_view msg = message;
    for (;;) {
        text = location_to_string_with_content(program, *loc, msg) + "\n" + text;
        if (!loc->parent) break;
        msg = loc->parent_message;
        loc = loc->parent.get();
    }
    return text;
}

std::string location_error_text(const Program& program, std::string_view message,
                                const Location* location, std::string_view error_attr_value,
                                const std::optional<std::string>& traceback,
                                const std::vector<std::string>& notes) {
    std::string res(error_attr_value);
    if (location == nullptr) {
        res += message;
        res += "\n";
    } else {
        res += location_chain_text(program, *location, message);
    }
    if (traceback) res += *traceback + "\n";
    for (const std::string& note : notes) res += note + "\n";
    return rstrip(std::move(res));
}

}  // namespace xcairo
