#include "hints/run_hint_context.hpp"

namespace xcairo {

void RunHintContext::write(const Relocatable& addr, const MaybeRelocatable& value, bool validated) {
    // memory_dict.py relocates on reads; xcairo's memory holds relocated values (add_relocation_rule).
    const MaybeRelocatable relocated = m_memory.relocated(value);
    if (!(validated ? m_vm.write(addr, relocated) : m_vm.write_unvalidated(addr, relocated))) {
        // A hint's validation rule raised: its exception goes on through the hint.
        if (m_vm.rule_failure()) throw *m_vm.rule_failure();
        // cairo-lang raises these from its memory classes, below the hint's own frame.
        const std::string& message = m_vm.error().message;
        const bool inconsistent = message.rfind("Inconsistent memory assignment", 0) == 0;
        throw HintError(inconsistent ? "starkware.cairo.lang.vm.memory_dict.InconsistentMemoryError"
                                     : "starkware.cairo.lang.vm.vm_exceptions.VmExceptionBase",
                        message);
    }
}

const IdsRef& RunHintContext::ids_ref(std::string_view name) {
    auto it = m_hint->ids.find(std::string(name));
    if (it == m_hint->ids.end()) {
        it = m_hint->ids.emplace(std::string(name), resolve_ids(program(), hint(), name)).first;
    }
    return it->second;
}

IdsValue RunHintContext::ids(std::string_view name) { return read_ids(ids_ref(name), *this); }

void RunHintContext::set_ids(std::string_view name, const MaybeRelocatable& value) {
    write_ids(ids_ref(name), *this, value);
}

}  // namespace xcairo
