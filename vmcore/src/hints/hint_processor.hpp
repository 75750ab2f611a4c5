#pragma once
// The hint processor: every hint of a program resolved once at load (native handler, executor
// handle, or none), run by pc offset, and the failure text cairo-run prints for a hint.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "hints/native_hint.hpp"

namespace xcairo {

/// One hint of a program (the run's, or one a hint loaded), resolved.
struct CompiledHint {
    const Program* program = nullptr;  ///< the hint's program: its ids, debug info, file names
    const Hint* hint = nullptr;
    uint64_t pc = 0;  ///< offset in `program`
    size_t index_at_pc = 0;
    size_t hint_id = 0;
    const NativeHint* native = nullptr;
    std::vector<IdsRef> native_ids;               ///< native->ids, resolved
    std::optional<uint64_t> executor_handle;      ///< when the executor runs it
    std::unordered_map<std::string, IdsRef> ids;  ///< names resolved on demand (executors)
    uint64_t executions = 0;                      ///< times run (failed runs included)
};

/// A hint that could not run: which one, and why.
struct HintFailure {
    const CompiledHint* hint;
    HintError error;
    /// Keeps `hint` alive when the failure outlives its processor (a hint failing at load).
    std::shared_ptr<const CompiledHint> owned = nullptr;
};

/// Thrown when a hint has neither a native handler nor an executor that accepted it.
struct HintWithoutHandler {
    const CompiledHint* hint;
};

class HintProcessor {
  public:
    using Hints = std::vector<CompiledHint>;

    /// native_hints false: every hint goes to the executor.
    explicit HintProcessor(HintExecutor* executor, bool native_hints = true);

    /// Resolves every hint of a program placed at base (cairo-lang's load_hints); they replace
    /// the hints of the same pcs. An executor's compile error is thrown as HintFailure (nothing
    /// of the program is kept then). The program must outlive the processor.
    void load(const Program& program, const Relocatable& base);

    /// The hints before the instruction at pc, or null. Shared: a hint that loads a program over
    /// its own pc leaves the hints running there whole.
    std::shared_ptr<Hints> hints_at(const Relocatable& pc) const {
        const auto it = m_by_pc.find(pc);
        return it == m_by_pc.end() ? nullptr : it->second;
    }
    /// Runs one hint; throws HintFailure or HintWithoutHandler.
    void run(CompiledHint& hint, HintContext& context);

    ExecScopes& scopes() noexcept { return m_scopes; }
    /// Executions of each distinct hint text loaded (the hint coverage report), in load order.
    std::vector<HintExecutions> executions() const;
    size_t native_count() const noexcept { return m_native_count; }

  private:
    HintExecutor* m_executor;
    bool m_native_hints;
    std::map<Relocatable, std::shared_ptr<Hints>> m_by_pc;
    std::vector<std::shared_ptr<Hints>> m_all;  ///< every hint list loaded, replaced ones too
    size_t m_next_hint_id = 0;  ///< cairo-lang's <hint{id}> numbering goes on across programs
    ExecScopes m_scopes;
    size_t m_native_count = 0;
};

/// HintException.exception_str: "Traceback (most recent call last):" and the frames (the hint's
/// line in its Cairo file, read from disk as Python's linecache does), then "Class: message".
std::string hint_exception_text(const CompiledHint& hint, const HintError& error);

}  // namespace xcairo
