// %finish: until the current function returns.
#include "magics/magic.hpp"
#include "magics/views.hpp"

namespace xcairo::kernel {
namespace {

class FinishMagic final : public Magic {
public:
    FinishMagic()
        : Magic(ArgParser("finish", "Run the current VM until the current function returns to its caller "
                                    "(in main: to the end).")) {}

private:
    Display run(const ParsedArgs&, Session& session) override {
        return drive_display(session, [&] { return session.finish(); });
    }
};

}  // namespace

std::unique_ptr<Magic> make_finish_magic() { return std::make_unique<FinishMagic>(); }

}  // namespace xcairo::kernel
