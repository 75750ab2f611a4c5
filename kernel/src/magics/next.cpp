// %next: one instruction, a call running until it returns.
#include "magics/magic.hpp"
#include "magics/views.hpp"

namespace xcairo::kernel {
namespace {

class NextMagic final : public Magic {
public:
    NextMagic() : Magic(ArgParser("next", "Run one instruction of the current VM; a call runs until it returns.")) {}

private:
    Display run(const ParsedArgs&, Session& session) override {
        return drive_display(session, [&] { return session.next(); });
    }
};

}  // namespace

std::unique_ptr<Magic> make_next_magic() { return std::make_unique<NextMagic>(); }

}  // namespace xcairo::kernel
