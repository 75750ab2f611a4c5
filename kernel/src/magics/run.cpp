// %run: from the start again, until a breakpoint, the end or an error.
#include "magics/magic.hpp"
#include "magics/views.hpp"

namespace xcairo::kernel {
namespace {

class RunMagic final : public Magic {
public:
    RunMagic()
        : Magic(ArgParser("run", "Restart the current VM (breakpoints kept) and run it until a breakpoint, "
                                 "the end of the run or an error.")) {}

private:
    Display run(const ParsedArgs&, Session& session) override {
        return drive_display(session, [&] { return session.rerun(); });
    }
};

}  // namespace

std::unique_ptr<Magic> make_run_magic() { return std::make_unique<RunMagic>(); }

}  // namespace xcairo::kernel
