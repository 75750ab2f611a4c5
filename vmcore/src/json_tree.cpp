// The loader's JSON: a parser with the grammar and error reporting of CPython's json module
// (_json.c scan_once, scanstring, _parse_object, _parse_array, _match_number), building a flat
// tree whose containers keep their children contiguous; and checked, path-naming access.
#include "json_tree.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "vmcore/errors.hpp"

namespace xcairo::json_tree {

/// Characters that end a run of plain string content: the quote, the backslash, controls.
constexpr auto kStringStop = [] {
    std::array<bool, 256> stop{};
    for (int c = 0; c < 0x20; ++c) stop[size_t(c)] = true;
    stop['"'] = stop['\\'] = true;
    return stop;
}();

/// Recursive descent over the text; containers collect their children on a scratch stack and
/// move them to the document when they close.
class Parser {
  public:
    Parser(Document& doc, std::string_view text) : m_doc(doc), m_s(text) {}

    void parse() {
        // json.loads refuses a byte order mark before looking at the text.
        if (m_s.substr(0, 3) == "\xef\xbb\xbf")
            error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
        m_doc.m_values.reserve(m_s.size() / 24);  // about one value per 24 bytes of compiled JSON
        size_t idx = skip_ws(0);
        Value root;
        idx = scan_once(idx, root, 0);
        idx = skip_ws(idx);
        if (idx != m_s.size()) error("Extra data", idx);
        m_doc.m_values.push_back(root);
        fix_parents();
    }

  private:
    static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    static bool is_digit(char c) { return c >= '0' && c <= '9'; }

    size_t skip_ws(size_t idx) const {
        while (idx < m_s.size() && is_ws(m_s[idx])) ++idx;
        return idx;
    }

    bool matches(size_t idx, std::string_view word) const {
        return m_s.compare(idx, word.size(), word) == 0;
    }

    /// JSONDecodeError's text: "msg: line L column C (char N)", positions in the characters of
    /// the text as Python read it (universal newlines, code points).
    [[noreturn]] void error(const char* msg, size_t pos) const {
        size_t chars = 0;
        size_t line = 1;
        size_t col = 1;
        for (size_t i = 0; i < pos && i < m_s.size(); ++i) {
            const auto c = static_cast<unsigned char>(m_s[i]);
            if ((c & 0xc0) == 0x80) continue;  // UTF-8 continuation
            if (c == '\r' && i + 1 < m_s.size() && m_s[i + 1] == '\n')
                continue;  // "\r\n" reads as "\n"
            ++chars;
            if (c == '\n' || c == '\r') {
                ++line;
                col = 1;
            } else {
                ++col;
            }
        }
        throw DecodeError(std::string(msg) + ": line " + std::to_string(line) + " column " +
                          std::to_string(col) + " (char " + std::to_string(chars) + ")");
    }

    [[noreturn]] void stop_iteration(size_t idx) const { error("Expecting value", idx); }

    /// scan_once_unicode: one value at idx; returns the index after it.
    size_t scan_once(size_t idx, Value& out, int depth) {
        if (idx >= m_s.size()) stop_iteration(idx);
        const size_t n = m_s.size();
        switch (m_s[idx]) {
            case '"':
                out.kind = Kind::String;
                return scan_string(idx + 1, out.text);
            case '{':
                return parse_container(idx + 1, out, depth, Kind::Object);
            case '[':
                return parse_container(idx + 1, out, depth, Kind::Array);
            case 'n':
                if (idx + 3 < n && matches(idx, "null")) {
                    out.kind = Kind::Null;
                    return idx + 4;
                }
                break;
            case 't':
                if (idx + 3 < n && matches(idx, "true")) {
                    out.kind = Kind::True;
                    return idx + 4;
                }
                break;
            case 'f':
                if (idx + 4 < n && matches(idx, "false")) {
                    out.kind = Kind::False;
                    return idx + 5;
                }
                break;
            case 'N':
                if (idx + 2 < n && matches(idx, "NaN")) return number(out, idx, idx + 3);
                break;
            case 'I':
                if (idx + 7 < n && matches(idx, "Infinity")) return number(out, idx, idx + 8);
                break;
            case '-':
                if (idx + 8 < n && matches(idx, "-Infinity")) return number(out, idx, idx + 9);
                break;
            default:
                break;
        }
        return match_number(idx, out);
    }

