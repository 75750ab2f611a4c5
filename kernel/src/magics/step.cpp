// %step [N]: N instructions (default 1).
#include "magics/magic.hpp"
#include "magics/views.hpp"

namespace xcairo::kernel {
namespace {

class StepMagic final : public Magic {
public:
    StepMagic()
        : Magic(ArgParser("step", "Run N instructions of the current VM (fewer at a breakpoint, the end or an error).")
                    .positional("N", "how many instructions (default 1)", false)) {}

private:
    Display run(const ParsedArgs& args, Session& session) override {
        const uint64_t n = count_argument(args, "N", 1);
        return drive_display(session, [&] { return session.step(n); });
    }
};

}  // namespace

std::unique_ptr<Magic> make_step_magic() { return std::make_unique<StepMagic>(); }

}  // namespace xcairo::kernel
