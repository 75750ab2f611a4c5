#pragma once
// Cairo instructions: decoding of the 63-bit encoding (+ immediate) and disassembly.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "vmcore/felt.hpp"

namespace xcairo {

/// The register an operand address is based on.
enum class BaseRegister : uint8_t { kAp, kFp };
enum class Op1Src : uint8_t { kOp0, kImm, kAp, kFp };
enum class ResLogic : uint8_t { kOp1, kAdd, kMul, kUnconstrained };
enum class PcUpdate : uint8_t { kRegular, kJump, kJumpRel, kJnz };
enum class ApUpdate : uint8_t { kRegular, kAdd, kAdd1, kAdd2 };
enum class Opcode : uint8_t { kNop, kAssertEq, kCall, kRet };

/// A decoded instruction; the immediate (if any) is resolved.
struct Instruction {
    int16_t off0 = 0;
    int16_t off1 = 0;
    int16_t off2 = 0;
    BaseRegister dst_reg = BaseRegister::kAp;
    BaseRegister op0_reg = BaseRegister::kAp;
    Op1Src op1_src = Op1Src::kOp0;
    ResLogic res = ResLogic::kOp1;
    PcUpdate pc_update = PcUpdate::kRegular;
    ApUpdate ap_update = ApUpdate::kRegular;
    Opcode opcode = Opcode::kNop;
    uint8_t size = 1;  ///< 2 with an immediate
    Felt imm;          ///< valid when op1_src == kImm
    /// The immediate's signed value when below 2^62 in magnitude, resolved once for jumps and
    /// pointer arithmetic.
    int64_t imm_offset = 0;
    bool imm_is_offset = false;

    friend bool operator==(const Instruction&, const Instruction&) = default;
};

/// Why an encoding is not an instruction, worded as cairo-lang's decoder words it.
struct DecodeError {
    std::string message;
};

/// Decodes an encoded instruction; `imm` is the felt at pc + 1 when it exists and is a felt.
std::variant<Instruction, DecodeError> decode_instruction(const Felt& encoding,
                                                          const std::optional<Felt>& imm);

/// cairo-lang's is_call_instruction (used to rebuild the Cairo traceback).
bool is_call_instruction(const Felt& encoding, const std::optional<Felt>& imm);

/// Readable assembly, in Cairo's syntax: "[ap] = [fp + (-3)] + 5; ap++".
std::string disassemble(const Instruction& instruction);

}  // namespace xcairo
