// %reset: forget every VM.
#include "magics/magic.hpp"

namespace xcairo::kernel {
namespace {

class ResetMagic final : public Magic {
public:
    ResetMagic() : Magic(ArgParser("reset", "Forget every Cairo VM and its breakpoints (Python variables stay).")) {}

private:
    Display run(const ParsedArgs&, Session& session) override {
        session.reset();
        return text_display("Every VM was removed.");
    }
};

}  // namespace

std::unique_ptr<Magic> make_reset_magic() { return std::make_unique<ResetMagic>(); }

}  // namespace xcairo::kernel
