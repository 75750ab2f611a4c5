// cairo-lang 0.14.0.1's layouts (instances.py), as data.
#include <algorithm>

#include "vmcore/errors.hpp"
#include "vmcore/layout.hpp"

namespace xcairo {
namespace {

constexpr const char* kPrime =
    "3618502788666131213697322783095070105623107215331596699973092056135872020481";

using Fields = std::vector<std::pair<std::string, std::string>>;

BuiltinInstanceDef def(std::string name, std::optional<uint64_t> ratio, uint32_t cells,
                       Fields fields, std::optional<uint64_t> ratio_den = std::nullopt) {
    return {std::move(name), ratio, ratio_den, cells, 1, std::move(fields)};
}

// The instance definitions of instances.py, one builder per kind.
BuiltinInstanceDef pedersen(std::optional<uint64_t> ratio, int repetitions) {
    return def("pedersen", ratio, 3,
               {{"repetitions", std::to_string(repetitions)}, {"element_height", "256"},
                {"element_bits", "252"}, {"n_inputs", "2"}, {"hash_limit", kPrime}});
}
BuiltinInstanceDef range_check(std::string name, std::optional<uint64_t> ratio, uint64_t ratio_den,
                               int n_parts) {
    return def(std::move(name), ratio, 1, {{"n_parts", std::to_string(n_parts)}}, ratio_den);
}
BuiltinInstanceDef ecdsa(std::optional<uint64_t> ratio) {
    return def("ecdsa", ratio, 2, {{"repetitions", "1"}, {"height", "256"}, {"n_hash_bits", "251"}});
}
BuiltinInstanceDef bitwise(std::optional<uint64_t> ratio) {
    return def("bitwise", ratio, 5, {{"total_n_bits", "251"}});
}
BuiltinInstanceDef ec_op(std::optional<uint64_t> ratio) {
    return def("ec_op", ratio, 7,
               {{"scalar_height", "256"}, {"scalar_bits", "252"}, {"scalar_limit", kPrime}});
}
BuiltinInstanceDef keccak(std::optional<uint64_t> ratio) {
    BuiltinInstanceDef d = def("keccak", ratio, 16,
                               {{"state_rep", "[200, 200, 200, 200, 200, 200, 200, 200]"},
                                {"instances_per_component", "16"}});
    d.instances_per_component = 16;
    return d;
}
BuiltinInstanceDef poseidon(std::optional<uint64_t> ratio) {
    return def("poseidon", ratio, 6, {{"partial_rounds_partition", "[64, 22]"}});
}
// AddModInstanceDef / MulModInstanceDef: n_words + 3 + batch_size * 3 * (n_words + 1) memory
// cells per instance (their runners count 7 cells per instance in the segment).
BuiltinInstanceDef mod(std::string name, std::optional<uint64_t> ratio, uint64_t ratio_den) {
    Fields fields = {{"word_bit_len", "96"}, {"n_words", "4"}, {"batch_size", "1"}};
    if (name == "mul_mod") fields.emplace_back("bits_per_part", "16");
    return def(std::move(name), ratio, 22, std::move(fields), ratio_den);
}

std::optional<uint64_t> find_ratio(const std::vector<std::pair<std::string, uint64_t>>& ratios,
                                   const std::string& key) {
    for (const auto& [k, v] : ratios) {
        if (k == key) return v;
    }
    return std::nullopt;
}

DilutedPoolDef diluted(int64_t log_units_per_step) { return {log_units_per_step, 4, 16}; }

CairoLayout make_layout(std::string name, uint64_t rc_units, uint64_t public_memory_fraction,
                        std::optional<DilutedPoolDef> pool, std::vector<BuiltinInstanceDef> builtins,
                        uint32_t n_trace_columns) {
    CairoLayout layout;
    layout.name = std::move(name);
    layout.rc_units = rc_units;
    layout.public_memory_fraction = public_memory_fraction;
    layout.diluted_pool = pool;
    layout.has_output = true;
    layout.builtins = std::move(builtins);
    layout.n_trace_columns = n_trace_columns;
    return layout;
}

std::vector<CairoLayout> build_layouts() {
    CairoLayout plain;
    plain.name = "plain";
    plain.n_trace_columns = 8;
    return {
        plain,
        make_layout("small", 16, 4, std::nullopt,
                    {pedersen(8, 4), range_check("range_check", 8, 1, 8), ecdsa(512)}, 25),
        make_layout("dex", 4, 4, std::nullopt,
                    {pedersen(8, 4), range_check("range_check", 8, 1, 8), ecdsa(512)}, 22),
        make_layout("recursive", 4, 8, diluted(4),
                    {pedersen(128, 1), range_check("range_check", 8, 1, 8), bitwise(8)}, 10),
        make_layout("starknet", 4, 4, diluted(1),
                    {pedersen(32, 1), range_check("range_check", 16, 1, 8), ecdsa(2048),
                     bitwise(64), ec_op(1024), poseidon(32)},
                    10),
        make_layout("recursive_large_output", 4, 8, diluted(4),
                    {pedersen(128, 1), range_check("range_check", 8, 1, 8), bitwise(8),
                     poseidon(8)},
                    12),
        make_layout("all_solidity", 8, 8, diluted(4),
                    {pedersen(8, 4), range_check("range_check", 8, 1, 8), ecdsa(512),
                     bitwise(256), ec_op(256)},
                    27),
        make_layout("starknet_with_keccak", 4, 4, diluted(4),
                    {pedersen(32, 1), range_check("range_check", 16, 1, 8), ecdsa(2048),
                     bitwise(64), ec_op(1024), keccak(2048), poseidon(32)},
                    15),
        dynamic_layout({}),
        make_layout("recursive_with_poseidon", 4, 8, diluted(3),
                    {pedersen(256, 1), range_check("range_check", 16, 1, 8), bitwise(16),
                     poseidon(64)},
                    8),
        make_layout("all_cairo", 8, 8, diluted(4),
                    {pedersen(256, 1), range_check("range_check", 8, 1, 8), ecdsa(2048),
                     bitwise(16), ec_op(1024), keccak(2048), poseidon(256),
                     range_check("range_check96", 8, 1, 6), mod("add_mod", 128, 1),
                     mod("mul_mod", 256, 1)},
                    12),
    };
}

}  // namespace

CairoLayout dynamic_layout(const DynamicLayoutParams& params) {
    const auto ratio = [&](const char* name) -> std::optional<uint64_t> {
        if (!params.ratios) return std::nullopt;
        return find_ratio(*params.ratios, name).value_or(0);
    };
    const auto den = [&](const char* name) -> uint64_t {
        if (!params.ratios) return 1;
        return find_ratio(*params.ratios, std::string(name) + "_den").value_or(1);
    };
    CairoLayout layout;
    layout.name = "dynamic";
    layout.cpu_component_step = params.cpu_component_step;
    layout.rc_units = params.rc_units;
    layout.has_output = true;
    layout.builtins = {pedersen(ratio("pedersen"), 1),
                       range_check("range_check", ratio("range_check"), 1, 8),
                       ecdsa(ratio("ecdsa")),
                       bitwise(ratio("bitwise")),
                       ec_op(ratio("ec_op")),
                       keccak(ratio("keccak")),
                       poseidon(ratio("poseidon")),
                       range_check("range_check96", ratio("range_check96"), den("range_check96"), 6),
                       mod("add_mod", ratio("add_mod"), den("add_mod")),
                       mod("mul_mod", ratio("mul_mod"), den("mul_mod"))};
    layout.public_memory_fraction = 8;
    layout.memory_units_per_step = params.memory_units_per_step;
    layout.diluted_pool = DilutedPoolDef{params.log_diluted_units_per_step, 4, 16};
    layout.n_trace_columns = std::nullopt;
    return layout;
}

const std::vector<CairoLayout>& all_layouts() {
    static const std::vector<CairoLayout> kLayouts = build_layouts();
    return kLayouts;
}

const CairoLayout* find_layout(std::string_view name) {
    for (const CairoLayout& layout : all_layouts()) {
        if (layout.name == name) return &layout;
    }
    return nullptr;
}

const std::vector<std::string>& layout_names() {
    static const std::vector<std::string> kNames = [] {
        std::vector<std::string> names;
        for (const CairoLayout& layout : all_layouts()) {
            if (layout.name != "all_cairo") names.push_back(layout.name);
        }
        return names;
    }();
    return kNames;
}

std::vector<std::string> CairoLayout::builtin_names() const {
    std::vector<std::string> names;
    if (has_output) names.emplace_back("output");
    for (const BuiltinInstanceDef& b : builtins) names.push_back(b.name);
    return names;
}

const BuiltinInstanceDef* CairoLayout::find_builtin(std::string_view builtin) const {
    const auto it = std::find_if(builtins.begin(), builtins.end(),
                                 [&](const BuiltinInstanceDef& b) { return b.name == builtin; });
    return it == builtins.end() ? nullptr : &*it;
}

uint64_t BuiltinInstanceDef::field_int(std::string_view key) const {
    for (const auto& [k, v] : fields) {
        if (k == key) return std::stoull(v);
    }
    throw Error("xcairo: the " + name + " builtin has no field " + std::string(key) + ".");
}

uint64_t BuiltinInstanceDef::diluted_units_per_builtin(uint32_t spacing, uint32_t n_bits) const {
    if (name == "keccak") {
        if ((1u << 18) % n_bits != 0) {
            throw AssertionFailure(std::to_string(1u << 18) + " is not divisible by " +
                                   std::to_string(n_bits) + ".");
        }
        return (1u << 18) / n_bits;
    }
    if (name != "bitwise") return 0;
    // BitwiseInstanceDef: the bit positions each diluted unit covers, and those trimmed at the top.
    const uint64_t total_n_bits = field_int("total_n_bits");
    uint64_t partition = 0;
    uint64_t trimmed = 0;
    for (uint64_t i = 0; i < total_n_bits; i += uint64_t{spacing} * n_bits) {
        for (uint64_t j = 0; j < spacing && i + j < total_n_bits; ++j) {
            ++partition;
            if (i + j + uint64_t{spacing} * (n_bits - 1) + 1 > total_n_bits) ++trimmed;
        }
    }
    return 4 * partition + trimmed;
}

}  // namespace xcairo
