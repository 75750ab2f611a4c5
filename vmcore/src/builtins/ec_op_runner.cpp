// The ec_op builtin: instances of 7 cells (p_x, p_y, q_x, q_y, m, r_x, r_y), R = P + m*Q deduced
// from the integer inputs with the AIR's checks (cairo-lang's EcOpBuiltinRunner).
#include "deducing_runner.hpp"
#include "stark_curve.hpp"
#include "../value_ops.hpp"

namespace xcairo {
namespace {

constexpr const char* kInputNames[] = {"p_x", "p_y", "q_x", "q_y", "m"};

std::string point_text(const curve::AffinePoint& p) {
    return "(" + p.x.to_dec() + ", " + p.y.to_dec() + ")";
}

class EcOpRunner final : public DeducingRunner<7, 5> {
public:
    explicit EcOpRunner(Relocatable base) : DeducingRunner("ec_op", base) {}

private:
    std::string input_key(uint32_t slot) const override { return kInputNames[slot]; }
    std::string missing_input_text(uint32_t slot, uint64_t instance) const override {
        return std::string("Missing input '") + kInputNames[slot] + "' of ec_op instance " +
               std::to_string(instance) + ".";
    }

    bool compute(const Relocatable& first, const Inputs& inputs, Outputs& outputs,
                 std::string& error) const override {
        for (uint32_t i = 0; i < 5; ++i) {
            if (inputs[i].is_relocatable()) {
                // cairo-lang's text has no space before "Got".
                error = expected_integer_text("ec_op builtin", first + i, inputs[i], "");
                return false;
            }
        }
        // The rule's "m must be at most <scalar_limit>" cannot fail: scalar_limit is P in every
        // layout and a cell holds a value below P.
        const curve::AffinePoint p{inputs[0].felt(), inputs[1].felt()};
        const curve::AffinePoint q{inputs[2].felt(), inputs[3].felt()};
        const Felt m = inputs[4].felt();
        curve::AffinePoint r;
        switch (curve::ec_op(p, q, m, r)) {
            case curve::CurveStatus::ok:
                outputs = {r.x, r.y};
                return true;
            case curve::CurveStatus::p_not_on_curve:
                error = "ec_op builtin: point " + point_text(p) + " is not on the curve.";
                return false;
            case curve::CurveStatus::q_not_on_curve:
                error = "ec_op builtin: point " + point_text(q) + " is not on the curve.";
                return false;
            case curve::CurveStatus::same_x:
                error =
                    "Cannot apply EC operation: computation reached two points with the same x "
                    "coordinate.\nAttempting to compute P + m * Q where:\nP = " +
                    point_text(p) + "\nm = " + m.to_dec() + "\nQ = " + point_text(q) + ".";
                return false;
            default:
                // A doubling of a point with y = 0 (math_utils' bare assert); the curve's order
                // is prime, so no point on it has y = 0.
                error.clear();
                return false;
        }
    }
};

}  // namespace

std::unique_ptr<BuiltinRunner> make_ec_op_runner(Relocatable base) {
    return std::make_unique<EcOpRunner>(base);
}

}  // namespace xcairo
