// %ids: the references visible at pc and their values.
#include "magics/magic.hpp"
#include "vmcore/program.hpp"
#include "vmcore/reference_eval.hpp"

namespace xcairo::kernel {
namespace {

class IdsMagic final : public Magic {
public:
    IdsMagic()
        : Magic(ArgParser("ids", "Show the references (Cairo variables) visible at the current VM's pc and "
                                 "their values, as a hint's ids would see them.")) {}

private:
    Display run(const ParsedArgs&, Session& session) override {
        const Machine& machine = session.current().machine();
        const Program& program = machine.program();
        const Relocatable pc = machine.pc();
        const Relocatable base = machine.runner().program_base();
        const InstructionLocation* location =
            pc.segment == base.segment ? program.instruction_location(pc.offset - base.offset) : nullptr;
        if (!location || !location->flow_tracking_data || !location->flow_tracking_data->reference_ids)
            return text_display("No references known at pc " + pc.to_string() + " (no debug info there).");
        const FlowTrackingData& flow = *location->flow_tracking_data;
        const MemoryReader read = [&machine](const Relocatable& addr) { return machine.memory().get(addr); };
        const EvalRegisters registers{machine.ap(), machine.fp()};
        std::vector<std::vector<std::string>> rows;
        for (const auto& [full_name, id] : flow.reference_ids->entries()) {
            std::string value;
            const std::optional<ExprPtr> expr =
                id < program.references.size() ? reference_at(program.references[id], flow.ap_tracking)
                                               : std::nullopt;
            if (!expr) {
                value = "<revoked>";
            } else {
                try {
                    const EvalResult result = evaluate_expr(program, *expr, registers, read);
                    if (const auto* ok = std::get_if<EvalValue>(&result)) {
                        value = ok->decimal_repr();
                    } else {
                        value = "<" + std::get<EvalError>(result).message + ">";
                    }
                } catch (const std::exception& e) {
                    value = std::string("<") + e.what() + ">";
                }
            }
            rows.push_back({std::string(full_name), value});
        }
        if (rows.empty()) return text_display("No references at pc " + pc.to_string() + ".");
        return table_display({"name", "value"}, rows);
    }
};

}  // namespace

std::unique_ptr<Magic> make_ids_magic() { return std::make_unique<IdsMagic>(); }

}  // namespace xcairo::kernel
