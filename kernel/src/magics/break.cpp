// %break pc|function|file:line, %break --hints.
#include "magics/magic.hpp"
#include "vmcore/program.hpp"

namespace xcairo::kernel {
namespace {

class BreakMagic final : public Magic {
public:
    BreakMagic()
        : Magic(ArgParser("break", "Set a breakpoint in the current VM, at a pc (12 or 0:12), a function or label "
                                   "(main, __main__.f) or a source line (prog.cairo:7).")
                    .positional("WHERE", "pc, function or file:line", false)
                    .flag("hints", "also pause before running any instruction's hints")
                    .flag("no_hints", "stop pausing before hints")) {}

    std::vector<std::string> complete_values(Session& session) const override {
        std::vector<std::string> names;
        if (!session.has_vm()) return names;
        for (const auto& [name, identifier] : session.current().machine().program().identifiers.all())
            if (identifier.is_label()) names.push_back(name);
        return names;
    }

private:
    Display run(const ParsedArgs& args, Session& session) override {
        Display display;
        if (args.flag("hints") || args.flag("no_hints")) {
            session.set_stop_before_hints(args.flag("hints"));
            display += text_display(args.flag("hints") ? "Pausing before hints." : "Not pausing before hints.");
        }
        if (const auto where = args.get("WHERE")) {
            const Breakpoint& breakpoint = session.add_breakpoint(*where);
            display += text_display("Breakpoint " + std::to_string(breakpoint.id) + " at pc " +
                                    breakpoint.pc.to_string() + " (" + breakpoint.spec + ")");
        } else if (display.empty()) {
            throw UsageError(parser().usage() + "\nbreak: error: give WHERE or --hints");
        }
        return display;
    }
};

}  // namespace

std::unique_ptr<Magic> make_break_magic() { return std::make_unique<BreakMagic>(); }

}  // namespace xcairo::kernel
