#pragma once
// A line magic: its own argument parser (whose -h returns help text) and a run over the session.
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "magics/arg_parser.hpp"
#include "magics/display.hpp"
#include "session/session.hpp"

namespace xcairo::kernel {

class Magic {
public:
    virtual ~Magic() = default;
    const std::string& name() const noexcept { return m_parser.prog(); }
    const ArgParser& parser() const noexcept { return m_parser; }
    /// The help text, or what the magic shows. Throws UsageError, SessionError, xcairo::Error.
    Display call(const std::string& line, Session& session);
    /// Values a positional argument may take (VM names, functions...), for completion.
    virtual std::vector<std::string> complete_values(Session&) const { return {}; }

protected:
    explicit Magic(ArgParser parser) : m_parser(std::move(parser)) {}
    virtual Display run(const ParsedArgs& args, Session& session) = 0;

private:
    ArgParser m_parser;
};

/// Every Cairo magic, by name.
std::map<std::string, std::unique_ptr<Magic>> make_magics();

// One factory per magic (magics/<name>.cpp).
std::unique_ptr<Magic> make_cairo_load_magic();
std::unique_ptr<Magic> make_vms_magic();
std::unique_ptr<Magic> make_vm_magic();
std::unique_ptr<Magic> make_step_magic();
std::unique_ptr<Magic> make_next_magic();
std::unique_ptr<Magic> make_finish_magic();
std::unique_ptr<Magic> make_continue_magic();
std::unique_ptr<Magic> make_run_magic();
std::unique_ptr<Magic> make_break_magic();
std::unique_ptr<Magic> make_breaks_magic();
std::unique_ptr<Magic> make_delete_magic();
std::unique_ptr<Magic> make_registers_magic();
std::unique_ptr<Magic> make_memory_magic();
std::unique_ptr<Magic> make_ids_magic();
std::unique_ptr<Magic> make_trace_magic();
std::unique_ptr<Magic> make_output_magic();
std::unique_ptr<Magic> make_disasm_magic();
std::unique_ptr<Magic> make_reset_magic();
std::unique_ptr<Magic> make_cairo_path_magic();

/// A non-negative count argument; UsageError naming the argument otherwise.
uint64_t count_argument(const ParsedArgs& args, const std::string& name, uint64_t fallback);

}  // namespace xcairo::kernel
