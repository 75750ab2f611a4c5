#pragma once
// A checked view over parsed JSON: every accessor names the field path in its LoadError.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace xcairo::json_tree {

/// Parses JSON keeping integers of any size exactly (numbers that do not fit 64 bits are kept as
/// their text in a binary node). Throws LoadError with cairo-run's "not a valid JSON file" text.
nlohmann::json parse(std::string_view text);

/// A JSON value and the path that leads to it, e.g. program.identifiers["__main__.x"].pc.
class Node {
  public:
    Node(const nlohmann::json& value, std::string path)
        : m_value(&value), m_path(std::move(path)) {}

    const nlohmann::json& value() const noexcept { return *m_value; }
    const std::string& path() const noexcept { return m_path; }
    bool is_null() const noexcept { return m_value->is_null(); }

    /// A required member of an object.
    Node at(std::string_view key) const;
    /// An optional member: nullopt when absent or null.
    std::optional<Node> find(std::string_view key) const;
    /// The i-th item of an array.
    Node item(size_t i) const;
    /// The member named key of an object being iterated.
    Node member(const std::string& key, const nlohmann::json& v) const;

    const nlohmann::json& object() const;  ///< checks the node is an object
    const nlohmann::json& array() const;   ///< checks the node is an array
    std::string string() const;
    int64_t int64() const;
    uint64_t uint64() const;
    /// An integer of any size as exact decimal text ("-1",
    /// "340282366920938463463374607431768211456").
    std::string integer_text() const;

    [[noreturn]] void fail(std::string_view what) const;

  private:
    const nlohmann::json* m_value;
    std::string m_path;
};

/// A key of a JSON object holding a pc ("13"): decimal digits only.
uint64_t pc_key(const Node& parent, const std::string& key);

}  // namespace xcairo::json_tree
