// Loading a compiled program: cairo-compile's JSON into the Program model, every field checked.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "json_tree.hpp"
#include "vmcore/program.hpp"

namespace xcairo {
namespace {

using json_tree::Node;

std::vector<std::string> string_list(const Node& node) {
    std::vector<std::string> out;
    const auto& arr = node.array();
    out.reserve(arr.size());
    for (size_t i = 0; i < arr.size(); ++i) out.push_back(node.item(i).string());
    return out;
}

/// "0x..." lowercase hex as IntAsHex accepts it, to canonical limbs; nullopt when >= 2^256.
std::optional<Felt::Limbs> hex_limbs(const Node& node) {
    const std::string text = node.string();
    if (text.size() < 3 || text[0] != '0' || text[1] != 'x')
        node.fail("expected a hex string, got \"" + text + "\"");
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
            node.fail("expected a hex string, got \"" + text + "\"");
        if (digits == 0 && d == 0) continue;
        if (++digits > 64) return std::nullopt;
        for (size_t k = 3; k > 0; --k) limbs[k] = (limbs[k] << 4) | (limbs[k - 1] >> 60);
        limbs[0] = (limbs[0] << 4) | d;
    }
    return limbs;
}

ApTracking ap_tracking(const Node& node) {
    return {node.at("group").int64(), node.at("offset").int64()};
}

FlowTrackingData flow_tracking_data(const Node& node) {
    FlowTrackingData flow;
    flow.ap_tracking = ap_tracking(node.at("ap_tracking"));
    if (const auto ids = node.find("reference_ids")) {
        for (const auto& [name, id] : ids->object().items())
            flow.reference_ids.emplace(name, ids->member(name, id).uint64());
    }
    return flow;
}

std::optional<FlowTrackingData> optional_flow(const Node& node, std::string_view key) {
    if (const auto f = node.find(key)) return flow_tracking_data(*f);
    return std::nullopt;
}

std::vector<std::string> optional_scopes(const Node& node) {
    if (const auto s = node.find("accessible_scopes")) return string_list(*s);
    return {};
}

Location location(const Node& node) {
    Location loc;
    loc.start_line = node.at("start_line").int64();
    loc.start_col = node.at("start_col").int64();
    loc.end_line = node.at("end_line").int64();
    loc.end_col = node.at("end_col").int64();
    if (const auto file = node.at("input_file").find("filename")) loc.filename = file->string();
    if (const auto parent = node.find("parent_location")) {
        if (parent->array().size() != 2) parent->fail("expected [location, message]");
        loc.parent = std::make_shared<const Location>(location(parent->item(0)));
        loc.parent_message = parent->item(1).string();
    }
    return loc;
}

CairoTypePtr cairo_type(const Node& node) {
    try {
        return parse_cairo_type(node.string());
    } catch (const CairoSyntaxError& e) {
        node.fail(e.what());
    }
}

Reference reference(const Node& node) {
    Reference ref;
    ref.pc = node.at("pc").uint64();
    ref.ap_tracking_data = ap_tracking(node.at("ap_tracking_data"));
    const Node value = node.at("value");
    ref.value_text = value.string();
    try {
        ref.value = parse_cairo_expr(ref.value_text);
    } catch (const CairoSyntaxError& e) {
        value.fail(e.what());
    }
    return ref;
}

std::vector<Reference> references(const Node& node) {
    std::vector<Reference> out;
    for (size_t i = 0; i < node.array().size(); ++i) out.push_back(reference(node.item(i)));
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
            id.decorators = string_list(node.at("decorators"));
            [[fallthrough]];
        case IdentifierKind::Label:
            id.pc = node.at("pc").uint64();
            break;
        case IdentifierKind::Const: {
            const Node value = node.at("value");
            id.value_dec = value.integer_text();
            id.value = *Felt::parse(id.value_dec);
            break;
        }
        case IdentifierKind::Struct: {
            id.full_name = node.at("full_name").string();
            id.size = node.at("size").int64();
            const Node members = node.at("members");
            for (const auto& [name, m] : members.object().items()) {
                const Node member = members.member(name, m);
                id.members.push_back(
                    {name, member.at("offset").int64(), cairo_type(member.at("cairo_type"))});
            }
            std::stable_sort(id.members.begin(), id.members.end(),
                             [](const Member& a, const Member& b) { return a.offset < b.offset; });
            break;
        }
        case IdentifierKind::Member:
            id.offset = node.at("offset").int64();
            id.cairo_type = cairo_type(node.at("cairo_type"));
            break;
        case IdentifierKind::Reference:
            id.full_name = node.at("full_name").string();
            id.cairo_type = cairo_type(node.at("cairo_type"));
            id.references = references(node.at("references"));
            break;
        case IdentifierKind::Alias:
            id.destination = node.at("destination").string();
            break;
        case IdentifierKind::TypeDefinition:
            id.cairo_type = cairo_type(node.at("cairo_type"));
            break;
        case IdentifierKind::Namespace:
        case IdentifierKind::Scope:
            break;
    }
    return id;
}

