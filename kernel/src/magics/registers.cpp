// %registers: pc, ap, fp and the step of the current VM.
#include "magics/magic.hpp"
#include "magics/views.hpp"

namespace xcairo::kernel {
namespace {

class RegistersMagic final : public Magic {
public:
    RegistersMagic() : Magic(ArgParser("registers", "Show the current VM's registers, step and state.")) {}

private:
    Display run(const ParsedArgs&, Session& session) override { return registers_display(session.current()); }
};

}  // namespace

std::unique_ptr<Magic> make_registers_magic() { return std::make_unique<RegistersMagic>(); }

}  // namespace xcairo::kernel
