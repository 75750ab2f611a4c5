// The bitwise builtin: instances of 5 cells (x, y, x & y, x ^ y, x | y); the outputs are deduced
// from the inputs, which must be integers below 2^251.
#include <array>

#include "builtin_runner.hpp"
#include "../value_ops.hpp"

namespace xcairo {
namespace {

constexpr uint32_t kCellsPerInstance = 5;
constexpr uint32_t kInputCells = 2;

class BitwiseRunner final : public BuiltinRunner {
public:
    explicit BitwiseRunner(Relocatable base)
        : BuiltinRunner("bitwise", base, kCellsPerInstance, kInputCells) {}

    bool has_deduction_rule() const noexcept override { return true; }

    bool deduce(const Memory& memory, const Relocatable& addr,
                std::optional<MaybeRelocatable>& value, std::string& error) const override {
        const uint64_t index = addr.offset % kCellsPerInstance;
        if (index < kInputCells) return true;
        const Relocatable x_addr{addr.segment, addr.offset - index};
        const Relocatable y_addr{addr.segment, x_addr.offset + 1};
        const std::optional<MaybeRelocatable> x = memory.get(x_addr);
        const std::optional<MaybeRelocatable> y = memory.get(y_addr);
        if (!x || !y) return true;
        std::array<uint8_t, 32> x_bytes{};
        std::array<uint8_t, 32> y_bytes{};
        if (!input_bytes(x_addr, *x, x_bytes, error) || !input_bytes(y_addr, *y, y_bytes, error)) {
            return false;
        }
        std::array<uint8_t, 32> out{};
        for (size_t i = 0; i < out.size(); ++i) {
            out[i] = index == 2 ? (x_bytes[i] & y_bytes[i])
                   : index == 3 ? (x_bytes[i] ^ y_bytes[i])
                                : (x_bytes[i] | y_bytes[i]);
        }
        value = MaybeRelocatable(*Felt::from_bytes_le(out));  // below 2^251 < p
        return true;
    }

    std::string air_private_input(const Memory& memory) const override {
        return input_cells_private_input(
            memory, kInputCells, [](uint32_t slot) { return std::string(slot == 0 ? "x" : "y"); },
            [](uint32_t slot, uint64_t index) {
                return std::string(slot == 0 ? "Missing first" : "Missing second") +
                       " input of bitwise instance " + std::to_string(index) + ".";
            });
    }

private:
    /// The bytes of an input cell, or its error text.
    bool input_bytes(const Relocatable& addr, const MaybeRelocatable& value,
                     std::array<uint8_t, 32>& bytes, std::string& error) const {
        if (value.is_relocatable()) {
            error = expected_integer_text("bitwise builtin", addr, value);
            return false;
        }
        bytes = value.felt().to_bytes_le();
        if (bytes[31] >= 0x08) {  // >= 2^251
            error = "bitwise builtin: Expected integer at address " + value_text(addr) +
                    " to be smaller than 2^251. Got: " + value_text(value) + ".";
            return false;
        }
        return true;
    }
};

}  // namespace

std::unique_ptr<BuiltinRunner> make_bitwise_runner(Relocatable base) {
    return std::make_unique<BitwiseRunner>(base);
}

}  // namespace xcairo
