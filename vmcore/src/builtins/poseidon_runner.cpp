// The poseidon builtin: instances of 6 cells, the Hades permutation of the 3 integer inputs
// deduced into the 3 outputs (cairo-lang's PoseidonBuiltinRunner).
#include "deducing_runner.hpp"
#include "poseidon.hpp"

namespace xcairo {
namespace {

class PoseidonRunner final : public DeducingRunner<6, 3> {
public:
    explicit PoseidonRunner(Relocatable base) : DeducingRunner("poseidon", base) {}

private:
    std::string input_key(uint32_t slot) const override {
        return "input_s" + std::to_string(slot);
    }
    std::string missing_input_text(uint32_t slot, uint64_t instance) const override {
        return "Missing input #" + std::to_string(slot) + " of poseidon instance " +
               std::to_string(instance) + ".";
    }

    bool compute(const Relocatable& first, const Inputs& inputs, Outputs& outputs,
                 std::string& error) const override {
        for (uint32_t i = 0; i < 3; ++i) {
            if (inputs[i].is_relocatable()) {
                error = expected_integer_text("poseidon builtin", first + i, inputs[i]);
                return false;
            }
        }
        PoseidonState state = {inputs[0].felt(), inputs[1].felt(), inputs[2].felt()};
        poseidon_permute(state);
        outputs = state;
        return true;
    }
};

}  // namespace

std::unique_ptr<BuiltinRunner> make_poseidon_runner(Relocatable base) {
    return std::make_unique<PoseidonRunner>(base);
}

}  // namespace xcairo
