#pragma once
// JSON for the loader: a fast parser that accepts what Python's json module accepts (and reports
// its errors in its words and positions), and a checked view whose errors name the field path.
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vmcore/errors.hpp"

namespace xcairo::json_tree {

enum class Kind : uint8_t { Null, False, True, Number, String, Array, Object };

/// One parsed value. Children of arrays and objects are contiguous in the document.
struct Value {
    Kind kind = Kind::Null;
    mutable bool data_keys = false;  ///< an object read as a map: its keys print as ["key"]
    uint32_t parent = UINT32_MAX;
    uint32_t first = 0;     ///< first child (Array, Object)
    uint32_t count = 0;     ///< number of children (Array, Object)
    std::string_view text;  ///< String: decoded text; Number, Array, Object: the text as written
    std::string_view key;   ///< the member name when the parent is an object
};

class Node;

/// A text that is not JSON: what() is cairo-run's "not a valid JSON file" text for a program,
/// detail() Python's JSONDecodeError message.
class DecodeError : public LoadError {
  public:
    explicit DecodeError(std::string detail)
        : LoadError("Failed to load compiled program (not a valid JSON file). Did you compile the "
                    "code before running it? Error: '" + detail + "'"),
          m_detail(std::move(detail)) {}
    const std::string& detail() const noexcept { return m_detail; }

  private:
    std::string m_detail;
};

/// A parsed JSON text. Throws LoadError with cairo-run's "not a valid JSON file" text, in which
/// the detail is Python's JSONDecodeError message. The text must outlive the document.
class Document {
  public:
    /// root_name names the root value in error paths.
    Document(std::string_view text, std::string root_name);
    Node root() const;

  private:
    friend class Node;
    friend class Parser;
    std::vector<Value> m_values;
    std::deque<std::string> m_decoded;  // strings that had escapes
    std::string m_root_name;
};

/// A value of a document; every accessor failure names its path, e.g.
/// program.identifiers["__main__.x"].pc.
class Node {
  public:
    Node(const Document& doc, uint32_t index) : m_doc(&doc), m_index(index) {}

    bool is_null() const noexcept { return value().kind == Kind::Null; }
    Kind kind() const noexcept { return value().kind; }

    /// A required member of an object.
    Node at(std::string_view key) const;
    /// An optional member: nullopt when absent or null.
    std::optional<Node> find(std::string_view key) const;
    /// Fails on a member not named in `fields` (marshmallow's unknown=RAISE): "<path>.x: unknown
    /// field". Returns *this for chaining.
    const Node& only(std::initializer_list<std::string_view> fields) const;
    /// Number of items of an array.
    size_t size() const;
    /// The i-th item of an array (i < size()).
    Node item(size_t i) const;
    /// The JSON text of an array or object as written (equal texts, equal values).
    std::string_view source() const { return value().text; }
    /// The members of an object read as a map, in document order.
    std::vector<std::pair<std::string_view, Node>> entries() const;

    std::string string() const;
    /// The string's text without a copy (valid while the document lives).
    std::string_view string_view() const;
    /// An integer as marshmallow's Integer field reads it (JSON integers, integral parts of
    /// other numbers, decimal text); exact decimal text of any size.
    std::string integer_text() const;
    int64_t int64() const;
    uint64_t uint64() const;

    std::string path() const;
    [[noreturn]] void fail(std::string_view what) const;
    /// Fails naming a member key of this (map) object.
    [[noreturn]] void fail_key(std::string_view key, std::string_view what) const;

  private:
    const Value& value() const { return m_doc->m_values[m_index]; }
    void check_kind(Kind kind, const char* what) const;

    const Document* m_doc;
    uint32_t m_index;
};

/// A map key holding an integer ("13" in "hints"), read like marshmallow's Integer field.
uint64_t pc_key(const Node& map, std::string_view key);

}  // namespace xcairo::json_tree
