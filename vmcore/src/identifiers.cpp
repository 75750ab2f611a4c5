// Identifier lookups with cairo-lang's semantics (IdentifierManager, IdentifierScope) over the flat
// table of full names, and the Program lookups built on them.
#include <algorithm>
#include <utility>

#include "vmcore/program.hpp"

namespace xcairo {
namespace {

std::vector<std::string_view> split(std::string_view name) {
    std::vector<std::string_view> parts;
    if (name.empty()) return parts;
    for (;;) {
        const size_t dot = name.find('.');
        parts.push_back(name.substr(0, dot));
        if (dot == std::string_view::npos) return parts;
        name.remove_prefix(dot + 1);
    }
}

std::string join(std::string_view a, std::string_view b) {
    if (a.empty()) return std::string(b);
    if (b.empty()) return std::string(a);
    std::string s(a);
    s += '.';
    s += b;
    return s;
}

std::string first_part(std::string_view name) {
    return std::string(name.substr(0, name.find('.')));
}

/// ScopedName.startswith: the first components of name are those of prefix.
bool starts_with_scope(std::string_view name, std::string_view prefix) {
    const auto n = split(name);
    const auto p = split(prefix);
    return p.size() <= n.size() && std::equal(p.begin(), p.end(), n.begin());
}

class NotAScopeError : public IdentifierError {
  public:
    NotAScopeError(const std::string& fullname, const Identifier& definition,
                   std::string non_parsed)
        : IdentifierError("Identifier '" + fullname + "' is " +
                          std::string(identifier_kind_name(definition.kind)) +
                          ", expected a scope."),
          m_definition(&definition),
          m_non_parsed(std::move(non_parsed)) {}
    const Identifier& definition() const { return *m_definition; }
    const std::string& non_parsed() const { return m_non_parsed; }

  private:
    const Identifier* m_definition;
    std::string m_non_parsed;
};

std::string arrow_list(const std::vector<std::string>& names) {
    std::string s;
    for (const std::string& n : names) s += (s.empty() ? "" : " -> ") + n;
    return s;
}

}  // namespace

std::string_view identifier_kind_name(IdentifierKind kind) {
    switch (kind) {
        case IdentifierKind::Function:
            return "function";
        case IdentifierKind::Label:
            return "label";
        case IdentifierKind::Const:
            return "const";
        case IdentifierKind::Struct:
            return "struct";
        case IdentifierKind::Member:
            return "member";
        case IdentifierKind::Reference:
            return "reference";
        case IdentifierKind::Alias:
            return "alias";
        case IdentifierKind::TypeDefinition:
            return "type_definition";
        case IdentifierKind::Namespace:
            return "namespace";
        case IdentifierKind::Scope:
            return "scope";
    }
    return "unknown";
}

ReferenceIds::ReferenceIds(std::shared_ptr<const void> names_owner, std::vector<Entry> entries)
    : m_names_owner(std::move(names_owner)) {
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.first < b.first; });
    for (Entry& e : entries) {
        if (!m_entries.empty() && m_entries.back().first == e.first)
            m_entries.back() = e;  // a repeated JSON key: the last one counts
        else
            m_entries.push_back(e);
    }
}

std::optional<uint64_t> ReferenceIds::find(std::string_view full_name) const {
    const auto it =
        std::lower_bound(m_entries.begin(), m_entries.end(), full_name,
                         [](const Entry& e, std::string_view name) { return e.first < name; });
    if (it == m_entries.end() || it->first != full_name) return std::nullopt;
    return it->second;
}

const Member* Identifier::member(std::string_view name) const {
    for (const Member& m : members)
        if (m.name == name) return &m;
    return nullptr;
}

MissingIdentifierError::MissingIdentifierError(std::string fullname)
    : IdentifierError("Unknown identifier '" + fullname + "'."), m_fullname(std::move(fullname)) {}

const std::string& IdentifierSearchResult::fully_parsed_name() const {
    if (!non_parsed.empty())
        throw IdentifierError("Unexpected '.' after '" + canonical_name + "' which is " +
                              std::string(identifier_kind_name(definition->kind)) + ".");
    return canonical_name;
}

void IdentifierTable::add(std::string full_name, Identifier identifier) {
    for (size_t dot = full_name.find('.'); dot != std::string::npos;
         dot = full_name.find('.', dot + 1))
        m_scopes.insert(full_name.substr(0, dot));
    m_identifiers.insert_or_assign(std::move(full_name), std::move(identifier));
}

const Identifier* IdentifierTable::find(std::string_view full_name) const {
    const auto it = m_identifiers.find(full_name);
    return it == m_identifiers.end() ? nullptr : &it->second;
}

bool IdentifierTable::is_scope(std::string_view full_name) const {
    return full_name.empty() || m_scopes.find(full_name) != m_scopes.end();
}

IdentifierSearchResult IdentifierTable::get_raw(std::string_view name) const {
    const auto parts = split(name);
    std::string prefix;
    for (size_t i = 0; i < parts.size(); ++i) {
        std::string canonical = join(prefix, parts[i]);
        const bool last = i + 1 == parts.size();
        // A longer name descends into a scope of that name before looking at identifiers.
        if (!last && m_scopes.find(canonical) != m_scopes.end()) {
            prefix = std::move(canonical);
            continue;
        }
        if (const Identifier* def = find(canonical)) {
            std::string rest;
            for (size_t k = i + 1; k < parts.size(); ++k) rest = join(rest, parts[k]);
            return {def, std::move(canonical), std::move(rest)};
        }
        if (m_scopes.find(canonical) != m_scopes.end())
            throw IdentifierError("Expected '" + canonical +
                                  "' to be an identifier, found a scope name.");
        throw MissingIdentifierError(canonical);
    }
    throw IdentifierError("The 'name' argument must not be empty.");
}

