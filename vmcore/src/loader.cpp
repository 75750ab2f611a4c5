// Loading a compiled program: cairo-compile's JSON into the Program model, every field checked.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <unordered_map>

#include "json_tree.hpp"
#include "vmcore/program.hpp"

namespace xcairo {
namespace {

using json_tree::Node;

std::vector<std::string> string_list(const Node& node) {
    std::vector<std::string> out;
    const size_t n = node.size();
    out.reserve(n);
    for (size_t i = 0; i < n; ++i) out.push_back(node.item(i).string());
    return out;
}

/// "0x..." lowercase hex as IntAsHex accepts it, to canonical limbs; nullopt when >= 2^256.
std::optional<Felt::Limbs> hex_limbs(const Node& node) {
    const std::string_view text = node.string_view();
    if (text.size() < 3 || text[0] != '0' || text[1] != 'x')
        node.fail("expected a hex string, got \"" + std::string(text) + "\"");
    Felt::Limbs limbs{};
    size_t digits = 0;
    for (size_t i = 2; i < text.size(); ++i) {
        const char c = text[i];
        uint64_t d = 0;
        if (c >= '0' && c <= '9')
            d = uint64_t(c - '0');
        else if (c >= 'a' && c <= 'f')
            d = uint64_t(c - 'a' + 10);
        else
            node.fail("expected a hex string, got \"" + std::string(text) + "\"");
        if (digits == 0 && d == 0) continue;
        if (++digits > 64) return std::nullopt;
        for (size_t k = 3; k > 0; --k) limbs[k] = (limbs[k] << 4) | (limbs[k - 1] >> 60);
        limbs[0] = (limbs[0] << 4) | d;
    }
    return limbs;
}

ApTracking ap_tracking(const Node& node) {
    node.only({"group", "offset"});
    return {node.at("group").int64(), node.at("offset").int64()};
}

std::vector<std::string> optional_scopes(const Node& node) {
    if (const auto s = node.find("accessible_scopes")) return string_list(*s);
    return {};
}

void check_prime(const Node& node) {
    const auto limbs = hex_limbs(node);
    if (!limbs || *limbs != Felt::modulus())
        node.fail("the program's prime is " + node.string() +
                  "; xcairo supports only the Stark prime " + std::string(kStarkPrimeHex));
}

std::vector<Felt> program_data(const Node& node) {
    std::vector<Felt> data;
    const size_t n = node.size();
    data.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const Node word = node.item(i);
        const auto limbs = hex_limbs(word);
        const auto felt = limbs ? Felt::from_canonical(*limbs) : std::nullopt;
        if (!felt) word.fail("value " + word.string() + " is not below the prime");
        data.push_back(*felt);
    }
    return data;
}

/// Reads one document into a Program. Equal JSON texts give shared values: compiled programs
/// repeat reference maps, parent locations, expressions and types many times over.
class ProgramReader {
  public:
    Program read(const Node& program) {
        program.only({"prime", "data", "builtins", "hints", "compiler_version", "main_scope",
                      "identifiers", "reference_manager", "attributes", "debug_info"});
        Program p;
        check_prime(program.at("prime"));
        p.data = program_data(program.at("data"));
        p.builtins = string_list(program.at("builtins"));
        p.main_scope = program.at("main_scope").string();
        if (const auto version = program.find("compiler_version"))
            p.compiler_version = version->string();
        p.hints = hints(program.at("hints"));
        for (const auto& [name, value] : program.at("identifiers").entries()) {
            if (name.empty() || name.front() == '.' || name.back() == '.' ||
                name.find("..") != std::string_view::npos)
                value.fail("empty name component");
            p.identifiers.add(std::string(name), identifier(value));
        }
        p.references =
            references(program.at("reference_manager").only({"references"}).at("references"));
        if (const auto attrs = program.find("attributes")) p.attributes = attributes(*attrs);
        if (const auto info = program.find("debug_info")) p.debug_info = debug_info(*info);
        return p;
    }

  private:
    template <class T>
    using Cache = std::unordered_map<std::string_view, T>;

    FlowTrackingData flow_tracking_data(const Node& node) {
        node.only({"ap_tracking", "reference_ids"});
        FlowTrackingData flow;
        flow.ap_tracking = ap_tracking(node.at("ap_tracking"));
        const auto ids = node.find("reference_ids");
        if (!ids) return flow;
        auto& shared = m_reference_ids[ids->source()];
        if (!shared) {
            std::vector<ReferenceIds::Entry> entries;
            for (const auto& [name, id] : ids->entries())
                entries.emplace_back(intern(name), id.uint64());
            shared = std::make_shared<const ReferenceIds>(m_names, std::move(entries));
        }
        flow.reference_ids = shared;
        return flow;
    }

    std::optional<FlowTrackingData> optional_flow(const Node& node) {
        if (const auto f = node.find("flow_tracking_data")) return flow_tracking_data(*f);
        return std::nullopt;
    }

