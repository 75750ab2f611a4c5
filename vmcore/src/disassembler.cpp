#include <string>

#include "vmcore/instruction.hpp"

namespace xcairo {
namespace {

std::string reg_name(BaseRegister r) { return r == BaseRegister::kAp ? "ap" : "fp"; }

// "ap", "ap + 2", "fp + (-3)": Cairo's own formatting of register offsets.
std::string reg_plus(const std::string& base, int offset) {
    if (offset == 0) return base;
    if (offset < 0) return base + " + (" + std::to_string(offset) + ")";
    return base + " + " + std::to_string(offset);
}

std::string deref(const std::string& inner) { return "[" + inner + "]"; }

std::string op0_text(const Instruction& ins) { return deref(reg_plus(reg_name(ins.op0_reg), ins.off1)); }

std::string op1_text(const Instruction& ins) {
    switch (ins.op1_src) {
        case Op1Src::kImm: return ins.imm.to_signed_dec();
        case Op1Src::kAp: return deref(reg_plus("ap", ins.off2));
        case Op1Src::kFp: return deref(reg_plus("fp", ins.off2));
        case Op1Src::kOp0: return deref(reg_plus(op0_text(ins), ins.off2));
    }
    return "?";
}

std::string res_text(const Instruction& ins) {
    switch (ins.res) {
        case ResLogic::kOp1: return op1_text(ins);
        case ResLogic::kAdd: return op0_text(ins) + " + " + op1_text(ins);
        case ResLogic::kMul: return op0_text(ins) + " * " + op1_text(ins);
        case ResLogic::kUnconstrained: return "?";
    }
    return "?";
}

std::string dst_text(const Instruction& ins) { return deref(reg_plus(reg_name(ins.dst_reg), ins.off0)); }

// The statement without the "; ap++" suffix, or empty when Cairo has no syntax for the combination.
std::string body(const Instruction& ins) {
    const bool plain_ap = ins.ap_update == ApUpdate::kRegular || ins.ap_update == ApUpdate::kAdd1;
    switch (ins.opcode) {
        case Opcode::kAssertEq:
            if (ins.pc_update != PcUpdate::kRegular || !plain_ap) return {};
            return dst_text(ins) + " = " + res_text(ins);
        case Opcode::kCall:
            if (ins.pc_update == PcUpdate::kJump) return "call abs " + res_text(ins);
            if (ins.pc_update == PcUpdate::kJumpRel) return "call rel " + res_text(ins);
            return {};
        case Opcode::kRet:
            return ins.pc_update == PcUpdate::kJump && ins.ap_update == ApUpdate::kRegular ? "ret" : "";
        case Opcode::kNop:
            switch (ins.pc_update) {
                case PcUpdate::kJump: return plain_ap ? "jmp abs " + res_text(ins) : "";
                case PcUpdate::kJumpRel: return plain_ap ? "jmp rel " + res_text(ins) : "";
                case PcUpdate::kJnz:
                    return plain_ap ? "jmp rel " + op1_text(ins) + " if " + dst_text(ins) + " != 0" : "";
                case PcUpdate::kRegular:
                    return ins.ap_update == ApUpdate::kAdd ? "ap += " + res_text(ins) : "";
            }
    }
    return {};
}

}  // namespace

std::string disassemble(const Instruction& ins) {
    std::string text = body(ins);
    if (text.empty()) return "<instruction with no Cairo syntax>";
    if (ins.ap_update == ApUpdate::kAdd1) text += "; ap++";
    return text;
}

}  // namespace xcairo
