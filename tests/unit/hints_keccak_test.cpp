// keccak.cairo hints: keccak256 of the packed words.
#include "hint_fixture.hpp"

namespace xcairo::testing {
namespace {

constexpr const char* kUnsafeKeccak = R"(from eth_hash.auto import keccak

data, length = ids.data, ids.length

if '__keccak_max_size' in globals():
    assert length <= __keccak_max_size, \
        f'unsafe_keccak() can only be used with length<={__keccak_max_size}. ' \
        f'Got: length={length}.'

keccak_input = bytearray()
for word_i, byte_i in enumerate(range(0, length, 16)):
    word = memory[data + word_i]
    n_bytes = min(16, length - byte_i)
    assert 0 <= word < 2 ** (8 * n_bytes)
    keccak_input += word.to_bytes(n_bytes, 'big')

hashed = keccak(keccak_input)
ids.high = int.from_bytes(hashed[:16], 'big')
ids.low = int.from_bytes(hashed[16:32], 'big'))";

class HintsKeccak : public HintFixture {
  protected:
    void setup(int64_t length) {
        hint(kUnsafeKeccak);
        m_data = memory().add_segment();
        put(cell("data", "felt*"), m_data);
        put(cell("length"), length);
        m_high = cell("high");
        m_low = cell("low");
    }
    Relocatable m_data, m_high, m_low;
};

TEST_F(HintsKeccak, EmptyInputIsKeccak256OfNothing) {
    setup(0);
    run();
    // keccak256("") = c5d2460186f7233c927e7db2dcc703c0 e500b653ca82273b7bfad8045d85a470.
    EXPECT_EQ(felt_at(m_high), *Felt::parse("0xc5d2460186f7233c927e7db2dcc703c0"));
    EXPECT_EQ(felt_at(m_low), *Felt::parse("0xe500b653ca82273b7bfad8045d85a470"));
}

TEST_F(HintsKeccak, ThreeBytes) {
    setup(3);
    put(m_data, *Felt::parse("0x616263"));  // "abc"
    run();
    // keccak256("abc") = 4e03657aea45a94fc7d47ba826c8d667 c0d1e6e33a64a036ec44f58fa12d6c45.
    EXPECT_EQ(felt_at(m_high), *Felt::parse("0x4e03657aea45a94fc7d47ba826c8d667"));
    EXPECT_EQ(felt_at(m_low), *Felt::parse("0xc0d1e6e33a64a036ec44f58fa12d6c45"));
}

TEST_F(HintsKeccak, AWordWiderThanItsBytes) {
    setup(1);
    put(m_data, 256);
    EXPECT_EQ(run_error(), "AssertionError");
}

TEST_F(HintsKeccak, MaxSizeFromTheScope) {
    setup(40);
    scopes().set("__keccak_max_size", int64_t{32});
    EXPECT_EQ(run_error(),
              "AssertionError: unsafe_keccak() can only be used with length<=32. Got: length=40.");
}

}  // namespace
}  // namespace xcairo::testing