    Location location(const Node& node) {
        node.only(
            {"start_line", "start_col", "end_line", "end_col", "input_file", "parent_location"});
        Location loc;
        loc.start_line = node.at("start_line").int64();
        loc.start_col = node.at("start_col").int64();
        loc.end_line = node.at("end_line").int64();
        loc.end_col = node.at("end_col").int64();
        const Node input_file = node.at("input_file").only({"filename", "content"});
        if (const auto file = input_file.find("filename")) loc.filename = file->string();
        if (const auto content = input_file.find("content")) {
            auto& shared = m_contents[content->string_view()];
            if (!shared) shared = std::make_shared<const std::string>(content->string());
            loc.content = shared;
        }
        if (const auto parent = node.find("parent_location")) {
            if (parent->size() != 2) parent->fail("expected [location, message]");
            const Node where = parent->item(0);
            auto& shared = m_locations[where.source()];
            if (!shared) shared = std::make_shared<const Location>(location(where));
            loc.parent = shared;
            loc.parent_message = parent->item(1).string();
        }
        return loc;
    }

    CairoTypePtr cairo_type(const Node& node) {
        auto& shared = m_types[node.string_view()];
        try {
            if (!shared) shared = parse_cairo_type(node.string_view());
        } catch (const CairoSyntaxError& e) {
            node.fail(e.what());
        }
        return shared;
    }

    Reference reference(const Node& node) {
        node.only({"pc", "value", "ap_tracking_data"});
        Reference ref;
        ref.pc = node.at("pc").uint64();
        ref.ap_tracking_data = ap_tracking(node.at("ap_tracking_data"));
        const Node value = node.at("value");
        ref.value_text = value.string();
        auto& shared = m_exprs[value.string_view()];
        try {
            if (!shared) shared = parse_cairo_expr(ref.value_text);
        } catch (const CairoSyntaxError& e) {
            value.fail(e.what());
        }
        ref.value = shared;
        return ref;
    }

    std::vector<Reference> references(const Node& node) {
        std::vector<Reference> out;
        out.reserve(node.size());
        for (size_t i = 0, n = node.size(); i < n; ++i) out.push_back(reference(node.item(i)));
        return out;
    }

    Identifier identifier(const Node& node) {
        static const std::pair<std::string_view, IdentifierKind> kinds[] = {
            {"function", IdentifierKind::Function},
            {"label", IdentifierKind::Label},
            {"const", IdentifierKind::Const},
            {"struct", IdentifierKind::Struct},
            {"member", IdentifierKind::Member},
            {"reference", IdentifierKind::Reference},
            {"alias", IdentifierKind::Alias},
            {"type_definition", IdentifierKind::TypeDefinition},
            {"namespace", IdentifierKind::Namespace},
            {"scope", IdentifierKind::Scope},
        };
        const Node type = node.at("type");
        const std::string type_name = type.string();
        const auto kind = std::find_if(std::begin(kinds), std::end(kinds),
                                       [&](const auto& k) { return k.first == type_name; });
        if (kind == std::end(kinds)) type.fail("unknown identifier type '" + type_name + "'");

        Identifier id;
        id.kind = kind->second;
        switch (id.kind) {
            case IdentifierKind::Function:
                node.only({"type", "pc", "decorators"});
                id.decorators = string_list(node.at("decorators"));
                [[fallthrough]];
            case IdentifierKind::Label:
                if (id.kind == IdentifierKind::Label) node.only({"type", "pc"});
                id.pc = node.at("pc").uint64();
                break;
            case IdentifierKind::Const: {
                node.only({"type", "value"});
                const Node value = node.at("value");
                id.value_dec = value.integer_text();
                id.value = *Felt::parse(id.value_dec);
                break;
            }
            case IdentifierKind::Struct: {
                node.only({"type", "full_name", "members", "size"});
                id.full_name = node.at("full_name").string();
                id.size = node.at("size").int64();
                const Node members = node.at("members");
                for (const auto& [name, member] : members.entries()) {
                    member.only({"offset", "cairo_type"});
                    Member m{std::string(name), member.at("offset").int64(),
                             cairo_type(member.at("cairo_type"))};
                    // A repeated name keeps its last definition, as a Python dict does.
                    const auto same =
                        std::find_if(id.members.begin(), id.members.end(),
                                     [&](const Member& x) { return x.name == m.name; });
                    if (same != id.members.end())
                        *same = std::move(m);
                    else
                        id.members.push_back(std::move(m));
                }
                std::stable_sort(
                    id.members.begin(), id.members.end(),
                    [](const Member& a, const Member& b) { return a.offset < b.offset; });
                break;
            }
            case IdentifierKind::Member:
                node.only({"type", "offset", "cairo_type"});
                id.offset = node.at("offset").int64();
                id.cairo_type = cairo_type(node.at("cairo_type"));
                break;
            case IdentifierKind::Reference:
                node.only({"type", "full_name", "cairo_type", "references"});
                id.full_name = node.at("full_name").string();
                id.cairo_type = cairo_type(node.at("cairo_type"));
                id.references = references(node.at("references"));
                break;
            case IdentifierKind::Alias:
                node.only({"type", "destination"});
                id.destination = node.at("destination").string();
                break;
            case IdentifierKind::TypeDefinition:
                node.only({"type", "cairo_type"});
                id.cairo_type = cairo_type(node.at("cairo_type"));
                break;
            case IdentifierKind::Namespace:
            case IdentifierKind::Scope:
                node.only({"type"});
                break;
        }
        return id;
    }