void check_prime(const Node& node) {
    const std::string text = node.string();
    const auto limbs = hex_limbs(node);
    if (!limbs || *limbs != Felt::modulus())
        node.fail("the program's prime is " + text + "; xcairo supports only the Stark prime " +
                  std::string(kStarkPrimeHex));
}

std::vector<Felt> program_data(const Node& node) {
    std::vector<Felt> data;
    data.reserve(node.array().size());
    for (size_t i = 0; i < node.array().size(); ++i) {
        const Node word = node.item(i);
        const auto limbs = hex_limbs(word);
        const auto felt = limbs ? Felt::from_canonical(*limbs) : std::nullopt;
        if (!felt) word.fail("value " + word.string() + " is not below the prime");
        data.push_back(*felt);
    }
    return data;
}

std::map<uint64_t, std::vector<Hint>> hints(const Node& node) {
    std::map<uint64_t, std::vector<Hint>> out;
    for (const auto& [key, list] : node.object().items()) {
        const Node at_pc = node.member(key, list);
        std::vector<Hint>& hs = out[json_tree::pc_key(node, key)];
        for (size_t i = 0; i < at_pc.array().size(); ++i) {
            const Node h = at_pc.item(i);
            hs.push_back({h.at("code").string(), string_list(h.at("accessible_scopes")),
                          flow_tracking_data(h.at("flow_tracking_data"))});
        }
    }
    return out;
}

std::vector<Attribute> attributes(const Node& node) {
    std::vector<Attribute> out;
    for (size_t i = 0; i < node.array().size(); ++i) {
        const Node a = node.item(i);
        out.push_back({a.at("name").string(), a.at("value").string(), a.at("start_pc").uint64(),
                       a.at("end_pc").uint64(), optional_scopes(a),
                       optional_flow(a, "flow_tracking_data")});
    }
    return out;
}

DebugInfo debug_info(const Node& node) {
    DebugInfo info;
    const Node locations = node.at("instruction_locations");
    for (const auto& [key, value] : locations.object().items()) {
        const Node il = locations.member(key, value);
        InstructionLocation loc;
        loc.inst = location(il.at("inst"));
        const Node hint_list = il.at("hints");
        for (size_t i = 0; i < hint_list.array().size(); ++i) {
            const Node h = hint_list.item(i);
            if (h.is_null()) {
                loc.hints.emplace_back();
                continue;
            }
            loc.hints.push_back(
                HintLocation{location(h.at("location")), h.at("n_prefix_newlines").int64()});
        }
        loc.accessible_scopes = string_list(il.at("accessible_scopes"));
        loc.flow_tracking_data = optional_flow(il, "flow_tracking_data");
        info.instruction_locations.emplace(json_tree::pc_key(locations, key), std::move(loc));
    }
    if (const auto contents = node.find("file_contents")) {
        for (const auto& [name, text] : contents->object().items())
            info.file_contents.emplace(name, contents->member(name, text).string());
    }
    return info;
}

}  // namespace

Program load_program_json(std::string_view text) {
    const nlohmann::json root = json_tree::parse(text);
    const Node program(root, "program");
    program.object();

    Program p;
    check_prime(program.at("prime"));
    p.data = program_data(program.at("data"));
    p.builtins = string_list(program.at("builtins"));
    p.main_scope = program.at("main_scope").string();
    if (const auto version = program.find("compiler_version"))
        p.compiler_version = version->string();
    p.hints = hints(program.at("hints"));

    const Node ids = program.at("identifiers");
    for (const auto& [name, value] : ids.object().items()) {
        if (name.empty() || name.front() == '.' || name.back() == '.' ||
            name.find("..") != std::string::npos)
            ids.member(name, value).fail("empty name component");
        p.identifiers.add(name, identifier(ids.member(name, value)));
    }

    p.references = references(program.at("reference_manager").at("references"));
    if (const auto attrs = program.find("attributes")) p.attributes = attributes(*attrs);
    if (const auto info = program.find("debug_info")) p.debug_info = debug_info(*info);
    return p;
}

Program load_program_file(const std::string& path) {
    std::string text;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    int err = fd < 0 ? errno : 0;
    if (fd >= 0) {
        char buf[1 << 16];
        for (;;) {
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n > 0)
                text.append(buf, size_t(n));
            else if (n == 0)
                break;
            else if (errno != EINTR) {
                err = errno;
                break;
            }
        }
        ::close(fd);
    }
    if (err != 0) {
        // The wording of cairo-run's argument parser for an unreadable --program file.
        throw LoadError("can't open '" + path + "': [Errno " + std::to_string(err) + "] " +
                        std::strerror(err) + ": '" + path + "'");
    }
    return load_program_json(text);
}

}  // namespace xcairo