    size_t number(Value& out, size_t start, size_t end) const {
        out.kind = Kind::Number;
        out.text = m_s.substr(start, end - start);
        return end;
    }

    /// _match_number_unicode, including its backtracking on a bare exponent marker.
    size_t match_number(size_t start, Value& out) const {
        const size_t n = m_s.size();
        size_t idx = start;
        if (m_s[idx] == '-') {
            ++idx;
            if (idx >= n) stop_iteration(start);
        }
        if (m_s[idx] >= '1' && m_s[idx] <= '9') {
            ++idx;
            while (idx < n && is_digit(m_s[idx])) ++idx;
        } else if (m_s[idx] == '0') {
            ++idx;
        } else {
            stop_iteration(start);
        }
        if (idx + 1 < n && m_s[idx] == '.' && is_digit(m_s[idx + 1])) {
            idx += 2;
            while (idx < n && is_digit(m_s[idx])) ++idx;
        }
        if (idx + 1 < n && (m_s[idx] == 'e' || m_s[idx] == 'E')) {
            const size_t e_start = idx++;
            if (idx + 1 < n && (m_s[idx] == '-' || m_s[idx] == '+')) ++idx;
            while (idx < n && is_digit(m_s[idx])) ++idx;
            if (!is_digit(m_s[idx - 1])) idx = e_start;
        }
        return number(out, start, idx);
    }

