// %trace [N]: the last N entries of the trace.
#include "magics/magic.hpp"

namespace xcairo::kernel {
namespace {

class TraceMagic final : public Magic {
public:
    TraceMagic()
        : Magic(ArgParser("trace", "Show the last N steps of the current VM's trace (pc, ap, fp before each step).")
                    .positional("N", "how many steps (default 10)", false)) {}

private:
    Display run(const ParsedArgs& args, Session& session) override {
        const CairoVm& vm = session.current();
        if (!vm.request().trace) return text_display("VM " + vm.name() + " was loaded with --no_trace.");
        const std::vector<TraceEntry> trace = vm.machine().trace();
        const uint64_t count = std::min<uint64_t>(count_argument(args, "N", 10), trace.size());
        std::vector<std::vector<std::string>> rows;
        for (uint64_t i = trace.size() - count; i < trace.size(); ++i)
            rows.push_back({std::to_string(i), trace[i].pc.to_string(), trace[i].ap.to_string(), trace[i].fp.to_string()});
        if (rows.empty()) return text_display("No step run yet.");
        return table_display({"step", "pc", "ap", "fp"}, rows);
    }
};

}  // namespace

std::unique_ptr<Magic> make_trace_magic() { return std::make_unique<TraceMagic>(); }

}  // namespace xcairo::kernel
