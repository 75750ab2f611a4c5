// JSON parsing for the loader: a SAX builder that keeps big integers exact, and checked access.
#include "json_tree.hpp"

#include <charconv>
#include <vector>

#include "vmcore/errors.hpp"

namespace xcairo::json_tree {
namespace {

using nlohmann::json;

/// Builds a json tree; numbers nlohmann would turn into doubles are stored as their text.
class TreeBuilder : public nlohmann::json_sax<json> {
  public:
    explicit TreeBuilder(json& root) : m_root(root) {}

    bool null() override { return put(json(nullptr)); }
    bool boolean(bool v) override { return put(json(v)); }
    bool number_integer(number_integer_t v) override { return put(json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return put(json(v)); }
    bool number_float(number_float_t, const string_t& text) override {
        return put(json::binary(std::vector<uint8_t>(text.begin(), text.end())));
    }
    bool string(string_t& v) override { return put(json(std::move(v))); }
    bool binary(binary_t& v) override { return put(json::binary(std::move(v))); }
    bool start_object(std::size_t) override {
        m_stack.push_back(place(json::object()));
        return true;
    }
    bool key(string_t& k) override {
        m_key = std::move(k);
        return true;
    }
    bool end_object() override {
        m_stack.pop_back();
        return true;
    }
    bool start_array(std::size_t) override {
        m_stack.push_back(place(json::array()));
        return true;
    }
    bool end_array() override {
        m_stack.pop_back();
        return true;
    }
    bool parse_error(std::size_t, const std::string&,
                     const nlohmann::detail::exception& ex) override {
        std::string detail = ex.what();
        // Drop nlohmann's "[json.exception.parse_error.101] " tag; keep the description.
        if (const size_t tag_end = detail.find("] ");
            detail.rfind("[json.exception", 0) == 0 && tag_end != std::string::npos)
            detail.erase(0, tag_end + 2);
        throw LoadError(
            "Failed to load compiled program (not a valid JSON file). Did you compile the code "
            "before running it? Error: '" +
            detail + "'");
    }

  private:
    json* place(json v) {
        if (m_stack.empty()) {
            m_root = std::move(v);
            return &m_root;
        }
        json& parent = *m_stack.back();
        if (parent.is_array()) {
            parent.push_back(std::move(v));
            return &parent.back();
        }
        json& slot = parent[m_key];  // a repeated key keeps the last value, as Python's json does
        slot = std::move(v);
        return &slot;
    }
    bool put(json v) {
        place(std::move(v));
        return true;
    }

    json& m_root;
    std::vector<json*> m_stack;
    std::string m_key;
};

std::string quoted_key(std::string_view key) {
    std::string s = "[\"";
    s += key;
    s += "\"]";
    return s;
}

bool is_integer_text(std::string_view text) {
    if (!text.empty() && text[0] == '-') text.remove_prefix(1);
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}

}  // namespace

nlohmann::json parse(std::string_view text) {
    json root;
    TreeBuilder builder(root);
    json::sax_parse(text.begin(), text.end(), &builder);
    return root;
}

void Node::fail(std::string_view what) const { throw LoadError(m_path + ": " + std::string(what)); }

Node Node::at(std::string_view key) const {
    const json& obj = object();
    const auto it = obj.find(key);
    if (it == obj.end()) throw LoadError(m_path + "." + std::string(key) + ": missing");
    return Node(*it, m_path + "." + std::string(key));
}

std::optional<Node> Node::find(std::string_view key) const {
    const json& obj = object();
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return std::nullopt;
    return Node(*it, m_path + "." + std::string(key));
}

Node Node::item(size_t i) const {
    return Node(array().at(i), m_path + "[" + std::to_string(i) + "]");
}

Node Node::member(const std::string& key, const json& v) const {
    return Node(v, m_path + quoted_key(key));
}

const json& Node::object() const {
    if (!m_value->is_object()) fail("expected an object");
    return *m_value;
}

const json& Node::array() const {
    if (!m_value->is_array()) fail("expected a list");
    return *m_value;
}

std::string Node::string() const {
    if (!m_value->is_string()) fail("expected a string");
    return m_value->get<std::string>();
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

std::string Node::integer_text() const {
    if (m_value->is_number_unsigned()) return std::to_string(m_value->get<uint64_t>());
    if (m_value->is_number_integer()) return std::to_string(m_value->get<int64_t>());
    std::string text;
    if (m_value->is_binary()) {
        const auto& bytes = m_value->get_binary();
        text.assign(bytes.begin(), bytes.end());
    } else if (m_value->is_string()) {
        // marshmallow's Integer field also takes decimal text, as Python's int() reads it.
        text = m_value->get<std::string>();
        const size_t first = text.find_first_not_of(" \t\n\r\f\v");
        const size_t last = text.find_last_not_of(" \t\n\r\f\v");
        text = first == std::string::npos ? "" : text.substr(first, last - first + 1);
        if (!text.empty() && text[0] == '+') {
            text.erase(0, 1);
            if (!text.empty() && text[0] == '-') fail("expected an integer");
        }
    }
    if (!is_integer_text(text)) fail("expected an integer");
    // Canonical form: no leading zeros, no "-0".
    const bool negative = text[0] == '-';
    size_t digits = negative ? 1 : 0;
    while (digits + 1 < text.size() && text[digits] == '0') ++digits;
    text = (negative && text.substr(digits) != "0" ? "-" : "") + text.substr(digits);
    return text;
}

uint64_t pc_key(const Node& parent, const std::string& key) {
    uint64_t pc = 0;
    const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), pc);
    if (key.empty() || ec != std::errc() || end != key.data() + key.size())
        throw LoadError(parent.path() + quoted_key(key) +
                        ": expected a pc (a decimal integer key)");
    return pc;
}

}  // namespace xcairo::json_tree
