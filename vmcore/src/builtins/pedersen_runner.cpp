// The pedersen builtin: instances of 3 cells (x, y, pedersen_hash(x, y)), the hash deduced from
// the two integer inputs (cairo-lang's HashBuiltinRunner).
#include "deducing_runner.hpp"
#include "pedersen.hpp"

namespace xcairo {
namespace {

class PedersenRunner final : public DeducingRunner<3, 2> {
public:
    explicit PedersenRunner(Relocatable base) : DeducingRunner("pedersen", base) {}

private:
    std::string input_key(uint32_t slot) const override { return slot == 0 ? "x" : "y"; }
    std::string missing_input_text(uint32_t slot, uint64_t instance) const override {
        return missing_pair_input_text("pedersen", slot, instance);
    }

    bool compute(const Relocatable& first, const Inputs& inputs, Outputs& outputs,
                 std::string& error) const override {
        for (uint32_t i = 0; i < 2; ++i) {
            if (inputs[i].is_relocatable()) {
                error = expected_integer_text("pedersen builtin", first + i, inputs[i]);
                return false;
            }
        }
        outputs[0] = pedersen::hash(inputs[0].felt(), inputs[1].felt());
        return true;
    }
};

}  // namespace

std::unique_ptr<BuiltinRunner> make_pedersen_runner(Relocatable base) {
    return std::make_unique<PedersenRunner>(base);
}

}  // namespace xcairo
