// %cairo_load PATH: a compiled program into a new VM, which becomes the current one.
#include "magics/magic.hpp"
#include "magics/views.hpp"

namespace xcairo::kernel {
namespace {

class CairoLoadMagic final : public Magic {
public:
    CairoLoadMagic()
        : Magic(ArgParser("cairo_load", "Load a compiled Cairo program (cairo-compile's JSON) into a new VM, "
                                        "stopped before its first step; it becomes the current VM.")
                    .positional("PATH", "the compiled program, as given or in the search path (%cairo_path)")
                    .option("name", "N", "the VM's name (default: the file's stem)")
                    .option("layout", "L", "the layout (default: all_cairo)")
                    .flag("proof_mode", "run in proof mode (a program compiled with --proof_mode)")
                    .option("program_input", "FILE", "the program input (JSON) of the program's hints")
                    .flag("no_trace", "do not record the trace (%trace shows nothing)")) {}

private:
    Display run(const ParsedArgs& args, Session& session) override {
        LoadRequest request;
        request.path = *args.get("PATH");
        request.name = args.get("name");
        request.layout = args.get("layout").value_or("all_cairo");
        request.proof_mode = args.flag("proof_mode");
        request.program_input = args.get("program_input");
        request.trace = !args.flag("no_trace");
        const CairoVm& vm = session.load(request);
        const std::string loaded = "Loaded " + vm.path().string() + " as VM '" + vm.name() +
                                   "' (layout " + request.layout +
                                   (request.proof_mode ? ", proof mode" : "") + ")";
        Display display{loaded + "\n", "<p>" + html_escape(loaded) + "</p>", ""};
        display += source_display(session, vm);
        display += registers_display(vm);
        return display;
    }
};

}  // namespace

std::unique_ptr<Magic> make_cairo_load_magic() { return std::make_unique<CairoLoadMagic>(); }

}  // namespace xcairo::kernel