    static int hex_digit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    static void append_utf8(std::string& s, uint32_t cp) {
        // Lone surrogates are kept as Python keeps them, encoded like any other code point.
        if (cp < 0x80) {
            s += char(cp);
        } else if (cp < 0x800) {
            s += char(0xc0 | (cp >> 6));
            s += char(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            s += char(0xe0 | (cp >> 12));
            s += char(0x80 | ((cp >> 6) & 0x3f));
            s += char(0x80 | (cp & 0x3f));
        } else {
            s += char(0xf0 | (cp >> 18));
            s += char(0x80 | ((cp >> 12) & 0x3f));
            s += char(0x80 | ((cp >> 6) & 0x3f));
            s += char(0x80 | (cp & 0x3f));
        }
    }

    /// Four hex digits at [next, next + 4); the error position is where the escape's digits start
    /// minus one, as _json.c reports it.
    uint32_t hex4(size_t next) const {
        uint32_t c = 0;
        for (size_t k = 0; k < 4; ++k) {
            const int d = hex_digit(m_s[next + k]);
            if (d < 0) error("Invalid \\uXXXX escape", next - 1);
            c = (c << 4) | uint32_t(d);
        }
        return c;
    }

    /// scanstring_unicode (strict): `end` is the index after the opening quote.
    size_t scan_string(size_t end, std::string_view& out) {
        const size_t n = m_s.size();
        const size_t begin = end - 1;
        std::string* decoded = nullptr;
        for (;;) {
            size_t next = end;
            char c = 0;
            while (next < n && !kStringStop[static_cast<unsigned char>(m_s[next])]) ++next;
            if (next < n) {
                c = m_s[next];
                if (c != '"' && c != '\\') error("Invalid control character at", next);
            }
            if (next >= n) error("Unterminated string starting at", begin);
            if (c == '"' && decoded == nullptr) {
                out = m_s.substr(begin + 1, next - begin - 1);
                return next + 1;
            }
            if (decoded == nullptr) decoded = &m_doc.m_decoded.emplace_back();
            decoded->append(m_s, end, next - end);
            ++next;
            if (c == '"') {
                out = *decoded;
                return next;
            }
            if (next == n) error("Unterminated string starting at", begin);
            c = m_s[next];
            if (c != 'u') {
                end = next + 1;
                switch (c) {
                    case '"':
                    case '\\':
                    case '/':
                        break;
                    case 'b':
                        c = '\b';
                        break;
                    case 'f':
                        c = '\f';
                        break;
                    case 'n':
                        c = '\n';
                        break;
                    case 'r':
                        c = '\r';
                        break;
                    case 't':
                        c = '\t';
                        break;
                    default:
                        error("Invalid \\escape", end - 2);
                }
                *decoded += c;
                continue;
            }
            ++next;
            end = next + 4;
            if (end >= n) error("Invalid \\uXXXX escape", next - 1);
            uint32_t cp = hex4(next);
            next = end;
            if (cp >= 0xd800 && cp <= 0xdbff && end + 6 < n && m_s[next] == '\\' &&
                m_s[next + 1] == 'u') {
                const uint32_t low = hex4(next + 2);
                if (low >= 0xdc00 && low <= 0xdfff) {
                    cp = 0x10000 + (((cp - 0xd800) << 10) | (low - 0xdc00));
                    end += 6;
                }
            }
            append_utf8(*decoded, cp);
        }
    }

    /// _parse_object_unicode / _parse_array_unicode: `idx` is the index after the bracket.
    size_t parse_container(size_t idx, Value& out, int depth, Kind kind) {
        // CPython gives up with a RecursionError around this depth.
        if (depth >= 1000) error("Nesting too deep", idx - 1);
        const size_t open = idx - 1;
        const bool object = kind == Kind::Object;
        const char close = object ? '}' : ']';
        const size_t n = m_s.size();
        const size_t base = m_scratch.size();
        idx = skip_ws(idx);
        if (idx >= n || m_s[idx] != close) {
            for (;;) {
                Value item;
                if (object) {
                    if (idx >= n || m_s[idx] != '"')
                        error("Expecting property name enclosed in double quotes", idx);
                    idx = scan_string(idx + 1, item.key);
                    idx = skip_ws(idx);
                    if (idx >= n || m_s[idx] != ':') error("Expecting ':' delimiter", idx);
                    idx = skip_ws(idx + 1);
                }
                idx = scan_once(idx, item, depth + 1);
                m_scratch.push_back(item);
                idx = skip_ws(idx);
                if (idx < n && m_s[idx] == close) break;
                if (idx >= n || m_s[idx] != ',') error("Expecting ',' delimiter", idx);
                idx = skip_ws(idx + 1);
            }
        }
        out.kind = kind;
        out.text = m_s.substr(open, idx + 1 - open);
        out.first = uint32_t(m_doc.m_values.size());
        out.count = uint32_t(m_scratch.size() - base);
        m_doc.m_values.insert(m_doc.m_values.end(), m_scratch.begin() + std::ptrdiff_t(base),
                              m_scratch.end());
        m_scratch.resize(base);
        return idx + 1;
    }

    void fix_parents() {
        auto& values = m_doc.m_values;
        for (uint32_t i = 0; i < values.size(); ++i) {
            const Value& v = values[i];
            if (v.kind != Kind::Array && v.kind != Kind::Object) continue;
            for (uint32_t k = 0; k < v.count; ++k) values[v.first + k].parent = i;
        }
    }

    Document& m_doc;
    std::string_view m_s;
    std::vector<Value> m_scratch;
};

namespace {

bool is_identifier_like(std::string_view key) {
    if (key.empty() || (key[0] >= '0' && key[0] <= '9')) return false;
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_'))
            return false;
    return true;
}

std::string key_path(std::string_view key, bool data_key) {
    if (!data_key && is_identifier_like(key)) return "." + std::string(key);
    return "[\"" + std::string(key) + "\"]";
}

/// Python's int() of a str: surrounding whitespace, a sign, digits with single underscores.
std::optional<std::string> python_int_text(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || (text.front() >= '\t' && text.front() <= '\r')))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || (text.back() >= '\t' && text.back() <= '\r')))
        text.remove_suffix(1);
    bool negative = false;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    std::string digits;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            digits += c;
        } else if (c != '_' || i == 0 || i + 1 == text.size() || text[i + 1] == '_') {
            return std::nullopt;
        }
    }
    if (digits.empty()) return std::nullopt;
    const size_t nonzero = digits.find_first_not_of('0');
    if (nonzero == std::string::npos) return "0";
    return (negative ? "-" : "") + digits.substr(nonzero);
}

}  // namespace

Document::Document(std::string_view text, std::string root_name)
    : m_root_name(std::move(root_name)) {
    Parser(*this, text).parse();
}

Node Document::root() const { return Node(*this, uint32_t(m_values.size() - 1)); }

