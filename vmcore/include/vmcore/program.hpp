#pragma once
// Program: a compiled Cairo program (cairo-compile's JSON) parsed once into plain C++ types.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vmcore/cairo_expr.hpp"
#include "vmcore/errors.hpp"
#include "vmcore/felt.hpp"

namespace xcairo {

/// A source span; the parent chain records reference expansions ("While expanding ...").
struct Location {
    int64_t start_line = 0;
    int64_t start_col = 0;
    int64_t end_line = 0;
    int64_t end_col = 0;
    std::optional<std::string> filename;  ///< input_file.filename (null in rare programs)
    /// input_file.content when the JSON carries it (it then wins over file_contents and the disk)
    std::shared_ptr<const std::string> content;
    std::shared_ptr<const Location> parent;  ///< parent_location[0]
    std::string parent_message;              ///< parent_location[1]
};

/// cairo-lang's RegTrackingData: ap is known relative to another point iff the groups match.
struct ApTracking {
    int64_t group = 0;
    int64_t offset = 0;
    friend bool operator==(const ApTracking&, const ApTracking&) = default;
};

/// Full reference name -> index into Program::references: a sorted table over names that the
/// tables of one program share.
class ReferenceIds {
  public:
    using Entry = std::pair<std::string_view, uint64_t>;

    /// names_owner keeps the strings the entries view alive. Of repeated names the last wins.
    ReferenceIds(std::shared_ptr<const void> names_owner, std::vector<Entry> entries);

    std::optional<uint64_t> find(std::string_view full_name) const;
    /// Sorted by name.
    const std::vector<Entry>& entries() const noexcept { return m_entries; }

  private:
    std::shared_ptr<const void> m_names_owner;
    std::vector<Entry> m_entries;
};

/// FlowTrackingDataActual: ap tracking plus the reference id bound to each full name.
struct FlowTrackingData {
    ApTracking ap_tracking;
    /// Shared by every instruction, hint and attribute with the same bindings; null when the JSON
    /// has no reference_ids.
    std::shared_ptr<const ReferenceIds> reference_ids;

    /// The id bound to a full name, or nullopt (flow.py's resolve_reference).
    std::optional<uint64_t> reference_id(std::string_view full_name) const {
        return reference_ids ? reference_ids->find(full_name) : std::nullopt;
    }
};

/// One binding of a reference: its expression and the ap tracking where it was defined.
struct Reference {
    uint64_t pc = 0;
    ApTracking ap_tracking_data;
    std::string value_text;  ///< as stored, e.g. "[cast(fp + (-3), felt*)]"
    ExprPtr value;           ///< parsed value_text
};

struct HintLocation {
    Location location;
    int64_t n_prefix_newlines = 0;
};

struct InstructionLocation {
    Location inst;
    std::vector<std::optional<HintLocation>> hints;
    std::vector<std::string> accessible_scopes;
    std::optional<FlowTrackingData> flow_tracking_data;
};

struct DebugInfo {
    std::map<uint64_t, InstructionLocation> instruction_locations;
    std::map<std::string, std::string, std::less<>> file_contents;
};

struct Hint {
    std::string code;
    std::vector<std::string> accessible_scopes;
    FlowTrackingData flow_tracking_data;
};

/// An attribute scope, e.g. with_attr error_message("..."), over [start_pc, end_pc).
struct Attribute {
    std::string name;
    std::string value;
    uint64_t start_pc = 0;
    uint64_t end_pc = 0;
    std::vector<std::string> accessible_scopes;
    std::optional<FlowTrackingData> flow_tracking_data;
};

enum class IdentifierKind {
    Function,
    Label,
    Const,
    Struct,
    Member,
    Reference,
    Alias,
    TypeDefinition,
    Namespace,
    Scope
};
/// The "type" string of the JSON ("function", "label", "const", ...).
std::string_view identifier_kind_name(IdentifierKind kind);

struct Member {
    std::string name;
    int64_t offset = 0;
    CairoTypePtr cairo_type;
};

/// One entry of "identifiers"; which fields are meaningful depends on kind.
struct Identifier {
    IdentifierKind kind = IdentifierKind::Namespace;
    uint64_t pc = 0;                      ///< Function, Label
    std::vector<std::string> decorators;  ///< Function
    Felt value;                           ///< Const, reduced modulo P
    std::string value_dec;                ///< Const, exact signed decimal as written
    std::string full_name;                ///< Struct, Reference
    std::vector<Member> members;          ///< Struct, sorted by offset
    int64_t size = 0;                     ///< Struct
    int64_t offset = 0;                   ///< Member
    CairoTypePtr cairo_type;              ///< Member, Reference, TypeDefinition
    std::vector<Reference> references;    ///< Reference
    std::string destination;              ///< Alias

