#include "magics/magic.hpp"

#include <charconv>

namespace xcairo::kernel {

Display Magic::call(const std::string& line, Session& session) {
    const std::optional<ParsedArgs> args = m_parser.parse(line);
    if (!args) return text_display(m_parser.help());
    // Every magic reads or drives the current VM: not while another thread runs it (reads would
    // race). A hint of its own run may read it; driving it is refused by its drive guard.
    if (session.has_vm()) session.current().machine().check_readable();
    return run(*args, session);
}

uint64_t count_argument(const ParsedArgs& args, const std::string& name, uint64_t fallback) {
    const std::optional<std::string> text = args.get(name);
    if (!text) return fallback;
    uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc() || end != text->data() + text->size())
        throw UsageError("argument " + name + ": not a non-negative integer: " + *text);
    return value;
}

std::map<std::string, std::unique_ptr<Magic>> make_magics() {
    std::map<std::string, std::unique_ptr<Magic>> magics;
    for (auto factory : {make_cairo_load_magic, make_vms_magic, make_vm_magic, make_step_magic,
                         make_next_magic, make_finish_magic, make_continue_magic, make_run_magic,
                         make_break_magic, make_breaks_magic, make_delete_magic,
                         make_registers_magic, make_memory_magic, make_ids_magic, make_trace_magic,
                         make_output_magic, make_disasm_magic, make_reset_magic,
                         make_cairo_path_magic}) {
        std::unique_ptr<Magic> magic = factory();
        const std::string name = magic->name();
        magics.emplace(name, std::move(magic));
    }
    return magics;
}

}  // namespace xcairo::kernel
