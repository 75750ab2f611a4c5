#include <gtest/gtest.h>

#include "bytecode.hpp"
#include "vmcore/instruction.hpp"

namespace xcairo {
namespace {

// The flag groups of the ISA: each must be one-hot or empty (opcode also decides ap for call).
int group(uint64_t flags, int first, int n) {
    int set = 0;
    for (int i = 0; i < n; ++i) set += (flags >> (first + i)) & 1;
    return set;
}

Felt encoding_with_flags(uint64_t flags) {
    return Felt::from_u64(flags << 48 | 0x7FFFULL << 32 | 0x8001ULL << 16 | 0x8000ULL);
}

TEST(Decoder, EveryFlagCombinationDecodesOrFailsLikeCairoLang) {
    int valid = 0;
    for (uint64_t flags = 0; flags < (1u << 16); ++flags) {
        const auto decoded = decode_instruction(encoding_with_flags(flags), Felt::from_u64(7));
        const bool op1_ok = group(flags, 2, 3) <= 1;
        const bool pc_ok = group(flags, 7, 3) <= 1;
        const bool res_ok = group(flags, 5, 2) <= 1;
        const bool jnz_ok = !((flags >> 9) & 1) || group(flags, 5, 2) == 0;
        const bool ap_ok = group(flags, 10, 2) <= 1;
        const bool opcode_ok = group(flags, 12, 3) <= 1;
        const bool call_ok = !((flags >> 12) & 1) || group(flags, 10, 2) == 0;
        const bool ok = op1_ok && pc_ok && res_ok && jnz_ok && ap_ok && opcode_ok && call_ok;
        ASSERT_EQ(std::holds_alternative<Instruction>(decoded), ok) << "flags " << flags;
        if (!ok) continue;
        ++valid;
        // Round trip: the assembler encodes back the same value (the reserved bit 15 is ignored).
        const Instruction& ins = std::get<Instruction>(decoded);
        EXPECT_EQ(test::encode(ins).front(), encoding_with_flags(flags & 0x7FFF)) << "flags " << flags;
        EXPECT_EQ(ins.off0, 0);
        EXPECT_EQ(ins.off1, 1);
        EXPECT_EQ(ins.off2, -1);
    }
    // Per group: op1 4, pc 4, res 3 (jnz forces none), ap 3 (call forces none), opcode 4; x2 bit 15.
    EXPECT_GT(valid, 0);
}

TEST(Decoder, InvalidGroupsReportTheKeyTuple) {
    auto error_of = [](uint64_t flags) {
        return std::get<DecodeError>(decode_instruction(encoding_with_flags(flags), std::nullopt)).message;
    };
    EXPECT_EQ(error_of(0b11100), "(1, 1, 1)");            // op1: imm, ap, fp
    EXPECT_EQ(error_of(0b01100), "(1, 0, 1)");            // op1: imm + fp
    EXPECT_EQ(error_of(0b110000000), "(1, 1, 0)");        // pc: abs + rel
    EXPECT_EQ(error_of(0b1100000), "(1, 1)");             // res: add + mul
    EXPECT_EQ(error_of(1u << 9 | 1u << 5), "");           // jnz with res add: a bare assert
    EXPECT_EQ(error_of(0b11u << 10), "(1, 1)");           // ap: add + add1
    EXPECT_EQ(error_of(0b11u << 12), "(1, 1, 0)");        // opcode: call + ret
    EXPECT_EQ(error_of(1u << 12 | 1u << 11), "CALL must have update_ap is ADD2");
    EXPECT_EQ(error_of(1u << 2), "op1_addr is Op1Addr.IMM, but no immediate given");
}

TEST(Decoder, ValuesAbove64BitsAreUnsupported) {
    const Felt big = *Felt::parse("0x10000000000000000");
    EXPECT_EQ(std::get<DecodeError>(decode_instruction(big, std::nullopt)).message,
              "Unsupported instruction: 0x10000000000000000.");
}

// Encodings written by cairo-compile 0.14.0.1 for these statements.
TEST(Decoder, RealEncodingsDisassemble) {
    struct Case {
        uint64_t encoding;
        std::optional<int64_t> imm;
        const char* text;
    };
    const Case cases[] = {
        {0x480a7ffd7fff8000, {}, "[ap] = [fp + (-3)]; ap++"},
        {0x480680017fff8000, 1, "[ap] = 1; ap++"},
        {0x48307fff7ffe8000, {}, "[ap] = [ap + (-2)] + [ap + (-1)]; ap++"},
        {0x1104800180018000, -8, "call rel -8"},
        {0x208b7fff7fff7ffe, {}, "ret"},
        {0x10780017fff7fff, -1, "jmp rel -1"},
        {0x20680017fff7fff, 0, "jmp rel 0 if [ap + (-1)] != 0"},
        {0x400380007ffb7ffc, {}, "[fp + (-4)] = [[fp + (-5)]]"},  // source: [[fp - 5]] = [fp - 4]
        {0x40780017fff7fff, 2, "ap += 2"},
    };
    for (const Case& c : cases) {
        std::optional<Felt> imm;
        if (c.imm) imm = Felt::from_i64(*c.imm);
        const auto decoded = decode_instruction(Felt::from_u64(c.encoding), imm);
        ASSERT_TRUE(std::holds_alternative<Instruction>(decoded)) << c.text;
        EXPECT_EQ(disassemble(std::get<Instruction>(decoded)), c.text);
    }
}

TEST(Decoder, CallDetection) {
    EXPECT_TRUE(is_call_instruction(Felt::from_u64(0x1104800180018000), Felt::from_i64(-8)));
    EXPECT_FALSE(is_call_instruction(Felt::from_u64(0x1104800180018000), std::nullopt));
    EXPECT_FALSE(is_call_instruction(Felt::from_u64(0x208b7fff7fff7ffe), std::nullopt));
}

}  // namespace
}  // namespace xcairo
