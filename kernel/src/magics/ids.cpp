// %ids: the references visible at pc and their values; before a hint, the hint's own ids.
#include "magics/magic.hpp"
#include "vmcore/hint_executor.hpp"
#include "vmcore/program.hpp"
#include "vmcore/reference_eval.hpp"

namespace xcairo::kernel {
namespace {

/// The value of a reference as decimal_repr shows it, or why it has none.
std::string reference_value(const Machine& machine, const FlowTrackingData& flow, uint64_t id) {
    const Program& program = machine.program();
    const std::optional<ExprPtr> expr =
        id < program.references.size() ? reference_at(program.references[id], flow.ap_tracking) : std::nullopt;
    if (!expr) return "<revoked>";
    const MemoryReader read = [&machine](const Relocatable& addr) { return machine.memory().get(addr); };
    try {
        const EvalResult result = evaluate_expr(program, *expr, EvalRegisters{machine.ap(), machine.fp()}, read);
        if (const auto* ok = std::get_if<EvalValue>(&result)) return ok->decimal_repr();
        return "<" + std::get<EvalError>(result).message + ">";
    } catch (const std::exception& e) {
        return std::string("<") + e.what() + ">";
    }
}

/// A reference's name as a hint writes it after `ids.`: relative to its innermost accessible scope.
std::string short_name(const Hint& hint, std::string_view full_name) {
    size_t best = 0;
    for (const std::string& scope : hint.accessible_scopes)
        if (full_name.size() > scope.size() + 1 && full_name.compare(0, scope.size(), scope) == 0 &&
            full_name[scope.size()] == '.' && scope.size() + 1 > best)
            best = scope.size() + 1;
    return std::string(full_name.substr(best));
}

/// ids.<name> through the hint's own view (cairo-lang's VmConsts): values as the hint reads them.
std::string hint_value(HintContext& context, const std::string& name) {
    try {
        const IdsValue value = context.ids(name);
        std::string text = value.value.to_string();
        if (value.type && value.type->kind == CairoType::Kind::Pointer && value.type->pointee &&
            value.type->pointee->kind == CairoType::Kind::Struct)
            text += " (address of a " + value.type->pointee->struct_name + ")";
        return text;
    } catch (const std::exception& e) {
        return std::string("<") + e.what() + ">";
    }
}

/// The ids of every hint of pc, which the VM paused before.
Display pending_hints_display(Machine& machine) {
    Display display;
    for (size_t index = 0;; ++index) {
        std::unique_ptr<HintContext> context;
        try {
            context = machine.pending_hint(index);
        } catch (const Error&) {
            break;
        }
        const Hint& hint = context->hint();
        display += text_display("Hint " + std::to_string(index) + " at pc " + machine.pc().to_string() + ":\n" +
                                 hint.code);
        std::vector<std::vector<std::string>> rows;
        if (hint.flow_tracking_data.reference_ids) {
            for (const auto& entry : hint.flow_tracking_data.reference_ids->entries()) {
                const std::string name = short_name(hint, entry.first);
                rows.push_back({"ids." + name, hint_value(*context, name)});
            }
        }
        display += rows.empty() ? text_display("(no ids)") : table_display({"name", "value"}, rows);
    }
    return display;
}

class IdsMagic final : public Magic {
public:
    IdsMagic()
        : Magic(ArgParser("ids", "Show the references (Cairo variables) visible at the current VM's pc and "
                                 "their values, as a hint's ids would see them; paused before hints "
                                 "(%break --hints), each hint's own ids. In Python: "
                                 "xcairo.current().hint(N).ids.")) {}

private:
    Display run(const ParsedArgs&, Session& session) override {
        CairoVm& vm = session.current();
        Machine& machine = vm.machine();
        if (vm.last_stop() && vm.last_stop()->cause == StopCause::kBeforeHints) {
            Display display = pending_hints_display(machine);
            if (!display.empty()) return display;
        }
        const Program& program = machine.program();
        const Relocatable pc = machine.pc();
        const Relocatable base = machine.runner().program_base();
        const InstructionLocation* location =
            pc.segment == base.segment ? program.instruction_location(pc.offset - base.offset) : nullptr;
        if (!location || !location->flow_tracking_data || !location->flow_tracking_data->reference_ids)
            return text_display("No references known at pc " + pc.to_string() + " (no debug info there).");
        const FlowTrackingData& flow = *location->flow_tracking_data;
        std::vector<std::vector<std::string>> rows;
        for (const auto& [full_name, id] : flow.reference_ids->entries())
            rows.push_back({std::string(full_name), reference_value(machine, flow, id)});
        if (rows.empty()) return text_display("No references at pc " + pc.to_string() + ".");
        return table_display({"name", "value"}, rows);
    }
};

}  // namespace

std::unique_ptr<Magic> make_ids_magic() { return std::make_unique<IdsMagic>(); }

}  // namespace xcairo::kernel
