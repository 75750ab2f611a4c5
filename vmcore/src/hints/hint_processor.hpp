#pragma once
// The hint processor: every hint of a program resolved once at load (native handler, executor
// handle, or none), run by pc offset, and the failure text cairo-run prints for a hint.
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "hints/native_hint.hpp"

namespace xcairo {

/// One hint of the program, resolved.
struct CompiledHint {
    const Hint* hint = nullptr;
    uint64_t pc = 0;
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
    /// Resolves every hint; an executor's compile error is thrown as HintFailure.
    /// native_hints false: every hint goes to the executor.
    HintProcessor(const Program& program, HintExecutor* executor, bool native_hints = true);

    /// The hints before the instruction at this program offset, or nullptr.
    std::vector<CompiledHint>* hints_at(uint64_t offset) {
        const auto it = m_by_pc.find(offset);
        return it == m_by_pc.end() ? nullptr : &it->second;
    }
    /// Runs one hint; throws HintFailure or HintWithoutHandler.
    void run(CompiledHint& hint, HintContext& context);

    ExecScopes& scopes() noexcept { return m_scopes; }
    /// Executions of each distinct hint text of the program (the hint coverage report).
    std::vector<HintExecutions> executions() const;
    size_t native_count() const noexcept { return m_native_count; }

  private:
    HintExecutor* m_executor;
    std::unordered_map<uint64_t, std::vector<CompiledHint>> m_by_pc;
    ExecScopes m_scopes;
    size_t m_native_count = 0;
};

/// HintException.exception_str: "Traceback (most recent call last):" and the frames (the hint's
/// line in its Cairo file, read from disk as Python's linecache does), then "Class: message".
std::string hint_exception_text(const Program& program, const CompiledHint& hint,
                                const HintError& error);

}  // namespace xcairo
