#pragma once
// A tiny assembler for hand-written instruction sequences in tests.
#include <cstdint>
#include <vector>

#include "vmcore/felt.hpp"
#include "vmcore/instruction.hpp"

namespace xcairo::test {

/// Encodes an instruction as cairo-lang's encode_instruction does: 1 or 2 felts.
inline std::vector<Felt> encode(const Instruction& ins) {
    const auto bias = [](int16_t off) { return static_cast<uint64_t>(static_cast<int64_t>(off) + 0x8000); };
    uint64_t flags = 0;
    flags |= ins.dst_reg == BaseRegister::kFp ? 1u << 0 : 0;
    flags |= ins.op0_reg == BaseRegister::kFp ? 1u << 1 : 0;
    flags |= ins.op1_src == Op1Src::kImm ? 1u << 2 : ins.op1_src == Op1Src::kFp ? 1u << 3
           : ins.op1_src == Op1Src::kAp ? 1u << 4 : 0;
    flags |= ins.res == ResLogic::kAdd ? 1u << 5 : ins.res == ResLogic::kMul ? 1u << 6 : 0;
    flags |= ins.pc_update == PcUpdate::kJump ? 1u << 7 : ins.pc_update == PcUpdate::kJumpRel ? 1u << 8
           : ins.pc_update == PcUpdate::kJnz ? 1u << 9 : 0;
    flags |= ins.ap_update == ApUpdate::kAdd ? 1u << 10 : ins.ap_update == ApUpdate::kAdd1 ? 1u << 11 : 0;
    flags |= ins.opcode == Opcode::kCall ? 1u << 12 : ins.opcode == Opcode::kRet ? 1u << 13
           : ins.opcode == Opcode::kAssertEq ? 1u << 14 : 0;
    const uint64_t encoding = flags << 48 | bias(ins.off2) << 32 | bias(ins.off1) << 16 | bias(ins.off0);
    std::vector<Felt> out{Felt::from_u64(encoding)};
    if (ins.op1_src == Op1Src::kImm) out.push_back(ins.imm);
    return out;
}

/// Builders for the common forms.
struct Asm {
    std::vector<Felt> code;

    Asm& emit(const Instruction& ins) {
        for (const Felt& f : encode(ins)) code.push_back(f);
        return *this;
    }
    /// [ap + off0] = imm; ap++
    Asm& assert_imm(int16_t off0, int64_t imm, bool ap_plus_one = true) {
        Instruction i;
        i.off0 = off0; i.off1 = -1; i.off2 = 1; i.op1_src = Op1Src::kImm; i.imm = Felt::from_i64(imm);
        i.size = 2; i.opcode = Opcode::kAssertEq; i.op0_reg = BaseRegister::kFp;
        i.ap_update = ap_plus_one ? ApUpdate::kAdd1 : ApUpdate::kRegular;
        return emit(i);
    }
    /// [ap] = [ap + off1] (+|*) [ap + off2]; ap++
    Asm& assert_op(ResLogic res, int16_t off1, int16_t off2) {
        Instruction i;
        i.off0 = 0; i.off1 = off1; i.off2 = off2; i.op1_src = Op1Src::kAp; i.res = res;
        i.opcode = Opcode::kAssertEq; i.ap_update = ApUpdate::kAdd1;
        return emit(i);
    }
    /// jmp rel imm (if [ap + off0] != 0 when conditional)
    Asm& jmp_rel(int64_t delta, std::optional<int16_t> cond_off0 = std::nullopt) {
        Instruction i;
        i.off0 = cond_off0.value_or(-1); i.off1 = -1; i.off2 = 1; i.op1_src = Op1Src::kImm;
        i.imm = Felt::from_i64(delta); i.size = 2; i.op0_reg = BaseRegister::kFp;
        i.dst_reg = cond_off0 ? BaseRegister::kAp : BaseRegister::kFp;
        i.pc_update = cond_off0 ? PcUpdate::kJnz : PcUpdate::kJumpRel;
        i.res = cond_off0 ? ResLogic::kUnconstrained : ResLogic::kOp1;
        return emit(i);
    }
    /// jmp abs imm
    Asm& jmp_abs(int64_t target) {
        Instruction i;
        i.off0 = -1; i.off1 = -1; i.off2 = 1; i.op1_src = Op1Src::kImm; i.imm = Felt::from_i64(target);
        i.size = 2; i.dst_reg = BaseRegister::kFp; i.op0_reg = BaseRegister::kFp; i.pc_update = PcUpdate::kJump;
        return emit(i);
    }
    /// call rel imm
    Asm& call_rel(int64_t delta) { return call(delta, PcUpdate::kJumpRel); }
    /// call abs imm
    Asm& call_abs(int64_t target) { return call(target, PcUpdate::kJump); }
    Asm& call(int64_t imm, PcUpdate pc_update) {
        Instruction i;
        i.off0 = 0; i.off1 = 1; i.off2 = 1; i.op1_src = Op1Src::kImm; i.imm = Felt::from_i64(imm);
        i.size = 2; i.opcode = Opcode::kCall; i.pc_update = pc_update; i.ap_update = ApUpdate::kAdd2;
        return emit(i);
    }
    /// ret
    Asm& ret() {
        Instruction i;
        i.off0 = -2; i.off1 = -1; i.off2 = -1; i.dst_reg = BaseRegister::kFp; i.op0_reg = BaseRegister::kFp;
        i.op1_src = Op1Src::kFp; i.opcode = Opcode::kRet; i.pc_update = PcUpdate::kJump;
        return emit(i);
    }
};

}  // namespace xcairo::test
