// The table of native hints: every family's handlers by exact hint text.
#include "hints/native_hint.hpp"

#include <memory>
#include <unordered_map>

#include "value_ops.hpp"

namespace xcairo {
namespace {

struct Registry {
    std::vector<std::vector<NativeHint>> families;
    std::unordered_map<std::string_view, const NativeHint*> by_code;

    Registry() {
        families = {alloc_hints(),        memcpy_hints(), math_hints(),
                    math_cmp_hints(),     find_element_hints(), usort_hints(),
                    dict_hints(),         squash_dict_hints(),  uint256_hints(),
                    signature_hints(),    keccak_hints(),       secp_hints(),
                    cairo_keccak_hints(), poseidon_hints(),     ec_hints(),
                    merkle_hints(),       blake2s_hints(),      sha256_hints(),
                    modulo_hints(),       small_merkle_tree_hints(), patricia_hints(),
                    segments_hints()};
        for (const auto& family : families) {
            for (const NativeHint& hint : family) by_code.emplace(hint.code, &hint);
        }
    }
};

const Registry& registry() {
    static const Registry instance;
    return instance;
}

}  // namespace

const NativeHint* find_native_hint(std::string_view code) {
    const auto& table = registry().by_code;
    const auto it = table.find(code);
    return it == table.end() ? nullptr : it->second;
}

std::vector<const NativeHint*> all_native_hints() {
    std::vector<const NativeHint*> out;
    for (const auto& family : registry().families) {
        for (const NativeHint& hint : family) out.push_back(&hint);
    }
    return out;
}

Felt HintCall::felt(size_t i, int64_t line) const {
    const MaybeRelocatable v = value(i, line);
    if (v.is_relocatable()) {
        throw HintError("TypeError", "xcairo: ids." + std::string(m_ids[i].name) +
                                         " is a relocatable value where an integer is expected.",
                        line);
    }
    return v.felt();
}

Relocatable HintCall::ptr(size_t i, int64_t line) const {
    const MaybeRelocatable v = value(i, line);
    if (!v.is_relocatable()) {
        throw HintError("TypeError", "xcairo: ids." + std::string(m_ids[i].name) +
                                         " is an integer where a pointer is expected.",
                        line);
    }
    return v.relocatable();
}

MaybeRelocatable HintCall::mem(const Relocatable& addr, int64_t line) const {
    const std::optional<MaybeRelocatable> v = ctx.get(addr);
    if (!v) {
        throw HintError("starkware.cairo.lang.vm.memory_dict.UnknownMemoryError",
                        "Unknown value for memory cell at address " + value_text(addr) + ".", line);
    }
    return *v;
}

Felt HintCall::mem_felt(const Relocatable& addr, int64_t line) const {
    const MaybeRelocatable v = mem(addr, line);
    if (v.is_relocatable()) {
        throw HintError("TypeError", "xcairo: memory[" + value_text(addr) +
                                         "] is a relocatable value where an integer is expected.",
                        line);
    }
    return v.felt();
}

void HintCall::require_range_check(int64_t line) const {
    if (ctx.builtin_runner("range_check") == nullptr) {
        throw HintError("NameError", "name 'range_check_builtin' is not defined", line);
    }
}

}  // namespace xcairo
