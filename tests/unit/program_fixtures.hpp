#pragma once
// Compiled-program fixtures under tests/unit/data (compiled by the pinned cairo-compile) and a
// map-backed memory for reference evaluation.
#include <filesystem>
#include <map>
#include <string>

#include "vmcore/program.hpp"
#include "vmcore/reference_eval.hpp"

namespace xcairo::test {

/// Absolute path of a file under tests/unit/data.
inline std::string data_path(const std::string& name) {
    return (std::filesystem::path(__FILE__).parent_path() / "data" / name).string();
}

/// A fixture program, loaded once per test binary.
inline const Program& fixture(const std::string& name) {
    static std::map<std::string, Program> loaded;
    auto it = loaded.find(name);
    if (it == loaded.end()) it = loaded.emplace(name, load_program_file(data_path(name))).first;
    return it->second;
}

/// Memory cells by address; unknown addresses read as nullopt.
struct FakeMemory {
    std::map<Relocatable, MaybeRelocatable> cells;

    void set(int64_t segment, uint64_t offset, MaybeRelocatable value) {
        cells[Relocatable{segment, offset}] = value;
    }
    MemoryReader reader() const {
        return [this](const Relocatable& addr) -> std::optional<MaybeRelocatable> {
            const auto it = cells.find(addr);
            if (it == cells.end()) return std::nullopt;
            return it->second;
        };
    }
};

inline MaybeRelocatable rel(int64_t segment, uint64_t offset) {
    return Relocatable{segment, offset};
}
inline MaybeRelocatable felt(int64_t v) { return Felt::from_i64(v); }

/// The memory of segment 1 when cairo-run stops on error_attr.json (fp = 1:12, ap = 1:16).
inline FakeMemory error_attr_memory() {
    FakeMemory mem;
    const MaybeRelocatable segment1[] = {
        rel(2, 0), rel(3, 0), rel(4, 0),  felt(3),  felt(4), rel(1, 3), rel(0, 19), rel(1, 3),
        felt(5),   felt(-7),  rel(1, 3),  rel(0, 26), felt(4), felt(3),  felt(4),    felt(8)};
    for (uint64_t i = 0; i < std::size(segment1); ++i) mem.set(1, i, segment1[i]);
    return mem;
}

}  // namespace xcairo::test
