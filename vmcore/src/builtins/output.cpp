// The output builtin: one public cell per value; the layout allocates exactly the cells used.
#include "builtin_runner.hpp"

namespace xcairo {
namespace {

class OutputRunner final : public BuiltinRunner {
public:
    explicit OutputRunner(Relocatable base) : BuiltinRunner("output", base, 1, 1) {}

    uint64_t allocated_instances(const Memory& memory, uint64_t) const override {
        return used_instances(memory);
    }
    uint64_t allocated_memory_units(const Memory&, uint64_t) const override {
        return 0;  // only public memory units
    }
    std::pair<uint64_t, uint64_t> used_cells_and_allocated_size(const Memory& memory,
                                                                uint64_t) const override {
        return {used_cells(memory), used_cells(memory)};
    }
    std::optional<std::string> security_check(const Memory&) const override { return std::nullopt; }
    bool in_private_input() const noexcept override { return false; }
    bool cells_are_public() const noexcept override { return true; }
    bool counts_as_accessed() const noexcept override { return false; }
};

}  // namespace

std::unique_ptr<BuiltinRunner> make_output_runner(Relocatable base) {
    return std::make_unique<OutputRunner>(base);
}

}  // namespace xcairo
