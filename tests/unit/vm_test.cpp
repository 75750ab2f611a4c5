#include <gtest/gtest.h>

#include "bytecode.hpp"
#include "value_ops.hpp"
#include "vm.hpp"

namespace xcairo {
namespace {

constexpr Relocatable kNoStop{INT64_MIN, 0};

Relocatable integer(int64_t v) { return {kIntegerSegment, static_cast<uint64_t>(v)}; }

// The frame cells [fp - 2], [fp - 1] that a `ret` from the first frame reads.
struct Frame {
    MaybeRelocatable saved_fp;
    MaybeRelocatable return_pc;
};

// A VM over hand-assembled code in segment 0, ap = fp = 1:2 with [1:0], [1:1] = (2:0, 3:0)
// unless another frame is given.
struct VmFixture {
    Memory memory;
    std::unique_ptr<Vm> vm;

    explicit VmFixture(const test::Asm& program, std::optional<Frame> frame = std::nullopt) {
        const Relocatable code = memory.add_segment();
        const Relocatable exec = memory.add_segment();
        const Relocatable ret_fp = memory.add_segment();
        const Relocatable end = memory.add_segment();
        for (size_t i = 0; i < program.code.size(); ++i) memory.insert(code + i, program.code[i]);
        memory.insert(exec, frame ? frame->saved_fp : ret_fp);
        memory.insert(exec + 1, frame ? frame->return_pc : end);
        vm = std::make_unique<Vm>(memory, code, program.code.size(),
                                  Registers{code, exec + 2, exec + 2}, end, true);
    }
    Felt at(uint64_t offset) const { return memory.get({1, offset})->felt(); }
    StopReason steps(uint64_t n) { return vm->run(kNoStop, n, false); }
    /// Writes code at integer addresses from `start` on.
    void load_at_integer(int64_t start, const test::Asm& code) {
        for (size_t i = 0; i < code.code.size(); ++i) {
            memory.insert(integer(start + static_cast<int64_t>(i)), code.code[i]);
        }
    }
};

TEST(Vm, AssertEqWithImmediateAndAdd) {
    test::Asm a;
    a.assert_imm(0, 5).assert_imm(0, -2).assert_op(ResLogic::kAdd, -2, -1).assert_op(ResLogic::kMul, -1, -3);
    VmFixture f(a);
    ASSERT_EQ(f.steps(4), StopReason::kStepLimit) << f.vm->error().message;
    EXPECT_EQ(f.at(2), Felt::from_u64(5));
    EXPECT_EQ(f.at(3), Felt::from_i64(-2));
    EXPECT_EQ(f.at(4), Felt::from_u64(3));
    EXPECT_EQ(f.at(5), Felt::from_u64(15));
    EXPECT_EQ(f.vm->registers().ap, (Relocatable{1, 6}));
    EXPECT_EQ(f.vm->registers().pc, (Relocatable{0, 6}));
    EXPECT_EQ(f.vm->current_step(), 4u);
    ASSERT_EQ(f.vm->trace().size(), 4u);
    EXPECT_EQ(f.vm->trace()[3].pc, 5u);
    EXPECT_EQ(f.vm->trace()[3].ap, 5u);
}

TEST(Vm, DeducesOp0AndOp1) {
    // [ap] = 10 (op1 imm) then [ap - 1] = [ap] + 4 deduces [ap] = 6 from dst and op1.
    test::Asm a;
    a.assert_imm(0, 10);
    Instruction deduce;
    deduce.off0 = -1; deduce.off1 = 0; deduce.off2 = 1; deduce.op1_src = Op1Src::kImm;
    deduce.imm = Felt::from_u64(4); deduce.size = 2; deduce.res = ResLogic::kAdd; deduce.opcode = Opcode::kAssertEq;
    a.emit(deduce);
    VmFixture f(a);
    ASSERT_EQ(f.steps(2), StopReason::kStepLimit) << f.vm->error().message;
    EXPECT_EQ(f.at(3), Felt::from_u64(6));
}

TEST(Vm, FailedAssertionMessage) {
    test::Asm a;
    a.assert_imm(0, 7, false).assert_imm(0, 8, false);
    VmFixture f(a);
    ASSERT_EQ(f.steps(2), StopReason::kError);
    EXPECT_EQ(f.vm->error().message, "An ASSERT_EQ instruction failed: 7 != 8.");
    EXPECT_EQ(f.vm->registers().pc, (Relocatable{0, 2}));
    EXPECT_EQ(f.vm->current_step(), 1u);
}

TEST(Vm, UnknownMemory) {
    test::Asm a;
    a.assert_op(ResLogic::kAdd, 5, 6);
    VmFixture f(a);
    ASSERT_EQ(f.steps(1), StopReason::kError);
    EXPECT_EQ(f.vm->error().message, "Unknown value for memory cell at address 1:7.");
}

TEST(Vm, ConditionalJumpLoop) {
    // [ap] = 3; loop: [ap] = [ap - 1] + (-1); ap++; jmp loop if [ap - 1] != 0
    test::Asm a;
    a.assert_imm(0, 3);
    Instruction dec;
    dec.off0 = 0; dec.off1 = -1; dec.off2 = 1; dec.op1_src = Op1Src::kImm; dec.imm = Felt::from_i64(-1);
    dec.size = 2; dec.res = ResLogic::kAdd; dec.opcode = Opcode::kAssertEq; dec.ap_update = ApUpdate::kAdd1;
    a.emit(dec).jmp_rel(-2, int16_t{-1});
    VmFixture f(a);
    const Relocatable after_loop{0, static_cast<uint64_t>(a.code.size())};
    ASSERT_EQ(f.vm->run(after_loop, 100, false), StopReason::kReachedPc) << f.vm->error().message;
    EXPECT_EQ(f.vm->current_step(), 7u);
    EXPECT_EQ(f.at(5), Felt());
}

TEST(Vm, CallAndReturn) {
    // call rel 4 (to ret, after the two-cell jmp that follows) ; jmp rel 0 ; ret
    test::Asm a;
    a.call_rel(4).jmp_rel(0).ret();
    VmFixture f(a);
    ASSERT_EQ(f.steps(2), StopReason::kStepLimit) << f.vm->error().message;
    EXPECT_EQ(f.memory.get({1, 2})->relocatable(), (Relocatable{1, 2}));  // saved fp
    EXPECT_EQ(f.memory.get({1, 3})->relocatable(), (Relocatable{0, 2}));  // return pc
    EXPECT_EQ(f.vm->registers().pc, (Relocatable{0, 2}));
    EXPECT_EQ(f.vm->registers().fp, (Relocatable{1, 2}));
    EXPECT_EQ(f.vm->registers().ap, (Relocatable{1, 4}));
}

TEST(Vm, StopsAtTheEndOfTheProgramAndAtFlaggedPcs) {
    test::Asm a;
    a.assert_imm(0, 1).assert_imm(0, 2);
    VmFixture f(a);
    f.vm->set_code_flag(2, CodeEntry::kBreakpoint, true);
    EXPECT_EQ(f.steps(10), StopReason::kBreakpoint);
    EXPECT_EQ(f.vm->current_step(), 1u);
    EXPECT_EQ(f.vm->run(kNoStop, 1, true), StopReason::kStepLimit);
    EXPECT_EQ(f.vm->current_step(), 2u);
}

TEST(Vm, MulDeductionByZero) {
    // [ap] = 0; [ap - 1] = [ap] * 0 cannot deduce [ap].
    test::Asm a;
    a.assert_imm(0, 5);
    Instruction mul;
    mul.off0 = -1; mul.off1 = 0; mul.off2 = 1; mul.op1_src = Op1Src::kImm; mul.imm = Felt();
    mul.size = 2; mul.res = ResLogic::kMul; mul.opcode = Opcode::kAssertEq;
    a.emit(mul);
    VmFixture f(a);
    ASSERT_EQ(f.steps(2), StopReason::kError);
    EXPECT_EQ(f.vm->error().message,
              "Cannot deduce operand in '0 = ? * 5' (possibly due to division by 0).");
}

// cairo-lang lets pc, fp and addresses be plain integers; xcairo keeps them in kIntegerSegment.

TEST(Vm, CallAbsToAnIntegerPc) {
    test::Asm a;
    a.call_abs(7);
    VmFixture f(a);
    ASSERT_EQ(f.steps(1), StopReason::kStepLimit) << f.vm->error().message;
    EXPECT_EQ(f.vm->registers().pc, integer(7));
    EXPECT_EQ(value_text(f.vm->registers().pc), "7");
    EXPECT_EQ(*f.memory.get({1, 3}), MaybeRelocatable(Relocatable{0, 2}));  // return pc
    ASSERT_EQ(f.steps(1), StopReason::kError);
    EXPECT_EQ(f.vm->error().message, "Unknown value for memory cell at address 7.");
    EXPECT_EQ(f.vm->current_step(), 1u);
}

TEST(Vm, JmpAbsRunsCodeAtAnIntegerPc) {
    // jmp abs 100; at 100: [ap] = 9, ap++; call abs 200 (the return pc is the integer 104).
    test::Asm a;
    a.jmp_abs(100);
    test::Asm at100;
    at100.assert_imm(0, 9).call_abs(200);
    VmFixture f(a);
    f.load_at_integer(100, at100);
    ASSERT_EQ(f.steps(3), StopReason::kStepLimit) << f.vm->error().message;
    EXPECT_EQ(f.at(2), Felt::from_u64(9));
    EXPECT_EQ(*f.memory.get({1, 3}), MaybeRelocatable(Relocatable{1, 2}));  // saved fp
    EXPECT_EQ(*f.memory.get({1, 4}), MaybeRelocatable(Felt::from_u64(104)));  // return pc
    EXPECT_EQ(f.vm->registers().pc, integer(200));
    // The trace keeps the integer pcs of steps 1 and 2 with the full registers.
    ASSERT_EQ(f.vm->trace_exceptions().size(), 2u);
    EXPECT_EQ(f.vm->trace_exceptions()[0].first, 1u);
    EXPECT_EQ(f.vm->trace_exceptions()[0].second.pc, integer(100));
    EXPECT_EQ(f.vm->trace_exceptions()[1].second.pc, integer(102));
    ASSERT_EQ(f.steps(1), StopReason::kError);
    EXPECT_EQ(f.vm->error().message, "Unknown value for memory cell at address 200.");
}

TEST(Vm, RetThroughAFeltSetsAnIntegerFp) {
    // ret takes fp = 5 from [fp - 2]; then [ap] = [fp - 3] reads the integer address 2.
    test::Asm a;
    a.ret();
    Instruction load;
    load.off0 = 0; load.off1 = -1; load.off2 = -3; load.op0_reg = BaseRegister::kFp;
    load.op1_src = Op1Src::kFp; load.opcode = Opcode::kAssertEq; load.ap_update = ApUpdate::kAdd1;
    a.emit(load);
    load.off2 = -8;  // [fp - 8]: the address -3, that is P - 3
    a.emit(load);
    VmFixture f(a, Frame{Felt::from_u64(5), Relocatable{0, 1}});
    f.memory.insert(integer(4), Felt::from_u64(44));  // [fp - 1], read as op0
    f.memory.insert(integer(2), Felt::from_u64(22));
    ASSERT_EQ(f.steps(2), StopReason::kStepLimit) << f.vm->error().message;
    EXPECT_EQ(f.vm->registers().fp, integer(5));
    EXPECT_EQ(f.at(2), Felt::from_u64(22));
    EXPECT_EQ(f.vm->trace_exceptions().size(), 1u);  // step 1 runs with fp = 5
    ASSERT_EQ(f.steps(1), StopReason::kError);
    EXPECT_EQ(f.vm->error().message,
              "Unknown value for memory cell at address " + (-Felt::from_u64(3)).to_dec() + ".");
}

TEST(Vm, DoubleDereferenceThroughAFelt) {
    // [ap] = 3, ap++; [ap] = 2, ap++; [ap - 1] = [[ap - 2] + 1] writes 2 at the address 4.
    test::Asm a;
    a.assert_imm(0, 3).assert_imm(0, 2);
    Instruction store;
    store.off0 = -1; store.off1 = -2; store.off2 = 1; store.op1_src = Op1Src::kOp0;
    store.opcode = Opcode::kAssertEq;
    a.emit(store).emit(store);  // the second one reads it back
    VmFixture f(a);
    ASSERT_EQ(f.steps(4), StopReason::kStepLimit) << f.vm->error().message;
    EXPECT_EQ(*f.memory.get(integer(4)), MaybeRelocatable(Felt::from_u64(2)));
    EXPECT_EQ(f.memory.first_integer_address(), integer(4));
    EXPECT_EQ(f.memory.write_order().back().start, integer(4));
}

TEST(Vm, IntegerPcOutOfRangeIsNotSupported) {
    test::Asm a;
    a.jmp_abs(kIntegerAddressLimit);
    VmFixture f(a);
    ASSERT_EQ(f.steps(1), StopReason::kError);
    EXPECT_EQ(f.vm->error().message,
              "xcairo: the integer address 4611686018427387904 is out of range "
              "(|address| < 2^62 modulo P; not supported).");
}

}  // namespace
}  // namespace xcairo
