// The range_check builtin: every cell of its segment holds an integer in [0, 2^128).
#include <array>

#include "builtin_runner.hpp"
#include "../value_ops.hpp"

namespace xcairo {
namespace {

constexpr const char* kBoundText = "340282366920938463463374607431768211456";  // 2^128

class RangeCheckRunner final : public BuiltinRunner {
public:
    explicit RangeCheckRunner(Relocatable base) : BuiltinRunner("range_check", base, 1, 1) {}

    bool has_validation_rule() const noexcept override { return true; }

    std::string validate(const Relocatable& addr, const MaybeRelocatable& value) const override {
        if (value.is_relocatable()) {
            return "Range-check builtin: Expected value at address " + value_text(addr) +
                   " to be an integer. Got: " + value_text(value) + ".";
        }
        const std::array<uint8_t, 32> bytes = value.felt().to_bytes_le();
        bool in_range = true;
        for (size_t i = 16; i < bytes.size(); ++i) in_range = in_range && bytes[i] == 0;
        if (in_range) return {};
        return "Value " + value.felt().to_dec() + ", in range check builtin " +
               std::to_string(addr.offset - base().offset) + ", is out of range [0, " + kBoundText +
               ").";
    }
};

}  // namespace

std::unique_ptr<BuiltinRunner> make_range_check_runner(Relocatable base) {
    return std::make_unique<RangeCheckRunner>(base);
}

}  // namespace xcairo
