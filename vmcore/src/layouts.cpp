#include <map>

#include "vmcore/runner.hpp"

namespace xcairo {
namespace {

struct LayoutEntry {
    std::string name;
    std::vector<std::string> builtins;
};

// cairo-lang's LAYOUTS (instances.py), in its order; all_cairo is defined there but not offered
// by cairo-run's --layout.
const std::vector<LayoutEntry>& layouts() {
    static const std::vector<LayoutEntry> kLayouts = {
        {"plain", {}},
        {"small", {"output", "pedersen", "range_check", "ecdsa"}},
        {"dex", {"output", "pedersen", "range_check", "ecdsa"}},
        {"recursive", {"output", "pedersen", "range_check", "bitwise"}},
        {"starknet", {"output", "pedersen", "range_check", "ecdsa", "bitwise", "ec_op", "poseidon"}},
        {"recursive_large_output", {"output", "pedersen", "range_check", "bitwise", "poseidon"}},
        {"all_solidity", {"output", "pedersen", "range_check", "ecdsa", "bitwise", "ec_op"}},
        {"starknet_with_keccak",
         {"output", "pedersen", "range_check", "ecdsa", "bitwise", "ec_op", "keccak", "poseidon"}},
        {"dynamic",
         {"output", "pedersen", "range_check", "ecdsa", "bitwise", "ec_op", "keccak", "poseidon",
          "range_check96", "add_mod", "mul_mod"}},
        {"recursive_with_poseidon", {"output", "pedersen", "range_check", "bitwise", "poseidon"}},
        {"all_cairo",
         {"output", "pedersen", "range_check", "ecdsa", "bitwise", "ec_op", "keccak", "poseidon",
          "range_check96", "add_mod", "mul_mod"}},
    };
    return kLayouts;
}

}  // namespace

std::optional<std::vector<std::string>> layout_builtins(const std::string& layout) {
    for (const LayoutEntry& entry : layouts()) {
        if (entry.name == layout) return entry.builtins;
    }
    return std::nullopt;
}

const std::vector<std::string>& layout_names() {
    static const std::vector<std::string> kNames = [] {
        std::vector<std::string> names;
        for (const LayoutEntry& entry : layouts()) {
            if (entry.name != "all_cairo") names.push_back(entry.name);
        }
        return names;
    }();
    return kNames;
}

}  // namespace xcairo