IdentifierSearchResult IdentifierTable::get(std::string_view name) const {
    std::vector<std::string> visited{std::string(name)};
    IdentifierSearchResult result = get_raw(name);
    while (result.definition->kind == IdentifierKind::Alias) {
        std::string current = join(result.definition->destination, result.non_parsed);
        if (std::find(visited.begin(), visited.end(), current) != visited.end()) {
            visited.push_back(current);
            throw IdentifierError("Cyclic aliasing detected: " + arrow_list(visited));
        }
        visited.push_back(current);
        try {
            result = get_raw(current);
        } catch (const MissingIdentifierError& e) {
            throw IdentifierError("Alias resolution failed: " + arrow_list(visited) + ". " +
                                  e.what());
        }
    }
    return result;
}

IdentifierSearchResult IdentifierTable::search(const std::vector<std::string>& accessible_scopes,
                                               std::string_view name) const {
    for (auto scope = accessible_scopes.rbegin(); scope != accessible_scopes.rend(); ++scope) {
        try {
            return get(join(*scope, name));
        } catch (const MissingIdentifierError& e) {
            // Only a miss on the first name component moves on to the next accessible scope.
            if (starts_with_scope(join(*scope, first_part(name)), e.fullname())) continue;
            throw;
        }
    }
    throw MissingIdentifierError(first_part(name));
}

std::string IdentifierTable::get_scope(std::string_view name) const {
    // IdentifierScope.get_scope from the root: descend through scopes, fail on an identifier.
    const auto parts = split(name);
    std::string prefix;
    for (size_t i = 0; i < parts.size(); ++i) {
        std::string full = join(prefix, parts[i]);
        if (m_scopes.find(full) != m_scopes.end()) {
            prefix = std::move(full);
            continue;
        }
        const Identifier* def = find(full);
        if (def == nullptr) throw MissingIdentifierError(full);
        std::string rest;
        for (size_t k = i + 1; k < parts.size(); ++k) rest = join(rest, parts[k]);
        throw NotAScopeError(full, *def, std::move(rest));
    }
    return prefix;
}

std::string IdentifierTable::search_scope(const std::vector<std::string>& accessible_scopes,
                                          std::string_view name) const {
    // IdentifierManager.get_scope (aliases followed) tried from the last accessible scope.
    auto resolve = [this](std::string current) {
        std::vector<std::string> visited;
        try {
            while (std::find(visited.begin(), visited.end(), current) == visited.end()) {
                visited.push_back(current);
                try {
                    return get_scope(current);
                } catch (const NotAScopeError& e) {
                    if (e.definition().kind != IdentifierKind::Alias) throw;
                    current = join(e.definition().destination, e.non_parsed());
                }
            }
        } catch (const IdentifierError& e) {
            if (visited.size() == 1) throw;
            throw IdentifierError("Alias resolution failed: " + arrow_list(visited) + ". " +
                                  e.what());
        }
        visited.push_back(current);
        throw IdentifierError("Cyclic aliasing detected: " + arrow_list(visited));
    };
    for (auto scope = accessible_scopes.rbegin(); scope != accessible_scopes.rend(); ++scope) {
        try {
            return resolve(join(*scope, name));
        } catch (const MissingIdentifierError& e) {
            if (starts_with_scope(join(*scope, first_part(name)), e.fullname())) continue;
            throw;
        }
    }
    throw MissingIdentifierError(first_part(name));
}

const Identifier& IdentifierTable::struct_definition(std::string_view full_name) const {
    const Identifier* def = find(full_name);
    if (def == nullptr) throw MissingIdentifierError(std::string(full_name));
    if (def->kind == IdentifierKind::TypeDefinition &&
        def->cairo_type->kind == CairoType::Kind::Struct)
        return struct_definition(def->cairo_type->struct_name);
    if (def->kind != IdentifierKind::Struct)
        throw IdentifierError("Expected '" + std::string(full_name) + "' to be struct. Found: '" +
                              std::string(identifier_kind_name(def->kind)) + "'.");
    return *def;
}

int64_t IdentifierTable::type_size(const CairoType& type) const {
    switch (type.kind) {
        case CairoType::Kind::Felt:
        case CairoType::Kind::Codeoffset:
        case CairoType::Kind::Pointer:
            return 1;
        case CairoType::Kind::Struct:
            return struct_definition(type.struct_name).size;
        case CairoType::Kind::Tuple: {
            int64_t size = 0;
            for (const CairoType::Item& m : type.members) size += type_size(*m.type);
            return size;
        }
    }
    return 0;
}

std::optional<uint64_t> Program::label(std::string_view name) const {
    IdentifierSearchResult found;
    try {
        found = identifiers.search({main_scope}, name);
    } catch (const MissingIdentifierError&) {
        return std::nullopt;
    }
    found.fully_parsed_name();
    if (!found.definition->is_label())
        throw IdentifierError("'" + std::string(name) + "' is expected to be label, found " +
                              std::string(identifier_kind_name(found.definition->kind)) + ".");
    return found.definition->pc;
}

std::optional<uint64_t> Program::main() const { return label("main"); }

uint64_t Program::start() const { return label("__start__").value_or(0); }

const InstructionLocation* Program::instruction_location(uint64_t pc) const {
    if (!debug_info) return nullptr;
    const auto it = debug_info->instruction_locations.find(pc);
    return it == debug_info->instruction_locations.end() ? nullptr : &it->second;
}

const std::string* Program::file_content(std::string_view filename) const {
    if (!debug_info) return nullptr;
    const auto it = debug_info->file_contents.find(filename);
    return it == debug_info->file_contents.end() ? nullptr : &it->second;
}

}  // namespace xcairo