    /// The member with this name (Struct), or null.
    const Member* member(std::string_view name) const;
    /// Function or Label (cairo-lang's LabelDefinition).
    bool is_label() const {
        return kind == IdentifierKind::Function || kind == IdentifierKind::Label;
    }
};

/// Raised by identifier lookups with cairo-lang's IdentifierError messages.
class IdentifierError : public Error {
  public:
    using Error::Error;
};
/// "Unknown identifier 'x'."; fullname() is the first name that was not found.
class MissingIdentifierError : public IdentifierError {
  public:
    explicit MissingIdentifierError(std::string fullname);
    const std::string& fullname() const noexcept { return m_fullname; }

  private:
    std::string m_fullname;
};

struct IdentifierSearchResult {
    const Identifier* definition = nullptr;
    std::string canonical_name;
    std::string non_parsed;  ///< the unresolved dotted suffix, "" when fully parsed

    /// canonical_name; throws IdentifierError when a suffix remains ("Unexpected '.' after ...").
    const std::string& fully_parsed_name() const;
};

/// cairo-lang's IdentifierManager over dotted full names.
class IdentifierTable {
  public:
    void add(std::string full_name, Identifier identifier);
    const std::map<std::string, Identifier, std::less<>>& all() const noexcept {
        return m_identifiers;
    }

    /// The definition of a full name, no alias resolution (get_by_full_name).
    const Identifier* find(std::string_view full_name) const;
    /// IdentifierManager.get: lookup with alias resolution; throws IdentifierError.
    IdentifierSearchResult get(std::string_view name) const;
    /// IdentifierManager.search: later scopes override earlier ones; throws IdentifierError.
    IdentifierSearchResult search(const std::vector<std::string>& accessible_scopes,
                                  std::string_view name) const;
    /// IdentifierManager.search_scope: the full name of the scope found; throws IdentifierError.
    std::string search_scope(const std::vector<std::string>& accessible_scopes,
                             std::string_view name) const;
    /// The struct definition of a full struct name (aliases followed); throws IdentifierError.
    const Identifier& struct_definition(std::string_view full_name) const;
    /// Size in felts of a type (felt, pointer: 1; struct: its size; tuple: sum); throws.
    int64_t type_size(const CairoType& type) const;

  private:
    IdentifierSearchResult get_raw(std::string_view name) const;
    std::string get_scope(std::string_view name) const;
    bool is_scope(std::string_view full_name) const;

    std::map<std::string, Identifier, std::less<>> m_identifiers;
    std::set<std::string, std::less<>> m_scopes;  // every proper prefix of an identifier name
};

/// The Stark prime, the only one xcairo runs.
inline constexpr std::string_view kStarkPrimeHex =
    "0x800000000000011000000000000000000000000000000000000000000000001";

/// A compiled program, everything the VM and its error reporting need.
struct Program {
    std::vector<Felt> data;
    std::vector<std::string> builtins;
    std::string main_scope;
    std::optional<std::string> compiler_version;
    std::map<uint64_t, std::vector<Hint>> hints;
    IdentifierTable identifiers;
    std::vector<Reference> references;  ///< reference_manager.references, by id
    std::vector<Attribute> attributes;
    std::optional<DebugInfo> debug_info;

    /// Program.main: the pc of "main" searched from main_scope; nullopt when missing.
    /// Throws IdentifierError when "main" is not a label.
    std::optional<uint64_t> main() const;
    /// Program.get_label: pc of a label searched from main_scope, e.g. "__start__", "__end__".
    /// nullopt when missing; throws IdentifierError when it is not a label.
    std::optional<uint64_t> label(std::string_view name) const;
    /// Program.start: the pc of "__start__", else 0.
    uint64_t start() const;
    /// Debug info of the instruction at pc, or null.
    const InstructionLocation* instruction_location(uint64_t pc) const;
    /// debug_info.file_contents[filename], or null.
    const std::string* file_content(std::string_view filename) const;
};

/// Reads and parses a compiled program; throws LoadError with cairo-run's wording where it has one.
Program load_program_file(const std::string& path);
/// Parses compiled-program JSON text; throws LoadError.
Program load_program_json(std::string_view text);

}  // namespace xcairo
