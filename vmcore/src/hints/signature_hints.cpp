// signature.cairo: verify_ecdsa_signature's hint hands the signature to the ecdsa builtin.
#include "builtins/ecdsa_runner.hpp"
#include "hints/math_utils.hpp"

namespace xcairo {
namespace {

// ecdsa_builtin.add_signature(ids.ecdsa_ptr.address_, (ids.signature_r, ids.signature_s))
// ids: ecdsa_ptr, signature_r, signature_s
void add_signature(HintCall& h) {
    auto* ecdsa = dynamic_cast<EcdsaRunner*>(h.ctx.builtin_runner("ecdsa"));
    if (ecdsa == nullptr) throw HintError("NameError", "name 'ecdsa_builtin' is not defined", 1);
    const MaybeRelocatable addr = h.value(0, 1);
    const EcdsaSignature signature{h.felt(1, 1).canonical(), h.felt(2, 1).canonical()};
    const std::string error = ecdsa->add_signature(addr, signature);
    if (error.empty()) return;
    // signature_builtin_runner.py: the assert that failed, by its message.
    const int64_t line = error.rfind("Expected memory address", 0) == 0 ? 132
                         : error.rfind("Signature hint must point to the signature builtin", 0) == 0
                             ? 135
                             : 138;
    hint_assert_failed(error, 1,
                       {{"starkware/cairo/lang/builtins/signature/signature_builtin_runner.py", line,
                         "add_signature", line == 132 ? "assert isinstance(" : "assert ("}});
}

}  // namespace

std::vector<NativeHint> signature_hints() {
    return {{"ecdsa_builtin.add_signature(ids.ecdsa_ptr.address_, (ids.signature_r, ids.signature_s))",
             {"ecdsa_ptr", "signature_r", "signature_s"},
             add_signature}};
}

}  // namespace xcairo
