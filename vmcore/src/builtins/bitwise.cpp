// The bitwise builtin: instances of 5 cells (x, y, x & y, x ^ y, x | y); the outputs are deduced
// from the inputs, which must be integers below 2^251.
#include <array>

#include "deducing_runner.hpp"
#include "../value_ops.hpp"

namespace xcairo {
namespace {

class BitwiseRunner final : public DeducingRunner<5, 2> {
public:
    explicit BitwiseRunner(Relocatable base) : DeducingRunner("bitwise", base) {}

private:
    std::string input_key(uint32_t slot) const override { return slot == 0 ? "x" : "y"; }
    std::string missing_input_text(uint32_t slot, uint64_t instance) const override {
        return missing_pair_input_text("bitwise", slot, instance);
    }

    bool compute(const Relocatable& first, const Inputs& inputs, Outputs& outputs,
                 std::string& error) const override {
        std::array<std::array<uint8_t, 32>, 2> bytes;
        for (uint32_t i = 0; i < 2; ++i) {  // x is checked whole before y
            if (inputs[i].is_relocatable()) {
                error = expected_integer_text("bitwise builtin", first + i, inputs[i]);
                return false;
            }
            bytes[i] = inputs[i].felt().to_bytes_le();
            if (bytes[i][31] >= 0x08) {  // >= 2^251
                error = "bitwise builtin: Expected integer at address " + value_text(first + i) +
                        " to be smaller than 2^251. Got: " + value_text(inputs[i]) + ".";
                return false;
            }
        }
        std::array<std::array<uint8_t, 32>, 3> out;
        for (size_t i = 0; i < 32; ++i) {
            out[0][i] = bytes[0][i] & bytes[1][i];
            out[1][i] = bytes[0][i] ^ bytes[1][i];
            out[2][i] = bytes[0][i] | bytes[1][i];
        }
        for (size_t k = 0; k < 3; ++k) outputs[k] = *Felt::from_bytes_le(out[k]);  // < 2^251 < P
        return true;
    }
};

}  // namespace

std::unique_ptr<BuiltinRunner> make_bitwise_runner(Relocatable base) {
    return std::make_unique<BitwiseRunner>(base);
}

}  // namespace xcairo