std::string Node::path() const {
    const Value& v = value();
    if (v.parent == UINT32_MAX) return m_doc->m_root_name;
    const Node parent(*m_doc, v.parent);
    const Value& p = parent.value();
    if (p.kind == Kind::Array) return parent.path() + "[" + std::to_string(m_index - p.first) + "]";
    return parent.path() + key_path(v.key, p.data_keys);
}

void Node::fail(std::string_view what) const { throw LoadError(path() + ": " + std::string(what)); }

void Node::fail_key(std::string_view key, std::string_view what) const {
    throw LoadError(path() + key_path(key, true) + ": " + std::string(what));
}

void Node::check_kind(Kind kind, const char* what) const {
    if (value().kind != kind) fail(what);
}

Node Node::at(std::string_view key) const {
    if (auto found = find(key)) return *found;
    const Value& v = value();
    for (uint32_t k = v.count; k-- > 0;)  // present but null
        if (m_doc->m_values[v.first + k].key == key) return Node(*m_doc, v.first + k);
    throw LoadError(path() + key_path(key, false) + ": missing");
}

std::optional<Node> Node::find(std::string_view key) const {
    check_kind(Kind::Object, "expected an object");
    const Value& v = value();
    // The last of repeated keys wins, as in a Python dict.
    for (uint32_t k = v.count; k-- > 0;) {
        const Value& member = m_doc->m_values[v.first + k];
        if (member.key != key) continue;
        if (member.kind == Kind::Null) return std::nullopt;
        return Node(*m_doc, v.first + k);
    }
    return std::nullopt;
}

const Node& Node::only(std::initializer_list<std::string_view> fields) const {
    check_kind(Kind::Object, "expected an object");
    const Value& v = value();
    for (uint32_t k = 0; k < v.count; ++k) {
        const std::string_view key = m_doc->m_values[v.first + k].key;
        if (std::find(fields.begin(), fields.end(), key) == fields.end())
            Node(*m_doc, v.first + k).fail("unknown field");
    }
    return *this;
}

size_t Node::size() const {
    check_kind(Kind::Array, "expected a list");
    return value().count;
}

Node Node::item(size_t i) const { return Node(*m_doc, value().first + uint32_t(i)); }

std::vector<std::pair<std::string_view, Node>> Node::entries() const {
    check_kind(Kind::Object, "expected an object");
    const Value& v = value();
    v.data_keys = true;
    std::vector<std::pair<std::string_view, Node>> out;
    out.reserve(v.count);
    for (uint32_t k = 0; k < v.count; ++k)
        out.emplace_back(m_doc->m_values[v.first + k].key, Node(*m_doc, v.first + k));
    return out;
}

std::string Node::string() const { return std::string(string_view()); }

std::string_view Node::string_view() const {
    check_kind(Kind::String, "expected a string");
    return value().text;
}

std::string Node::integer_text() const {
    const Value& v = value();
    if (v.kind == Kind::String) {
        if (auto text = python_int_text(v.text)) return *text;
    } else if (v.kind == Kind::Number) {
        const std::string_view t = v.text;
        if (t.find_first_of(".eEIN") == std::string_view::npos) return *python_int_text(t);
        // Floats: marshmallow takes int(value), truncating toward zero.
        const double d = std::strtod(std::string(t).c_str(), nullptr);
        if (std::isnan(d)) fail("expected an integer");
        if (!(std::fabs(d) < 9223372036854775808.0)) fail("integer out of range");
        return std::to_string(static_cast<int64_t>(d));
    }
    fail("expected an integer");
}

int64_t Node::int64() const {
    const std::string text = integer_text();
    int64_t v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size()) fail("integer out of range");
    return v;
}

uint64_t Node::uint64() const {
    const std::string text = integer_text();
    if (text[0] == '-') fail("expected a non-negative integer");
    uint64_t v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size()) fail("integer out of range");
    return v;
}

uint64_t pc_key(const Node& map, std::string_view key) {
    const auto text = python_int_text(key);
    if (!text || (*text)[0] == '-') map.fail_key(key, "expected a pc (a non-negative integer key)");
    uint64_t pc = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), pc);
    if (ec != std::errc() || end != text->data() + text->size())
        map.fail_key(key, "integer out of range");
    return pc;
}

}  // namespace xcairo::json_tree
