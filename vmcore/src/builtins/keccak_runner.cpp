// The keccak builtin: instances of 16 cells, 8 inputs of 200 bits each permuted by Keccak-f1600
// into the 8 outputs (cairo-lang's KeccakBuiltinRunner, state_rep [200] * 8 in every layout).
#include "deducing_runner.hpp"
#include "keccak.hpp"
#include "../value_ops.hpp"

namespace xcairo {
namespace {

class KeccakRunner final : public DeducingRunner<2 * kKeccakFelts, kKeccakFelts> {
public:
    explicit KeccakRunner(Relocatable base) : DeducingRunner("keccak", base) {}

private:
    std::string input_key(uint32_t slot) const override {
        return "input_s" + std::to_string(slot);
    }
    std::string missing_input_text(uint32_t slot, uint64_t instance) const override {
        return "Missing input #" + std::to_string(slot) + " of keccak instance " +
               std::to_string(instance) + ".";
    }

    bool compute(const Relocatable& first, const Inputs& inputs, Outputs& outputs,
                 std::string& error) const override {
        KeccakFelts felts;
        // Each cell is checked to be an integer, then to fit 200 bits, before the next one.
        for (uint32_t i = 0; i < kKeccakFelts; ++i) {
            if (inputs[i].is_relocatable()) {
                error = expected_integer_text("Keccak builtin", first + i, inputs[i]);
                return false;
            }
            felts[i] = inputs[i].felt();
            if (felts[i].canonical()[3] >> (kKeccakFeltBits - 192) != 0) {
                error = "Keccak builtin: Expected integer at address " + value_text(first + i) +
                        " to be smaller than 2^" + std::to_string(kKeccakFeltBits) +
                        ". Got: " + value_text(inputs[i]) + ".";
                return false;
            }
        }
        keccak_builtin(felts, outputs);  // cannot fail: every input was checked above
        return true;
    }
};

}  // namespace

std::unique_ptr<BuiltinRunner> make_keccak_runner(Relocatable base) {
    return std::make_unique<KeccakRunner>(base);
}

}  // namespace xcairo
