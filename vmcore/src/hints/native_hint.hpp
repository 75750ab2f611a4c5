#pragma once
// Native hints: a handler per hint text of cairo-lang's common library, found once at load.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "hints/ids.hpp"
#include "vmcore/hint_executor.hpp"

namespace xcairo {

/// What a native handler works with: the context and the hint's `ids`, resolved at load in the
/// order its NativeHint lists them. `line` arguments are the hint's lines that read or write
/// (they appear in the Python traceback of a failure).
class HintCall {
  public:
    HintCall(HintContext& context, const std::vector<IdsRef>& ids) : ctx(context), m_ids(ids) {}

    IdsValue ids(size_t i, int64_t line) const { return read_ids(m_ids[i], ctx, line); }
    MaybeRelocatable value(size_t i, int64_t line) const { return ids(i, line).value; }
    /// ids.x as a Python int; TypeError (as Python's arithmetic) for a relocatable.
    Felt felt(size_t i, int64_t line) const;
    /// ids.x as a pointer; TypeError for a felt.
    Relocatable ptr(size_t i, int64_t line) const;
    void set(size_t i, const MaybeRelocatable& value, int64_t line) {
        write_ids(m_ids[i], ctx, value, line);
    }
    /// memory[addr] as a felt; KeyError-like failures for unknown cells, TypeError for pointers.
    Felt mem_felt(const Relocatable& addr, int64_t line) const;
    MaybeRelocatable mem(const Relocatable& addr, int64_t line) const;
    /// The range_check builtin's bound (2^128); NameError when the program has no range_check.
    void require_range_check(int64_t line) const;

    HintContext& ctx;

  private:
    const std::vector<IdsRef>& m_ids;
};

/// Python's `block * times` on a list (the padding hints repeat one dummy instance).
inline std::vector<MaybeRelocatable> repeated(const std::vector<MaybeRelocatable>& block,
                                              uint64_t times) {
    std::vector<MaybeRelocatable> out;
    for (uint64_t i = 0; i < times; ++i) out.insert(out.end(), block.begin(), block.end());
    return out;
}

/// A HintFrame's marker: `part` of `source` underlined with `marks` (its length; all '^' when
/// empty), as Python 3.11 marks the failing expression ("~~~~~^^^" for a subscript).
inline std::string marker_under(std::string_view source, std::string_view part,
                                std::string marks = "") {
    if (marks.empty()) marks.assign(part.size(), '^');
    const size_t at = source.find(part);
    return at == std::string_view::npos ? "" : std::string(at, ' ') + marks;
}

/// A frame of cairo-lang's Python below the hint's, its failing part marked.
inline HintFrame marked_frame(std::string filename, int64_t line, std::string function,
                              std::string source, std::string_view part, std::string marks = "") {
    std::string marker = marker_under(source, part, std::move(marks));
    return {std::move(filename), line, std::move(function), std::move(source), std::move(marker)};
}

using NativeHandler = void (*)(HintCall&);

struct NativeHint {
    std::string_view code;               ///< the exact hint text as compiled programs store it
    std::vector<std::string_view> ids;   ///< the ids names the handler reads, by index
    NativeHandler handler;
};

/// The native handler of a hint text, or nullptr.
const NativeHint* find_native_hint(std::string_view code);
/// Every native hint (for coverage reports).
std::vector<const NativeHint*> all_native_hints();

// The families, one file each.
std::vector<NativeHint> alloc_hints();
std::vector<NativeHint> memcpy_hints();
std::vector<NativeHint> math_hints();
std::vector<NativeHint> math_cmp_hints();
std::vector<NativeHint> find_element_hints();
std::vector<NativeHint> usort_hints();
std::vector<NativeHint> dict_hints();
std::vector<NativeHint> squash_dict_hints();
std::vector<NativeHint> uint256_hints();
std::vector<NativeHint> signature_hints();
std::vector<NativeHint> keccak_hints();
std::vector<NativeHint> secp_hints();
std::vector<NativeHint> cairo_keccak_hints();
std::vector<NativeHint> poseidon_hints();
std::vector<NativeHint> ec_hints();
std::vector<NativeHint> merkle_hints();
std::vector<NativeHint> small_merkle_tree_hints();
std::vector<NativeHint> blake2s_hints();
std::vector<NativeHint> sha256_hints();
std::vector<NativeHint> modulo_hints();
std::vector<NativeHint> patricia_hints();
std::vector<NativeHint> segments_hints();

}  // namespace xcairo
