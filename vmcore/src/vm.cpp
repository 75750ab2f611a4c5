#include "vm.hpp"

#include "value_ops.hpp"

namespace xcairo {
namespace {

// A value read from memory, or absent.
struct Slot {
    MaybeRelocatable value;
    bool known = false;
};

inline Slot read(const Memory& memory, const Relocatable& addr) {
    const Cell* c = memory.find(addr);
    if (c == nullptr) return {};
    return {c->value(), true};
}

std::string unknown_cell(const Relocatable& addr) {
    return "Unknown value for memory cell at address " + value_text(addr) + ".";
}

}  // namespace

Vm::Vm(Memory& memory, Relocatable program_base, size_t program_size, Registers initial,
       Relocatable final_pc, bool trace_enabled)
    : m_memory(memory),
      m_program_base(program_base),
      m_code(program_size),
      m_regs(initial),
      m_final_pc(final_pc),
      m_execution_segment(initial.ap.segment),
      m_trace_enabled(trace_enabled) {
    decode_code(program_base, m_code);
}

void Vm::decode_code(const Relocatable& base, std::vector<CodeEntry>& code) {
    // Analyse once: every cell that decodes is kept decoded; the rest is decoded (and reported)
    // only if it is ever executed.
    for (size_t i = 0; i < code.size(); ++i) {
        if (decode_at(offset_by(base, static_cast<int64_t>(i)), code[i].instruction)) {
            code[i].flags |= CodeEntry::kDecoded;
        }
    }
    m_error.message.clear();
}

void Vm::add_code(const Relocatable& base, size_t size) {
    m_loaded_code.push_back({base, std::vector<CodeEntry>(size)});
    decode_code(base, m_loaded_code.back().code);
}

CodeEntry* Vm::loaded_code_at(const Relocatable& pc) {
    const auto entry = [&pc](CodeBlock& block) -> CodeEntry* {
        const uint64_t offset = pc.offset - block.base.offset;
        return pc.segment == block.base.segment && offset < block.code.size() ? &block.code[offset]
                                                                              : nullptr;
    };
    if (CodeEntry* found = entry(m_loaded_code[m_last_block])) return found;
    for (size_t i = 0; i < m_loaded_code.size(); ++i) {
        if (CodeEntry* found = entry(m_loaded_code[i])) {
            m_last_block = i;
            return found;
        }
    }
    return nullptr;
}

void Vm::set_code_flag(uint64_t program_offset, uint8_t flag, bool on) {
    if (program_offset >= m_code.size()) return;
    if (on) {
        m_code[program_offset].flags |= flag;
    } else {
        m_code[program_offset].flags &= static_cast<uint8_t>(~flag);
    }
}

void Vm::flag_hint_pc(const Relocatable& pc) {
    const uint64_t offset = pc.offset - m_program_base.offset;
    if (pc.segment == m_program_base.segment && offset < m_code.size()) {
        set_code_flag(offset, CodeEntry::kHasHints, true);
    } else if (CodeEntry* entry = loaded_code_at(pc)) {
        entry->flags |= CodeEntry::kHasHints;
    } else {
        m_other_hint_pcs.insert(pc);
    }
}

bool Vm::fail(std::string message, bool with_traceback) {
    m_error = {std::move(message), with_traceback};
    m_rule_failure.reset();
    return false;
}

bool Vm::integer_address_or_fail(const Felt& f, Relocatable& out) {
    const std::optional<Relocatable> addr = integer_address(f);
    if (!addr) return fail(unsupported_integer_address(f));
    out = *addr;
    return true;
}

bool Vm::decode_at(const Relocatable& pc, Instruction& out) {
    const Slot encoding = read(m_memory, pc);
    if (!encoding.known) return fail(unknown_cell(pc));
    if (encoding.value.is_relocatable()) {
        return fail("Instruction should be an int. Found: " + value_text(encoding.value));
    }
    const Slot imm = read(m_memory, pc + 1);
    std::optional<Felt> imm_felt;
    if (imm.known && !imm.value.is_relocatable()) imm_felt = imm.value.felt();
    auto decoded = decode_instruction(encoding.value.felt(), imm_felt);
    if (auto* err = std::get_if<DecodeError>(&decoded)) return fail(std::move(err->message));
    out = std::get<Instruction>(decoded);
    return true;
}

StopReason Vm::run(const Relocatable& stop, uint64_t max_steps, bool resume_at_flagged_pc) {
    return m_trace_enabled ? run_loop<true>(stop, max_steps, resume_at_flagged_pc)
                           : run_loop<false>(stop, max_steps, resume_at_flagged_pc);
}

const Instruction* Vm::off_code_instruction(bool resume_at_flagged_pc, Instruction& slow,
                                            StopReason& stop_reason) {
    const uint64_t off = m_regs.pc.offset - m_program_base.offset;
    if (m_regs.pc.segment == m_program_base.segment && off < m_code.size() &&
        m_code[off].flags != 0 && !resume_at_flagged_pc) {
        stop_reason = (m_code[off].flags & CodeEntry::kBreakpoint) ? StopReason::kBreakpoint
                                                                   : StopReason::kHint;
        return nullptr;
    }
    // Elsewhere: a loaded program's code, decoded at its load, or any cell.
    const CodeEntry* loaded = m_loaded_code.empty() ? nullptr : loaded_code_at(m_regs.pc);
    const bool flagged = loaded ? (loaded->flags & CodeEntry::kHasHints) != 0
                                : m_other_hint_pcs.contains(m_regs.pc);
    if (flagged && !resume_at_flagged_pc) {
        stop_reason = StopReason::kHint;
        return nullptr;
    }
    if (loaded && (loaded->flags & CodeEntry::kDecoded)) return &loaded->instruction;
    if (decode_at(m_regs.pc, slow)) return &slow;
    stop_reason = StopReason::kError;
    return nullptr;
}

template <bool kTrace>
StopReason Vm::run_loop(const Relocatable& stop, uint64_t max_steps, bool resume_at_flagged_pc) {
    const uint64_t last_step = max_steps > UINT64_MAX - m_step ? UINT64_MAX : m_step + max_steps;
    const CodeEntry* code = m_code.data();
    const uint64_t code_size = m_code.size();
    Instruction slow;
    while (true) {
        if (m_regs.pc == stop) return StopReason::kReachedPc;
        if (m_step >= last_step) return StopReason::kStepLimit;
        if (m_regs.pc == m_final_pc) {
            fail("Error: Execution reached the end of the program.", false);
            return StopReason::kError;
        }
        const Instruction* ins;
        const uint64_t off = m_regs.pc.offset - m_program_base.offset;
        if (m_regs.pc.segment == m_program_base.segment && off < code_size &&
            (code[off].flags & CodeEntry::kDecoded)) {
            if (code[off].flags != CodeEntry::kDecoded && !resume_at_flagged_pc) {
                return (code[off].flags & CodeEntry::kBreakpoint) ? StopReason::kBreakpoint
                                                                   : StopReason::kHint;
            }
            ins = &code[off].instruction;
        } else {
            StopReason stop_reason;
            ins = off_code_instruction(resume_at_flagged_pc, slow, stop_reason);
            if (ins == nullptr) return stop_reason;
        }
        resume_at_flagged_pc = false;
        if (!execute<kTrace>(*ins)) return StopReason::kError;
    }
}

bool Vm::write(const Relocatable& addr, const MaybeRelocatable& value) {
    if (!write_unvalidated(addr, value)) return false;
    if (static_cast<uint64_t>(addr.segment) - m_validated_first < m_validators.size()) {
        return validate_write(addr, value);
    }
    return true;
}

bool Vm::write_unvalidated(const Relocatable& addr, const MaybeRelocatable& value) {
    const Memory::WriteStatus status = m_memory.insert(addr, value);
    return status == Memory::WriteStatus::kOk || write_failed(status, addr, value);
}

bool Vm::write_failed(Memory::WriteStatus status, const Relocatable& addr,
                      const MaybeRelocatable& value) {
    switch (status) {
        case Memory::WriteStatus::kOk: return true;
        case Memory::WriteStatus::kInconsistent:
            return fail("Inconsistent memory assignment at address " + value_text(addr) + ". " +
                        value_text(*m_memory.get(addr)) + " != " + value_text(value) + ".");
        case Memory::WriteStatus::kNoSegment:
            return fail("xcairo: write to " + value_text(addr) +
                        ", a segment that does not exist (not supported).");
        case Memory::WriteStatus::kTooFar:
            return fail("xcairo: write to " + value_text(addr) +
                        " is too far beyond the end of its segment (not supported).");
        case Memory::WriteStatus::kIntegerRange:
            return fail(unsupported_integer_address(integer_value(addr)));
    }
    return false;
}

template <bool kTrace>
bool Vm::execute(const Instruction& ins) {
    Registers& r = m_regs;
    std::string err;

    const Relocatable dst_addr = offset_by(ins.dst_reg == BaseRegister::kAp ? r.ap : r.fp, ins.off0);
    Slot dst = read(m_memory, dst_addr);
    const Relocatable op0_addr = offset_by(ins.op0_reg == BaseRegister::kAp ? r.ap : r.fp, ins.off1);
    Slot op0 = read(m_memory, op0_addr);

    Relocatable op1_addr;
    Slot op1;
    switch (ins.op1_src) {
        case Op1Src::kImm:
            if (ins.off2 != 1) return fail("In immediate mode, off2 should be 1.");
            op1_addr = r.pc + 1;
            op1 = {ins.imm, true};
            break;
        case Op1Src::kAp: op1_addr = offset_by(r.ap, ins.off2); op1 = read(m_memory, op1_addr); break;
        case Op1Src::kFp: op1_addr = offset_by(r.fp, ins.off2); op1 = read(m_memory, op1_addr); break;
        case Op1Src::kOp0:
            if (!op0.known) return fail("op0 must be known in double dereference.");
            if (op0.value.is_relocatable()) [[likely]] {
                op1_addr = offset_by(op0.value.relocatable(), ins.off2);
            } else if (!integer_address_or_fail(op0.value.felt() + Felt::from_i64(ins.off2),
                                                op1_addr)) {
                return false;
            }
            op1 = read(m_memory, op1_addr);
            break;
    }

    if ((!op0.known || !op1.known) && m_deduces) [[unlikely]] {
        // deduce_memory_cell: op0, then op1.
        if (!op0.known && !deduce_operand(op0_addr, op0.value, op0.known)) return false;
        if (!op1.known && !deduce_operand(op1_addr, op1.value, op1.known)) return false;
    }

    // The immediate as a small signed number: jumps and pointer steps skip the felt conversion.
    const bool imm_offset_op1 = ins.op1_src == Op1Src::kImm && ins.imm_is_offset;
    const bool imm_offset_res = imm_offset_op1 && ins.res == ResLogic::kOp1;
    const bool write_dst = !dst.known;
    const bool write_op0 = !op0.known;
    const bool write_op1 = !op1.known;
    Slot res;

    // Deduce op0 (call: the return pc; assert_eq: from dst and op1).
    if (!op0.known) {
        if (ins.opcode == Opcode::kCall) {
            op0 = {register_value(r.pc + ins.size), true};
        } else if (ins.opcode == Opcode::kAssertEq) {
            if (ins.res == ResLogic::kAdd && dst.known && op1.known) {
                if (!sub_values(dst.value, op1.value, op0.value, err)) return fail(std::move(err));
                op0.known = true;
                res = dst;
            } else if (ins.res == ResLogic::kMul && dst.known && op1.known &&
                       dst.value.is_felt() && op1.value.is_felt()) {
                if (op1.value.felt().is_zero()) {
                    return fail("Cannot deduce operand in '0 = ? * " + value_text(dst.value) +
                                "' (possibly due to division by 0).");
                }
                op0 = {dst.value.felt() / op1.value.felt(), true};
                res = dst;
            }
        }
    }
    // Deduce op1 (assert_eq only).
    if (!op1.known && ins.opcode == Opcode::kAssertEq && dst.known) {
        Slot deduced_res;
        if (ins.res == ResLogic::kOp1) {
            op1 = dst;
            deduced_res = dst;
        } else if (ins.res == ResLogic::kAdd && op0.known) {
            if (!sub_values(dst.value, op0.value, op1.value, err)) return fail(std::move(err));
            op1.known = true;
            deduced_res = dst;
        } else if (ins.res == ResLogic::kMul && op0.known && dst.value.is_felt() &&
                   op0.value.is_felt() && !op0.value.felt().is_zero()) {
            op1 = {dst.value.felt() / op0.value.felt(), true};
            deduced_res = dst;
        }
        if (!res.known) res = deduced_res;
    }
    if (!op0.known) return fail(unknown_cell(op0_addr));
    if (!op1.known) return fail(unknown_cell(op1_addr));

    if (!res.known) {
        switch (ins.res) {
            case ResLogic::kOp1: res = op1; break;
            case ResLogic::kAdd:
                if (op0.value.is_relocatable() && imm_offset_op1) {
                    res = {offset_by(op0.value.relocatable(), ins.imm_offset), true};
                } else if (op0.value.is_felt() && op1.value.is_felt()) [[likely]] {
                    res = {op0.value.felt() + op1.value.felt(), true};
                } else if (!add_values(op0.value, op1.value, res.value, err)) {
                    return fail(std::move(err));
                } else {
                    res.known = true;
                }
                break;
            case ResLogic::kMul:
                if (op0.value.is_relocatable() || op1.value.is_relocatable()) {
                    return fail("Could not complete computation * of non pure values: (" +
                                op0.value.to_repr() + ", " + op1.value.to_repr() + ").");
                }
                res = {op0.value.felt() * op1.value.felt(), true};
                break;
            case ResLogic::kUnconstrained: break;
        }
    }

    if (!dst.known) {
        if (ins.opcode == Opcode::kAssertEq && res.known) {
            dst = res;
        } else if (ins.opcode == Opcode::kCall) {
            dst = {register_value(r.fp), true};
        } else {
            return fail(unknown_cell(dst_addr));
        }
    }

    // Write what was deduced, in cairo-lang's order.
    const auto write = [&](const Relocatable& addr,
                           const MaybeRelocatable& value) __attribute__((always_inline)) {
        const Memory::WriteStatus status = m_memory.insert(addr, value);
        if (status != Memory::WriteStatus::kOk) [[unlikely]] return write_failed(status, addr, value);
        if (static_cast<uint64_t>(addr.segment) - m_validated_first < m_validators.size()) [[unlikely]] {
            return validate_write(addr, value);
        }
        return true;
    };
    if (write_dst && !write(dst_addr, dst.value)) return false;
    if (write_op0 && !write(op0_addr, op0.value)) return false;
    if (write_op1 && !write(op1_addr, op1.value)) return false;

    // Opcode assertions.
    if (ins.opcode == Opcode::kAssertEq) {
        if (!res.known) return fail("Res.UNCONSTRAINED cannot be used with Opcode.ASSERT_EQ");
        if (!(dst.value == res.value)) {
            return fail("An ASSERT_EQ instruction failed: " + value_text(dst.value) + " != " +
                        value_text(res.value) + ".");
        }
    } else if (ins.opcode == Opcode::kCall) {
        const MaybeRelocatable return_pc = register_value(r.pc + ins.size);
        if (!(op0.value == return_pc)) {
            return fail("Call failed to write return-pc (inconsistent op0): " +
                        value_text(op0.value) + " != " + value_text(return_pc) +
                        ". Did you forget to increment ap?");
        }
        if (!(dst.value == register_value(r.fp))) {
            return fail("Call failed to write return-fp (inconsistent dst): " +
                        value_text(dst.value) + " != " + value_text(r.fp) +
                        ". Did you forget to increment ap?");
        }
    }

    if constexpr (kTrace) {
        m_trace.push_back({static_cast<uint32_t>(r.pc.offset), static_cast<uint32_t>(r.ap.offset),
                           static_cast<uint32_t>(r.fp.offset)});
        if (r.pc.segment != m_program_base.segment || r.ap.segment != m_execution_segment ||
            r.fp.segment != r.ap.segment || ((r.pc.offset | r.ap.offset | r.fp.offset) >> 32) != 0) {
            m_trace_exceptions.emplace_back(m_step, r);
        }
    }

    // Register updates: fp, then ap, then pc (pc last, so an error reports the current pc).
    if (ins.opcode == Opcode::kCall) {
        r.fp = r.ap + 2;
    } else if (ins.opcode == Opcode::kRet) {
        if (dst.value.is_relocatable()) [[likely]] {
            r.fp = dst.value.relocatable();
        } else if (!integer_address_or_fail(dst.value.felt(), r.fp)) {
            return false;
        }
    }

    // reg += res, for `ap += res` and `jmp rel res` (an immediate's offset is resolved at decode).
    const auto advance_by_res = [&](Relocatable& reg) {
        if (imm_offset_res) {
            reg = offset_by(reg, ins.imm_offset);
            return true;
        }
        return add_felt_offset(reg, res.value.felt(), reg, err) || fail(std::move(err));
    };
    switch (ins.ap_update) {
        case ApUpdate::kRegular: break;
        case ApUpdate::kAdd1: r.ap = r.ap + 1; break;
        case ApUpdate::kAdd2: r.ap = r.ap + 2; break;
        case ApUpdate::kAdd:
            if (!res.known) return fail("Res.UNCONSTRAINED cannot be used with ApUpdate.ADD");
            if (res.value.is_relocatable()) {
                return fail("Cannot add two relocatable values: " + value_text(r.ap) + " + " +
                            value_text(res.value) + ".");
            }
            if (!advance_by_res(r.ap)) return false;
            break;
    }

    switch (ins.pc_update) {
        case PcUpdate::kRegular: r.pc = r.pc + ins.size; break;
        case PcUpdate::kJump:
            if (!res.known) return fail("Res.UNCONSTRAINED cannot be used with PcUpdate.JUMP");
            if (res.value.is_relocatable()) [[likely]] {
                r.pc = res.value.relocatable();
            } else if (!integer_address_or_fail(res.value.felt(), r.pc)) {
                return false;
            }
            break;
        case PcUpdate::kJumpRel:
            if (!res.known) return fail("Res.UNCONSTRAINED cannot be used with PcUpdate.JUMP_REL");
            if (res.value.is_relocatable()) {
                return fail("Could not complete computation jmp rel of non pure value: " +
                            value_text(res.value) + ".");
            }
            if (!advance_by_res(r.pc)) return false;
            break;
        case PcUpdate::kJnz: {
            bool zero;
            if (dst.value.is_relocatable()) {
                if (is_negative_offset(dst.value.relocatable().offset)) {
                    return fail("Could not complete computation jmp != 0 of non pure value: " +
                                value_text(dst.value) + ".");
                }
                zero = false;
            } else {
                zero = dst.value.felt().is_zero();
            }
            if (zero) {
                r.pc = r.pc + ins.size;
            } else if (imm_offset_op1) {
                r.pc = offset_by(r.pc, ins.imm_offset);
            } else if (op1.value.is_relocatable()) {
                // An integer pc plus a relocatable is that relocatable, moved (Python's __radd__).
                if (!r.pc.is_integer()) {
                    return fail("Cannot add two relocatable values: " + value_text(r.pc) + " + " +
                                value_text(op1.value) + ".");
                }
                if (!add_felt_offset(op1.value.relocatable(), integer_value(r.pc), r.pc, err)) {
                    return fail(std::move(err));
                }
            } else if (!add_felt_offset(r.pc, op1.value.felt(), r.pc, err)) {
                return fail(std::move(err));
            }
            break;
        }
    }
    ++m_step;
    return true;
}

template StopReason Vm::run_loop<true>(const Relocatable&, uint64_t, bool);
template StopReason Vm::run_loop<false>(const Relocatable&, uint64_t, bool);

}  // namespace xcairo
