// %vms: the loaded VMs.
#include "magics/magic.hpp"

namespace xcairo::kernel {
namespace {

class VmsMagic final : public Magic {
public:
    VmsMagic() : Magic(ArgParser("vms", "List the loaded VMs; * marks the current one.")) {}

private:
    Display run(const ParsedArgs&, Session& session) override {
        std::vector<std::vector<std::string>> rows;
        const CairoVm* current = session.has_vm() ? &session.current() : nullptr;
        for (const CairoVm* vm : session.vms()) {
            const Machine& machine = vm->machine();
            // A VM another thread is running (xcairo.vm(NAME).run()) cannot be read now.
            const bool running = machine.driven_elsewhere();
            rows.push_back({vm == current ? "*" : "", vm->name(), vm->path().string(), vm->request().layout,
                            running ? "running" : machine.pc().to_string(),
                            running ? "running" : std::to_string(machine.current_step())});
        }
        if (rows.empty()) return text_display("No VM loaded (%cairo_load PATH loads one).");
        return table_display({"", "name", "program", "layout", "pc", "step"}, rows);
    }
};

}  // namespace

std::unique_ptr<Magic> make_vms_magic() { return std::make_unique<VmsMagic>(); }

}  // namespace xcairo::kernel
