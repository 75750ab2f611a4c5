// memcpy.cairo, memset.cairo, copy_indices.cairo: a loop counter `n` in its own scope.
#include <limits>

#include "hints/native_hint.hpp"

namespace xcairo {
namespace {

/// The scope's `n` as Python holds it; a length beyond int64 saturates (no run loops that long).
int64_t loop_count(const Felt& f) {
    const std::optional<uint64_t> v = f.to_u64();
    if (!v || *v > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
        return std::numeric_limits<int64_t>::max();
    return static_cast<int64_t>(*v);
}

// vm_enter_scope({'n': ids.len}) (and ids.n)
void enter_scope_with_n(HintCall& h) {
    ExecScopes::Scope scope;
    scope["n"] = loop_count(h.felt(0, 1));
    h.ctx.scopes().enter(std::move(scope));
}

// n -= 1
// ids.continue_copying = 1 if n > 0 else 0 (and ids.continue_loop)
void count_down(HintCall& h) {
    int64_t& n = h.ctx.scopes().get<int64_t>("n", 1);
    n -= 1;
    h.set(0, Felt::from_u64(n > 0 ? 1 : 0), 2);
}

// vm_exit_scope()
void exit_scope(HintCall& h) {
    try {
        h.ctx.scopes().exit();
    } catch (HintError& e) {
        throw HintError(e.python_class(), e.message(), 1,
                        {{"starkware/cairo/lang/vm/virtual_machine_base.py", 276, "exit_scope",
                          "assert len(self.exec_scopes) > 1, \"Cannot exit main scope.\""}});
    }
}

}  // namespace

std::vector<NativeHint> memcpy_hints() {
    return {
        {"vm_enter_scope({'n': ids.len})", {"len"}, enter_scope_with_n},
        {"vm_enter_scope({'n': ids.n})", {"n"}, enter_scope_with_n},
        {"n -= 1\nids.continue_copying = 1 if n > 0 else 0", {"continue_copying"}, count_down},
        {"n -= 1\nids.continue_loop = 1 if n > 0 else 0", {"continue_loop"}, count_down},
        {"vm_exit_scope()", {}, exit_scope},
    };
}

}  // namespace xcairo
