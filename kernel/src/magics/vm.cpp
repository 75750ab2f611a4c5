// %vm NAME: switch the current VM.
#include "magics/magic.hpp"
#include "magics/views.hpp"

namespace xcairo::kernel {
namespace {

class VmMagic final : public Magic {
public:
    VmMagic() : Magic(ArgParser("vm", "Make a loaded VM the current one.").positional("NAME", "the VM (%vms lists them)")) {}

    std::vector<std::string> complete_values(Session& session) const override {
        std::vector<std::string> names;
        for (const CairoVm* vm : session.vms()) names.push_back(vm->name());
        return names;
    }

private:
    Display run(const ParsedArgs& args, Session& session) override {
        const CairoVm& vm = session.select(*args.get("NAME"));
        Display display = text_display("Current VM: " + vm.name());
        display += source_display(session, vm);
        display += registers_display(vm);
        return display;
    }
};

}  // namespace

std::unique_ptr<Magic> make_vm_magic() { return std::make_unique<VmMagic>(); }

}  // namespace xcairo::kernel
