#include <array>

#include "vmcore/instruction.hpp"
#include "vmcore/value.hpp"

namespace xcairo {
namespace {

constexpr int kOffsetBits = 16;
constexpr uint64_t kOffsetBias = 1ULL << (kOffsetBits - 1);

// Flag bits, as in cairo-lang's encode.py.
enum Bit : int {
    kDstReg = 0,
    kOp0Reg = 1,
    kOp1Imm = 2,
    kOp1Fp = 3,
    kOp1Ap = 4,
    kResAdd = 5,
    kResMul = 6,
    kPcJumpAbs = 7,
    kPcJumpRel = 8,
    kPcJnz = 9,
    kApAdd = 10,
    kApAdd1 = 11,
    kOpcodeCall = 12,
    kOpcodeRet = 13,
    kOpcodeAssertEq = 14,
};

// cairo-lang looks flag groups up in dicts keyed by tuples of bits; an invalid combination raises
// KeyError, whose text is the tuple itself, e.g. "(1, 1, 0)".
template <size_t N>
std::string key_error(const std::array<int, N>& bits) {
    std::string s = "(";
    for (size_t i = 0; i < N; ++i) s += (i ? ", " : "") + std::to_string(bits[i]);
    return s + ")";
}

int bit(uint64_t flags, int b) { return static_cast<int>((flags >> b) & 1); }

std::string hex_of(const Felt& f) { return f.to_hex(); }

}  // namespace

std::variant<Instruction, DecodeError> decode_instruction(const Felt& encoding,
                                                          const std::optional<Felt>& imm) {
    const std::optional<uint64_t> value = encoding.to_u64();
    // cairo-lang accepts any value below 2^64 (16 flag bits; the reserved bit 15 is ignored).
    if (!value) return DecodeError{"Unsupported instruction: " + hex_of(encoding) + "."};
    const uint64_t enc = *value;
    Instruction ins;
    ins.off0 = static_cast<int16_t>(static_cast<int64_t>(enc & 0xFFFF) - kOffsetBias);
    ins.off1 = static_cast<int16_t>(static_cast<int64_t>((enc >> 16) & 0xFFFF) - kOffsetBias);
    ins.off2 = static_cast<int16_t>(static_cast<int64_t>((enc >> 32) & 0xFFFF) - kOffsetBias);
    const uint64_t flags = enc >> (3 * kOffsetBits);

    ins.dst_reg = bit(flags, kDstReg) ? BaseRegister::kFp : BaseRegister::kAp;
    ins.op0_reg = bit(flags, kOp0Reg) ? BaseRegister::kFp : BaseRegister::kAp;

    const std::array<int, 3> op1_bits{bit(flags, kOp1Imm), bit(flags, kOp1Ap), bit(flags, kOp1Fp)};
    switch (op1_bits[0] + 2 * op1_bits[1] + 4 * op1_bits[2]) {
        case 0: ins.op1_src = Op1Src::kOp0; break;
        case 1: ins.op1_src = Op1Src::kImm; break;
        case 2: ins.op1_src = Op1Src::kAp; break;
        case 4: ins.op1_src = Op1Src::kFp; break;
        default: return DecodeError{key_error(op1_bits)};
    }
    if (ins.op1_src == Op1Src::kImm) {
        if (!imm) return DecodeError{"op1_addr is Op1Addr.IMM, but no immediate given"};
        ins.imm = *imm;
        ins.size = 2;
        // Below 2^62 the immediate can be added to any address, integer ones included, without
        // leaving 64 bits; larger ones take the general path.
        const std::optional<int64_t> offset = imm->to_i64();
        if (offset && *offset > -kIntegerAddressLimit && *offset < kIntegerAddressLimit) {
            ins.imm_offset = *offset;
            ins.imm_is_offset = true;
        }
    }

    const std::array<int, 3> pc_bits{bit(flags, kPcJumpAbs), bit(flags, kPcJumpRel),
                                     bit(flags, kPcJnz)};
    switch (pc_bits[0] + 2 * pc_bits[1] + 4 * pc_bits[2]) {
        case 0: ins.pc_update = PcUpdate::kRegular; break;
        case 1: ins.pc_update = PcUpdate::kJump; break;
        case 2: ins.pc_update = PcUpdate::kJumpRel; break;
        case 4: ins.pc_update = PcUpdate::kJnz; break;
        default: return DecodeError{key_error(pc_bits)};
    }

    const std::array<int, 2> res_bits{bit(flags, kResAdd), bit(flags, kResMul)};
    switch (res_bits[0] + 2 * res_bits[1]) {
        case 0:
            ins.res = ins.pc_update == PcUpdate::kJnz ? ResLogic::kUnconstrained : ResLogic::kOp1;
            break;
        case 1: ins.res = ResLogic::kAdd; break;
        case 2: ins.res = ResLogic::kMul; break;
        default: return DecodeError{key_error(res_bits)};
    }
    // A bare `assert` in cairo-lang: its message is empty.
    if (ins.pc_update == PcUpdate::kJnz && ins.res != ResLogic::kUnconstrained) {
        return DecodeError{""};
    }

    const std::array<int, 2> ap_bits{bit(flags, kApAdd), bit(flags, kApAdd1)};
    switch (ap_bits[0] + 2 * ap_bits[1]) {
        case 0: ins.ap_update = ApUpdate::kRegular; break;
        case 1: ins.ap_update = ApUpdate::kAdd; break;
        case 2: ins.ap_update = ApUpdate::kAdd1; break;
        default: return DecodeError{key_error(ap_bits)};
    }

    const std::array<int, 3> op_bits{bit(flags, kOpcodeCall), bit(flags, kOpcodeRet),
                                     bit(flags, kOpcodeAssertEq)};
    switch (op_bits[0] + 2 * op_bits[1] + 4 * op_bits[2]) {
        case 0: ins.opcode = Opcode::kNop; break;
        case 1: ins.opcode = Opcode::kCall; break;
        case 2: ins.opcode = Opcode::kRet; break;
        case 4: ins.opcode = Opcode::kAssertEq; break;
        default: return DecodeError{key_error(op_bits)};
    }
    if (ins.opcode == Opcode::kCall) {
        if (ins.ap_update != ApUpdate::kRegular) {
            return DecodeError{"CALL must have update_ap is ADD2"};
        }
        ins.ap_update = ApUpdate::kAdd2;
    }
    return ins;
}

bool is_call_instruction(const Felt& encoding, const std::optional<Felt>& imm) {
    const auto decoded = decode_instruction(encoding, imm);
    const Instruction* ins = std::get_if<Instruction>(&decoded);
    return ins != nullptr && ins->res == ResLogic::kOp1 &&
           (ins->pc_update == PcUpdate::kJump || ins->pc_update == PcUpdate::kJumpRel) &&
           ins->ap_update == ApUpdate::kAdd2 && ins->opcode == Opcode::kCall;
}

}  // namespace xcairo
