#pragma once
// The add_mod and mul_mod builtins (cairo-lang's ModBuiltinRunner): instances of 7 cells (p0..p3,
// values_ptr, offsets_ptr, n) describing n operations a op b = c (mod p) on 384-bit values of four
// 96-bit words, read from a values table through an offsets table. The builtins deduce nothing:
// the run checks the instances at the end (security_check), and fill_mod_builtin_memory (the
// library's run_mod_p_circuit hint) computes the missing values beforehand.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "big_uint.hpp"
#include "builtin_runner.hpp"
#include "vmcore/hint_executor.hpp"

namespace xcairo {

/// A value of the mod builtins: 384 bits.
using U384 = BigUint<6>;

class ModBuiltinRunner : public BuiltinRunner {
  public:
    enum class Op { kAdd, kMul };
    static constexpr uint32_t kInputCells = 7;  ///< p0, p1, p2, p3, values_ptr, offsets_ptr, n
    static constexpr uint32_t kNWords = 4;
    static constexpr uint32_t kWordBits = 96;
    static constexpr uint64_t kMaxN = 100000;  ///< the largest n fill_mod_builtin_memory accepts

    ModBuiltinRunner(Op op, Relocatable base);

    Op op() const noexcept { return m_op; }
    /// The layout's batch_size (operations per instance); the layout's n_words and word_bit_len
    /// must be 4 and 96 (those of every cairo-lang layout), else this throws.
    uint64_t batch_size() const;

    /// The inputs of an instance (cairo-lang's read_inputs), as Python prints them in errors.
    struct Inputs {
        std::array<Felt, kNWords> p_words;
        U384 p;
        Relocatable values_ptr;
        Relocatable offsets_ptr;
        std::optional<Felt> n;
        std::string repr() const;
    };
    /// read_inputs at the instance's address; throws cairo-lang's errors (AssertionFailure,
    /// UncaughtError for an unknown cell). read_n false skips n.
    Inputs read_inputs(const Memory& memory, const Relocatable& addr, bool read_n = true) const;
    /// read_n_words_value: the value of the words at addr, nullopt when one is unknown; throws
    /// AssertionFailure for a word that is not an integer below 2^96. `read` counts the words read.
    static std::optional<U384> read_value(const Memory& memory, const Relocatable& addr,
                                          uint32_t* read = nullptr);
    /// op(a, b) as a plain integer.
    BigUint<13> apply(const U384& a, const U384& b) const noexcept;
    /// k_bound * p: (a op b - c) / p must be below k_bound (2 for add_mod, 2^384 for mul_mod).
    BigUint<13> k_bound_times(const U384& p) const noexcept;
    /// Python's text of the operator ("<built-in function add>").
    const char* op_text() const noexcept;

    /// One operation of an instance in the AIR private input: the offsets and words of a, b, c.
    struct BatchEntry {
        std::array<Felt, 3> offsets;
        std::array<std::array<Felt, kNWords>, 3> words;
    };
    /// One instance in the AIR private input (pointers relocated by the caller).
    struct InstanceInput {
        uint64_t index = 0;
        std::array<Felt, kNWords> p;
        Relocatable values_ptr;
        Relocatable offsets_ptr;
        Felt n;
        std::vector<BatchEntry> batch;
    };
    /// The instances written in the segment, by index, with cairo-lang's assertions.
    std::vector<InstanceInput> private_input_instances(const Memory& memory) const;
    /// The zeros the empty instances of the AIR point at (set by the runner).
    const std::optional<Relocatable>& zero_value_address() const noexcept { return m_zeros; }

    uint32_t additional_memory_units_per_instance() const noexcept override { return 15; }
    std::optional<std::string> security_check(const Memory& memory) const override;
    std::string relocated_air_private_input(const Memory& memory,
                                            const Relocator& relocate) const override;
    void other_memory_accesses(const Memory& memory, uint64_t segment_size,
                               const std::function<void(const Relocatable&)>& mark) const override;
    uint64_t needed_allocated_zeros() const override;
    void set_allocated_zeros(const Relocatable& addr) override { m_zeros = addr; }

  private:
    /// The checks of run_security_checks past the base class's (throwing on failure).
    void check_instances(const Memory& memory) const;

    Op m_op;
    std::optional<Relocatable> m_zeros;
};

/// One builtin's part of fill_mod_builtin_memory: its pointer (the first instance to fill), its
/// runner, and n, the number of operations in its offsets table.
struct ModFill {
    Relocatable ptr;
    const ModBuiltinRunner* runner = nullptr;
    Felt n;
};

/// A failure of fill_mod_builtin_memory whose whole Python stack is known (a conflicting write,
/// fill_memory's own Exception): with the frames cairo-run prints below fill_memory's caller,
/// outermost first (in mod_builtin_runner.py, then memory_dict.py for a write).
class ModFillFailure : public UncaughtError {
  public:
    ModFillFailure(std::string python_type, std::string message, std::vector<HintFrame> frames)
        : UncaughtError(std::move(python_type), std::move(message)), frames(std::move(frames)) {}
    std::vector<HintFrame> frames;
};

/// cairo-lang's ModBuiltinRunner.fill_memory: completes the instances after the first from its
/// inputs, pads the offsets tables to the first instance's n, and computes the missing values
/// of the values table. Throws cairo-lang's errors (AssertionFailure for its assertions,
/// UncaughtError for the other Python exceptions, with their class names; ModFillFailure where
/// the Python frames are known).
void fill_mod_builtin_memory(Memory& memory, const std::optional<ModFill>& add_mod,
                             const std::optional<ModFill>& mul_mod);

}  // namespace xcairo