    std::map<uint64_t, std::vector<Hint>> hints(const Node& node) {
        std::map<uint64_t, std::vector<Hint>> out;
        for (const auto& [key, at_pc] : node.entries()) {
            std::vector<Hint> hs;
            for (size_t i = 0, n = at_pc.size(); i < n; ++i) {
                const Node h =
                    at_pc.item(i).only({"code", "accessible_scopes", "flow_tracking_data"});
                hs.push_back({h.at("code").string(), string_list(h.at("accessible_scopes")),
                              flow_tracking_data(h.at("flow_tracking_data"))});
            }
            out.insert_or_assign(json_tree::pc_key(node, key), std::move(hs));
        }
        return out;
    }

    std::vector<Attribute> attributes(const Node& node) {
        std::vector<Attribute> out;
        for (size_t i = 0, n = node.size(); i < n; ++i) {
            const Node a = node.item(i).only(
                {"name", "value", "start_pc", "end_pc", "flow_tracking_data", "accessible_scopes"});
            out.push_back({a.at("name").string(), a.at("value").string(), a.at("start_pc").uint64(),
                           a.at("end_pc").uint64(), optional_scopes(a), optional_flow(a)});
        }
        return out;
    }

    DebugInfo debug_info(const Node& node) {
        DebugInfo info;
        node.only({"instruction_locations", "file_contents"});
        const Node locations = node.at("instruction_locations");
        for (const auto& [key, il] : locations.entries()) {
            il.only({"inst", "hints", "accessible_scopes", "flow_tracking_data"});
            InstructionLocation loc;
            loc.inst = location(il.at("inst"));
            const Node hint_list = il.at("hints");
            for (size_t i = 0, n = hint_list.size(); i < n; ++i) {
                const Node h = hint_list.item(i);
                if (h.is_null()) {
                    loc.hints.emplace_back();
                    continue;
                }
                loc.hints.push_back(
                    HintLocation{location(h.only({"location", "n_prefix_newlines"}).at("location")),
                                 h.at("n_prefix_newlines").int64()});
            }
            loc.accessible_scopes = string_list(il.at("accessible_scopes"));
            loc.flow_tracking_data = optional_flow(il);
            info.instruction_locations.insert_or_assign(json_tree::pc_key(locations, key),
                                                        std::move(loc));
        }
        if (const auto contents = node.find("file_contents")) {
            for (const auto& [name, text] : contents->entries())
                info.file_contents.insert_or_assign(std::string(name), text.string());
        }
        return info;
    }

    /// The program's copy of a name read from the document.
    std::string_view intern(std::string_view name) {
        auto& interned = m_interned[name];
        if (interned.empty()) interned = m_names->emplace_back(name);
        return interned;
    }

    std::shared_ptr<std::deque<std::string>> m_names = std::make_shared<std::deque<std::string>>();
    Cache<std::string_view> m_interned;
    Cache<std::shared_ptr<const ReferenceIds>> m_reference_ids;
    Cache<std::shared_ptr<const Location>> m_locations;
    Cache<std::shared_ptr<const std::string>> m_contents;
    Cache<CairoTypePtr> m_types;
    Cache<ExprPtr> m_exprs;
};

}  // namespace

Program load_program_json(std::string_view text) {
    const json_tree::Document doc(text, "program");
    return ProgramReader().read(doc.root());
}

namespace {

/// A file's bytes, read into one uninitialised buffer sized from fstat (grown for pipes).
struct FileBytes {
    std::unique_ptr<char[]> data;
    size_t size = 0;
};

/// errno on failure.
int read_file(const std::string& path, FileBytes& out) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return errno;
    struct stat st{};
    size_t capacity = ::fstat(fd, &st) == 0 && st.st_size > 0 ? size_t(st.st_size) + 1 : 1 << 16;
    out.data.reset(new char[capacity]);
    int err = 0;
    for (;;) {
        if (out.size == capacity) {
            capacity *= 2;
            std::unique_ptr<char[]> bigger(new char[capacity]);
            std::memcpy(bigger.get(), out.data.get(), out.size);
            out.data = std::move(bigger);
        }
        const ssize_t n = ::read(fd, out.data.get() + out.size, capacity - out.size);
        if (n > 0) {
            out.size += size_t(n);
        } else if (n == 0) {
            break;
        } else if (errno != EINTR) {
            err = errno;
            break;
        }
    }
    ::close(fd);
    return err;
}

}  // namespace

Program load_program_file(const std::string& path) {
    FileBytes file;
    if (const int err = read_file(path, file); err != 0) {
        // The wording of cairo-run's argument parser for an unreadable --program file.
        throw LoadError("can't open '" + path + "': [Errno " + std::to_string(err) + "] " +
                        std::strerror(err) + ": '" + path + "'");
    }
    return load_program_json(std::string_view(file.data.get(), file.size));
}

}  // namespace xcairo
