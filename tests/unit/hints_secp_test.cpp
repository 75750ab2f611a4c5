// cairo_secp and secp256r1 hints: results and failures; expected values are cairo-lang's
// (secp_utils.split, math_utils.div_mod / ec_double_slope run by the reference Python).
#include "hint_fixture.hpp"
#include "hints/native_hint.hpp"
#include "hints/secp_utils.hpp"

namespace xcairo::testing {
namespace {

using secp::PyInt;

/// The one library hint text holding `snippet`.
std::string secp_hint(const std::string& snippet) {
    std::string found;
    for (const NativeHint* hint : all_native_hints()) {
        if (std::string(hint->code).find(snippet) == std::string::npos) continue;
        EXPECT_TRUE(found.empty()) << "several texts hold " << snippet;
        found = hint->code;
    }
    EXPECT_FALSE(found.empty()) << "no text holds " << snippet;
    return found;
}

PyInt dec(const std::string& digits) {
    PyInt v;
    for (const char c : digits) v.mag.mul_add_small(10, static_cast<uint64_t>(c - '0'));
    return v;
}

class HintsSecp : public HintFixture {
  protected:
    HintsSecp() { struct_type("BigInt3", {"d0", "d1", "d2"}); }
    /// ids.name: a BigInt3 at the next three cells, holding the limbs.
    void bigint(const std::string& name, Felt d0, Felt d1, Felt d2) {
        const Relocatable at = fp() + m_next;
        reference(name, "[cast(fp + " + std::to_string(m_next) + ", __main__.BigInt3*)]",
                  "__main__.BigInt3");
        m_next += 3;
        put(at, d0);
        put(at + 1, d1);
        put(at + 2, d2);
    }
    Felt dec_felt(const std::string& digits) { return dec(digits).to_felt(); }
    uint64_t m_next = 0;
};

TEST_F(HintsSecp, VerifyZeroWritesTheQuotient) {
    // split(2 * SECP_P)
    bigint("val", dec_felt("77371252455336258591258718"), dec_felt("77371252455336267181195263"),
           dec_felt("38685626227668133590597631"));
    const Relocatable q = fp() + 30;
    reference("q", "[cast(fp + 30, felt*)]", "felt");
    hint(secp_hint("q, r = divmod(pack(ids.val, PRIME), SECP_P)"));
    run();
    EXPECT_EQ(felt_at(q), Felt::from_u64(2));
}

TEST_F(HintsSecp, VerifyZeroReportsTheLimbs) {
    bigint("val", Felt::from_u64(1), Felt::from_i64(-2), Felt::from_u64(3));
    reference("q", "[cast(fp + 30, felt*)]", "felt");
    hint(secp_hint("q, r = divmod(pack(ids.val, PRIME), SECP_P)"));
    EXPECT_EQ(run_error(), "AssertionError: verify_zero: Invalid input (1, " +
                               Felt::from_i64(-2).to_dec() + ", 3).");
}

TEST_F(HintsSecp, ReduceLiftsNegativeLimbs) {
    bigint("x", Felt::from_i64(-1), Felt::from_u64(0), Felt::from_u64(0));
    hint(secp_hint("value = pack(ids.x, PRIME) % SECP_P"));
    run();
    EXPECT_EQ(scopes().get<PyInt>("value"),
              dec("115792089237316195423570985008687907853269984665640564039457584007908834671662"));
}

TEST_F(HintsSecp, NondetBigint3SplitsTheValue) {
    reference("res", "[cast(fp + 3, __main__.BigInt3*)]", "__main__.BigInt3");
    // The x coordinate of secp256k1's generator.
    scopes().set("value",
                 dec("55066263022277343669578718895168534326250603453777594175500187360389116729240"));
    hint(secp_hint("segments.write_arg(ids.res.address_, split(value))"));
    run();
    EXPECT_EQ(felt_at(fp() + 3), dec_felt("17117865558768631194064792"));
    EXPECT_EQ(felt_at(fp() + 4), dec_felt("12501176021340589225372855"));
    EXPECT_EQ(felt_at(fp() + 5), dec_felt("9198697782662356105779718"));
}

TEST_F(HintsSecp, NondetBigint3RejectsANegativeValue) {
    reference("res", "[cast(fp + 3, __main__.BigInt3*)]", "__main__.BigInt3");
    scopes().set("value", -PyInt::of(1));
    hint(secp_hint("segments.write_arg(ids.res.address_, split(value))"));
    EXPECT_EQ(run_error().rfind("AssertionError", 0), 0u);
}

TEST_F(HintsSecp, NondetBigint3NeedsAValue) {
    reference("res", "[cast(fp + 3, __main__.BigInt3*)]", "__main__.BigInt3");
    hint(secp_hint("segments.write_arg(ids.res.address_, split(value))"));
    EXPECT_EQ(run_error(), "NameError: name 'value' is not defined");
}

TEST_F(HintsSecp, DivModN) {
    bigint("a", Felt::from_u64(7), Felt::from_u64(11), Felt::from_u64(13));
    bigint("b", Felt::from_u64(3), Felt::from_u64(5), dec_felt("1208925819614629174706176"));
    hint(secp_hint("value = res = div_mod(a, b, N)"));
    run();
    EXPECT_EQ(scopes().get<PyInt>("value"),
              dec("37699016953469921285020494962042562597812315099821714356894836564973614825382"));
}

TEST_F(HintsSecp, DivModNByZeroHasNoInverse) {
    bigint("a", Felt::from_u64(7), Felt::from_u64(11), Felt::from_u64(13));
    bigint("b", Felt::from_u64(0), Felt::from_u64(0), Felt::from_u64(0));
    hint(secp_hint("value = res = div_mod(a, b, N)"));
    EXPECT_EQ(run_error().rfind("AssertionError", 0), 0u);
}

TEST_F(HintsSecp, SafeDivReportsARemainder) {
    scopes().set("res", PyInt::of(1));
    scopes().set("b", PyInt::of(1));
    scopes().set("a", PyInt::of(0));
    scopes().set("N", secp::secp256k1().order);
    hint(secp_hint("value = k = safe_div(res * b - a, N)"));
    EXPECT_EQ(run_error(),
              "AssertionError: 1 is not divisible by "
              "115792089237316195423570985008687907852837564279074904382605163141518161494337.");
}

TEST(HintsSecpMath, DoublingSlopeAndInverse) {
    // 2G of secp256k1; math_utils.ec_double_slope and div_mod(1, y, SECP_P) of it.
    const PyInt x = dec("89565891926547004231252920425935692360644145829622209833684329913297188986597");
    const PyInt y = dec("12158399299693830322967808612713398636155367887041628176798871954788371653930");
    const PyInt& p = secp::secp256k1().prime;
    EXPECT_EQ(secp::ec_double_slope(x, y, PyInt::of(0), p, 1).mag.to_hex(),
              "0x6ad2cb95963c033328d4857d4f8711deff557dd9faaa673b400442833f0efb64");
    EXPECT_EQ(secp::div_mod(PyInt::of(1), y, p, 1).mag.to_hex(),
              "0x9e79e7285dc8634f5ff5094dabc5ff545db34212e8c2f49b14573e36ee88704b");
    // Python's floor semantics on negative values.
    EXPECT_EQ(secp::mod(-PyInt::of(7), PyInt::of(5)), PyInt::of(3));
    EXPECT_EQ(secp::floor_div(-PyInt::of(7), PyInt::of(5)), -PyInt::of(2));
}

TEST_F(HintsSecp, PopFromNoNibbles) {
    scopes().set("nibbles", std::vector<int64_t>{});
    hint("memory[fp + 0] = to_felt_or_relocatable(nibbles.pop())");
    EXPECT_EQ(run_error(), "IndexError: pop from empty list");
}

TEST_F(HintsSecp, PackReportsTheFirstPointerLimb) {
    reference("x", "[cast(fp, __main__.BigInt3*)]", "__main__.BigInt3");
    put(fp(), 1);
    put(fp() + 1, Relocatable{1, 4});
    put(fp() + 2, Relocatable{1, 5});
    hint(secp_hint("value = pack(ids.x, PRIME) % SECP_P"));
    EXPECT_EQ(run_error(), "AssertionError: Expected integer, found: 1:4.");
}

TEST_F(HintsSecp, R1Assert165Bit) {
    reference("value", "[cast(fp, felt*)]", "felt");
    constant("UPPER_BOUND", PyInt::of(1).to_felt());
    hint(secp_hint("is outside of the range [0, 2**165)"));
    put(fp(), 5);
    reference("high", "[cast(fp + 1, felt*)]", "felt");
    reference("low", "[cast(fp + 2, felt*)]", "felt");
    constant("SHIFT", Felt::from_u64(4));
    EXPECT_EQ(run_error(), "AssertionError: 5 is outside of the range [0, 2**165).");
}

}  // namespace
}  // namespace xcairo::testing
