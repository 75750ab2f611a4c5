// %output: what the program wrote to the output builtin so far.
#include "magics/magic.hpp"

namespace xcairo::kernel {
namespace {

class OutputMagic final : public Magic {
public:
    OutputMagic() : Magic(ArgParser("output", "Show the current VM's program output (the output builtin's cells) so far.")) {}

private:
    Display run(const ParsedArgs&, Session& session) override {
        const CairoVm& vm = session.current();
        if (!vm.machine().runner().output_base()) return text_display("The program does not use the output builtin.");
        std::string text = "Program output:\n";
        for (const auto& cell : vm.machine().output()) {
            text += "  " + (!cell ? std::string("<missing>")
                                  : cell->is_relocatable() ? cell->to_string() : cell->felt().to_signed_dec()) + "\n";
        }
        return text_display(text);
    }
};

}  // namespace

std::unique_ptr<Magic> make_output_magic() { return std::make_unique<OutputMagic>(); }

}  // namespace xcairo::kernel
