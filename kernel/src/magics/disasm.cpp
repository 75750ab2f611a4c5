// %disasm [RANGE]: the program's instructions.
#include <charconv>

#include "magics/magic.hpp"
#include "magics/views.hpp"

namespace xcairo::kernel {
namespace {

std::optional<uint64_t> parse_offset(std::string_view text) {
    uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return value;
}

class DisasmMagic final : public Magic {
public:
    DisasmMagic()
        : Magic(ArgParser("disasm", "Disassemble the current VM's program: offsets START-END (END excluded), "
                                    "from START (20 cells), or around pc.")
                    .positional("RANGE", "START-END or START", false)) {}

private:
    Display run(const ParsedArgs& args, Session& session) override {
        const CairoVm& vm = session.current();
        const auto range = args.get("RANGE");
        if (!range) {
            const Relocatable pc = vm.machine().pc();
            const uint64_t offset = pc.offset - std::min(pc.offset, vm.machine().runner().program_base().offset);
            return disassembly_display(vm, offset > 10 ? offset - 10 : 0, offset + 11);
        }
        const size_t dash = range->find('-');
        const auto from = parse_offset(range->substr(0, dash));
        const auto to = dash == std::string::npos ? std::optional<uint64_t>(from.value_or(0) + 20)
                                                  : parse_offset(range->substr(dash + 1));
        if (!from || !to || *to < *from)
            throw UsageError(parser().usage() + "\ndisasm: error: RANGE is START-END or START, not " + *range);
        return disassembly_display(vm, *from, *to);
    }
};

}  // namespace

std::unique_ptr<Magic> make_disasm_magic() { return std::make_unique<DisasmMagic>(); }

}  // namespace xcairo::kernel
