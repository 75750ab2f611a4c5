// %continue: until a breakpoint, the end or an error.
#include "magics/magic.hpp"
#include "magics/views.hpp"

namespace xcairo::kernel {
namespace {

class ContinueMagic final : public Magic {
public:
    ContinueMagic()
        : Magic(ArgParser("continue", "Run the current VM until a breakpoint, the end of the run or an error "
                                      "(interrupt the kernel to stop it).")) {}

private:
    Display run(const ParsedArgs&, Session& session) override {
        return drive_display(session, [&] { return session.resume(); });
    }
};

}  // namespace

std::unique_ptr<Magic> make_continue_magic() { return std::make_unique<ContinueMagic>(); }

}  // namespace xcairo::kernel
