// The text of cairo-run's VmException: error attributes, location, Cairo traceback.
#include "value_ops.hpp"
#include "vm.hpp"
#include "vmcore/location_text.hpp"
#include "vmcore/reference_eval.hpp"
#include "vmcore/runner.hpp"

namespace xcairo {
namespace {

constexpr int kMaxTracebackEntries = 20;

// memory.get(addr + delta) for delta < 0, addr a relocatable or an int: Python adds ints
// without a modulus, so an int below -delta finds nothing.
std::optional<MaybeRelocatable> get_at(const Memory& memory, const MaybeRelocatable& addr,
                                       int64_t delta) {
    if (addr.is_relocatable()) return memory.get(offset_by(addr.relocatable(), delta));
    const std::optional<int64_t> small = addr.felt().to_i64();
    if (small && *small >= 0 && *small < -delta) return std::nullopt;
    const std::optional<Relocatable> at = integer_address(addr.felt() + Felt::from_i64(delta));
    if (!at) return std::nullopt;  // never written
    return memory.get(*at);
}

}  // namespace

std::pair<const Program*, const InstructionLocation*> Runner::location_at(const Relocatable& pc) const {
    for (auto it = m_placed.rbegin(); it != m_placed.rend(); ++it) {
        if (pc.segment != it->base.segment || pc.offset < it->base.offset) continue;
        if (const InstructionLocation* location =
                it->program->instruction_location(pc.offset - it->base.offset)) {
            return {it->program.get(), location};
        }
    }
    return {m_program.get(), nullptr};
}

std::string Runner::error_attrs_at(const Relocatable& pc, const Relocatable& fp) const {
    const MemoryReader read = [this](const Relocatable& a) { return m_memory.get(a); };
    std::string text;
    for (const PlacedProgram& placed : m_placed) {
        if (pc.segment != placed.base.segment || pc.offset < placed.base.offset) continue;
        text += error_attr_value(*m_program, placed.program->attributes,
                                 pc.offset - placed.base.offset, fp, read);
    }
    return text;
}

std::string Runner::vm_error_text(const std::string& inner, bool with_traceback,
                                  std::optional<size_t> hint_index,
                                  const std::vector<std::string>& notes) const {
    const Relocatable pc_now = pc();
    const auto [program, location] = location_at(pc_now);
    const std::string attrs = error_attrs_at(pc_now, fp());
    const std::optional<std::string> traceback =
        with_traceback ? traceback_text() : std::optional<std::string>();
    // An error in a hint points at the hint when its location is known (VmException does so).
    const Location* where = location ? &location->inst : nullptr;
    if (location && hint_index && *hint_index < location->hints.size() &&
        location->hints[*hint_index]) {
        where = &location->hints[*hint_index]->location;
    }
    return location_error_text(*program, "Error at pc=" + value_text(pc_now) + ":\n" + inner,
                               where, attrs, traceback, notes);
}

// RunContextBase.get_traceback_entries + VirtualMachineBase.get_traceback.
std::optional<std::string> Runner::traceback_text() const {
    std::vector<std::pair<MaybeRelocatable, MaybeRelocatable>> entries;  // (fp, call pc)
    MaybeRelocatable frame = register_value(fp());
    for (int i = 0; i < kMaxTracebackEntries; ++i) {
        const std::optional<MaybeRelocatable> saved_fp = get_at(m_memory, frame, -2);
        if (saved_fp && *saved_fp == frame) break;
        const std::optional<MaybeRelocatable> ret_pc = get_at(m_memory, frame, -1);
        if (!saved_fp || !ret_pc) break;
        frame = *saved_fp;
        const std::optional<MaybeRelocatable> ins0 = get_at(m_memory, *ret_pc, -2);
        const std::optional<MaybeRelocatable> ins1 = get_at(m_memory, *ret_pc, -1);
        const auto as_felt = [](const std::optional<MaybeRelocatable>& v) -> std::optional<Felt> {
            if (!v || v->is_relocatable()) return std::nullopt;
            return v->felt();
        };
        int64_t call_delta;
        if (as_felt(ins1) && is_call_instruction(*as_felt(ins1), std::nullopt)) {
            call_delta = -1;
        } else if (as_felt(ins0) && as_felt(ins1) && is_call_instruction(*as_felt(ins0), as_felt(ins1))) {
            call_delta = -2;
        } else {
            break;
        }
        if (ret_pc->is_relocatable()) {
            entries.emplace_back(frame, offset_by(ret_pc->relocatable(), call_delta));
        } else {
            entries.emplace_back(frame, ret_pc->felt() + Felt::from_i64(call_delta));
        }
    }
    if (entries.empty()) return std::nullopt;

    std::string text = "Cairo traceback (most recent call last):\n";
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        const MaybeRelocatable& call_pc = it->second;
        // An int pc matches no attribute nor location; an int fp beyond xcairo's integer
        // addresses gets no attribute.
        const std::optional<Relocatable> frame_fp = as_address(it->first);
        const auto [program, location] =
            call_pc.is_relocatable()
                ? location_at(call_pc.relocatable())
                : std::pair<const Program*, const InstructionLocation*>{m_program.get(), nullptr};
        if (call_pc.is_relocatable() && frame_fp) {
            text += error_attrs_at(call_pc.relocatable(), *frame_fp);
        }
        const std::string pc_note = "(pc=" + value_text(call_pc) + ")";
        if (location == nullptr) {
            text += "Unknown location " + pc_note + "\n";
        } else {
            text += location_to_string_with_content(*program, location->inst, pc_note) + "\n";
        }
    }
    return text;
}

}  // namespace xcairo
