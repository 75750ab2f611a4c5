// %breaks: the current VM's breakpoints.
#include "magics/magic.hpp"

namespace xcairo::kernel {
namespace {

class BreaksMagic final : public Magic {
public:
    BreaksMagic() : Magic(ArgParser("breaks", "List the current VM's breakpoints.")) {}

private:
    Display run(const ParsedArgs&, Session& session) override {
        const CairoVm& vm = session.current();
        std::vector<std::vector<std::string>> rows;
        for (const Breakpoint& breakpoint : vm.breakpoints())
            rows.push_back({std::to_string(breakpoint.id), breakpoint.pc.to_string(), breakpoint.spec});
        Display display = rows.empty() ? text_display("No breakpoints in VM " + vm.name() + ".")
                                       : table_display({"id", "pc", "where"}, rows);
        if (vm.stop_before_hints()) display += text_display("Pausing before hints.");
        return display;
    }
};

}  // namespace

std::unique_ptr<Magic> make_breaks_magic() { return std::make_unique<BreaksMagic>(); }

}  // namespace xcairo::kernel
