// The AIR public and private inputs of a proof-mode run (cairo_run.py's write_air_public_input and
// get_air_private_input), laid out as cairo-run's json.dump(indent=4).
#include "builtins/builtin_runner.hpp"
#include "value_ops.hpp"
#include "vm.hpp"
#include "vmcore/runner.hpp"

namespace xcairo {
namespace {

std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string segment_json(uint64_t begin, uint64_t stop) {
    return "{\n            \"begin_addr\": " + std::to_string(begin) +
           ",\n            \"stop_ptr\": " + std::to_string(stop) + "\n        }";
}

}  // namespace

std::string Runner::air_public_input(const std::string& layout_name) {
    const std::vector<RelocatedTraceEntry> trace = relocated_trace();
    if (trace.empty()) throw AssertionFailure("xcairo: the AIR public input needs a trace.");
    const auto [rc_min, rc_max] = perm_range_check_limits();
    std::string segments = "        \"program\": " + segment_json(trace.front().pc, trace.back().pc) +
                           ",\n        \"execution\": " +
                           segment_json(trace.front().ap, trace.back().ap);
    for (const auto& builtin : m_builtins) {
        // get_memory_segment_addresses: a builtin the program does not use stops at its base.
        std::optional<Relocatable> stop = included(builtin->name()) ? builtin->stop() : builtin->base();
        if (!stop) {
            throw AssertionFailure("The " + builtin->name() + " builtin stop pointer was not set.");
        }
        segments += ",\n        " + quoted(builtin->name()) + ": " +
                    segment_json(relocate_address(builtin->base()), relocate_address(*stop));
    }
    std::string public_memory;
    for (size_t segment = 0; segment < m_public_memory.size(); ++segment) {
        for (const auto& [offset, page] : m_public_memory[segment]) {
            const Relocatable addr{static_cast<int64_t>(segment), offset};
            const std::optional<MaybeRelocatable> value = m_memory.get(addr);
            if (!value) {
                throw UncaughtError("starkware.cairo.lang.vm.memory_dict.UnknownMemoryError",
                                    "Unknown value for memory cell at address " +
                                        std::to_string(relocate_address(addr)) + ".");
            }
            public_memory += std::string(public_memory.empty() ? "" : ",") + "\n        {\n" +
                             "            \"address\": " + std::to_string(relocate_address(addr)) +
                             ",\n            \"value\": \"" + relocate_value(*value).to_hex() +
                             "\",\n            \"page\": " + std::to_string(page) + "\n        }";
        }
    }
    return "{\n    \"layout\": " + quoted(layout_name) + ",\n    \"rc_min\": " +
           std::to_string(rc_min) + ",\n    \"rc_max\": " + std::to_string(rc_max) +
           ",\n    \"n_steps\": " + std::to_string(trace.size()) + ",\n    \"memory_segments\": {\n" +
           segments + "\n    },\n    \"public_memory\": [" + public_memory +
           (public_memory.empty() ? "" : "\n    ") + "],\n    \"dynamic_params\": null\n}\n";
}

std::string Runner::air_private_input(const std::string& trace_path,
                                      const std::string& memory_path) const {
    std::string text = "{\n    \"trace_path\": " + quoted(trace_path) + ",\n    \"memory_path\": " +
                       quoted(memory_path);
    for (const auto& builtin : m_builtins) {
        if (!builtin->in_private_input()) continue;
        text += ",\n    " + quoted(builtin->name()) + ": " + builtin->relocated_air_private_input(
                    m_memory, [this](const Relocatable& addr) { return relocate_address(addr); });
    }
    return text + "\n}\n";
}

}  // namespace xcairo
