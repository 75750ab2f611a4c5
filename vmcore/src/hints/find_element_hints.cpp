// find_element.cairo (find_element, search_sorted_lower, search_sorted) and set.cairo.
#include <limits>

#include "hints/math_utils.hpp"
#include "value_ops.hpp"

namespace xcairo {
namespace {

/// array_ptr + elm_size * i, or nullopt when the offset leaves 64 bits (no such cell).
std::optional<Relocatable> element_address(const Relocatable& array, const Felt& elm_size,
                                           uint64_t i) {
    bool overflow = false;
    const big::U256 delta = big::mul(big::of(elm_size), big::from_u64(i), &overflow);
    const big::U256 offset = big::add(delta, big::from_u64(array.offset));
    if (overflow || offset.limb[1] || offset.limb[2] || offset.limb[3] || big::less(offset, delta)) return std::nullopt;
    return Relocatable{array.segment, offset.limb[0]};
}

/// memory[array_ptr + elm_size * i] (UnknownMemoryError when unknown).
MaybeRelocatable element(const HintCall& h, const Relocatable& array, const Felt& elm_size,
                         uint64_t i, int64_t line) {
    const std::optional<Relocatable> at = element_address(array, elm_size, i);
    if (!at) {
        throw HintError("starkware.cairo.lang.vm.memory_dict.UnknownMemoryError",
                        "Unknown value for memory cell at address " + std::to_string(array.segment) +
                            ":" + big::dec(big::add(big::mul(big::of(elm_size), big::from_u64(i)),
                                                    big::from_u64(array.offset))) + ".",
                        line);
    }
    return h.mem(*at, line);
}

/// A scope variable that a previous hint set as an int, if any.
const int64_t* scope_int(HintCall& h, const std::string& name) {
    return h.ctx.scopes().find<int64_t>(name);
}

Felt checked_elm_size(HintCall& h, size_t id, int64_t line) {
    const MaybeRelocatable elm_size = h.value(id, line - 1);
    if (elm_size.is_relocatable() || elm_size.felt().is_zero())
        hint_assert_failed("Invalid value for elm_size. Got: " + value_text(elm_size) + ".", line);
    return elm_size.felt();
}

/// n_elms (lines n_line..) with the __find_element_max_size check; a count beyond 2^63 stands
/// for "more than any memory holds".
uint64_t checked_n_elms(HintCall& h, size_t id, int64_t n_line) {
    const MaybeRelocatable n_elms = h.value(id, n_line);
    if (n_elms.is_relocatable())
        hint_assert_failed("Invalid value for n_elms. Got: " + value_text(n_elms) + ".", n_line + 1);
    if (const int64_t* max_size = scope_int(h, "__find_element_max_size")) {
        if (big::less(big::from_u64(static_cast<uint64_t>(*max_size)), big::of(n_elms.felt())))
            hint_assert_failed("find_element() can only be used with n_elms<=" +
                                   std::to_string(*max_size) + ". Got: n_elms=" +
                                   n_elms.felt().to_dec() + ".",
                               n_line + 4);
    }
    return n_elms.felt().to_u64().value_or(std::numeric_limits<uint64_t>::max());
}

// ids: array_ptr, elm_size, key, index, n_elms
void find_element(HintCall& h) {
    const Relocatable array = h.ptr(0, 1);
    const Felt elm_size = checked_elm_size(h, 1, 3);
    const MaybeRelocatable key = h.value(2, 5);
    if (const int64_t* index = scope_int(h, "__find_element_index")) {
        h.set(3, Felt::from_i64(*index), 8);
        const MaybeRelocatable found = element(h, array, elm_size, static_cast<uint64_t>(*index), 9);
        if (!(found == key))
            hint_assert_failed("Invalid index found in __find_element_index. index: " +
                                   std::to_string(*index) + ", expected key " + value_text(key) +
                                   ", found key: " + value_text(found) + ".",
                               10);
        h.ctx.scopes().erase("__find_element_index");
        return;
    }
    const uint64_t n_elms = checked_n_elms(h, 4, 16);
    for (uint64_t i = 0; i < n_elms; ++i) {
        if (element(h, array, elm_size, i, 25) == key) {
            h.set(3, Felt::from_u64(i), 26);
            return;
        }
    }
    throw HintError("ValueError", "Key " + value_text(key) + " was not found.", 29);
}

/// search_sorted_lower and search_sorted: the first element >= key (ints compared as Python).
/// ids: array_ptr, elm_size, n_elms, key, index[, exists]
void search_sorted(HintCall& h, bool with_exists) {
    const Relocatable array = h.ptr(0, 1);
    const Felt elm_size = checked_elm_size(h, 1, 3);
    const uint64_t n_elms = checked_n_elms(h, 2, 6);
    for (uint64_t i = 0; i < n_elms; ++i) {
        const MaybeRelocatable value = element(h, array, elm_size, i, 15);
        const Felt key = h.felt(3, 15);
        if (value.is_relocatable())
            throw HintError("TypeError",
                            "'>=' not supported between instances of 'RelocatableValue' and 'int'",
                            15);
        if (value.felt().compare(key) >= 0) {
            h.set(4, Felt::from_u64(i), 16);
            if (with_exists) h.set(5, Felt::from_u64(value.felt() == key ? 1 : 0), 17);
            return;
        }
    }
    h.set(4, n_elms == std::numeric_limits<uint64_t>::max() ? h.felt(2, 6) : Felt::from_u64(n_elms),
          with_exists ? 20 : 19);
    if (with_exists) h.set(5, Felt(), 21);
}

void search_sorted_lower(HintCall& h) { search_sorted(h, false); }
void search_sorted_exists(HintCall& h) { search_sorted(h, true); }

/// memory.get_range(ptr, size) == elm (compared cell by cell).
bool range_equals(const HintCall& h, const Relocatable& ptr, const std::vector<MaybeRelocatable>& elm,
                  int64_t line) {
    std::vector<MaybeRelocatable> cells;
    for (uint64_t j = 0; j < elm.size(); ++j) cells.push_back(h.mem(ptr + j, line));
    return cells == elm;
}

// set.cairo set_add. ids: elm_size, set_ptr, set_end_ptr, elm_ptr, index, is_elm_in_set
void set_add(HintCall& h) {
    const MaybeRelocatable elm_size = h.value(0, 1);
    if (elm_size.is_relocatable() || elm_size.felt().is_zero()) hint_assert_failed("", 1);
    const Relocatable set_ptr = h.ptr(1, 2);
    const Relocatable set_end = h.ptr(2, 2);
    if (set_ptr.segment != set_end.segment)
        throw HintError("starkware.cairo.lang.vm.relocatable.RelocatableValueError" , "xcairo: "
                        "set_ptr and set_end_ptr are in different segments.", 2);
    if (set_end.offset < set_ptr.offset) hint_assert_failed("", 2);
    const std::optional<uint64_t> size = elm_size.felt().to_u64();
    if (!size) throw HintError("NotImplementedError", "xcairo: elm_size beyond 2^64.", 3);
    const Relocatable elm_ptr = h.ptr(3, 3);
    std::vector<MaybeRelocatable> elm;
    for (uint64_t j = 0; j < *size; ++j) elm.push_back(h.mem(elm_ptr + j, 3));
    for (uint64_t i = 0; i < set_end.offset - set_ptr.offset; i += *size) {
        if (range_equals(h, set_ptr + i, elm, 5)) {
            h.set(4, Felt::from_u64(i / *size), 6);
            h.set(5, Felt::from_u64(1), 7);
            return;
        }
    }
    h.set(5, Felt(), 10);
}

}  // namespace

std::vector<NativeHint> find_element_hints() {
    return {
        {R"(array_ptr = ids.array_ptr
elm_size = ids.elm_size
assert isinstance(elm_size, int) and elm_size > 0, \
    f'Invalid value for elm_size. Got: {elm_size}.'
key = ids.key

if '__find_element_index' in globals():
    ids.index = __find_element_index
    found_key = memory[array_ptr + elm_size * __find_element_index]
    assert found_key == key, \
        f'Invalid index found in __find_element_index. index: {__find_element_index}, ' \
        f'expected key {key}, found key: {found_key}.'
    # Delete __find_element_index to make sure it's not used for the next calls.
    del __find_element_index
else:
    n_elms = ids.n_elms
    assert isinstance(n_elms, int) and n_elms >= 0, \
        f'Invalid value for n_elms. Got: {n_elms}.'
    if '__find_element_max_size' in globals():
        assert n_elms <= __find_element_max_size, \
            f'find_element() can only be used with n_elms<={__find_element_max_size}. ' \
            f'Got: n_elms={n_elms}.'

    for i in range(n_elms):
        if memory[array_ptr + elm_size * i] == key:
            ids.index = i
            break
    else:
        raise ValueError(f'Key {key} was not found.'))",
         {"array_ptr", "elm_size", "key", "index", "n_elms"}, find_element},
        {R"(array_ptr = ids.array_ptr
elm_size = ids.elm_size
assert isinstance(elm_size, int) and elm_size > 0, \
    f'Invalid value for elm_size. Got: {elm_size}.'

n_elms = ids.n_elms
assert isinstance(n_elms, int) and n_elms >= 0, \
    f'Invalid value for n_elms. Got: {n_elms}.'
if '__find_element_max_size' in globals():
    assert n_elms <= __find_element_max_size, \
        f'find_element() can only be used with n_elms<={__find_element_max_size}. ' \
        f'Got: n_elms={n_elms}.'

for i in range(n_elms):
    if memory[array_ptr + elm_size * i] >= ids.key:
        ids.index = i
        break
else:
    ids.index = n_elms)",
         {"array_ptr", "elm_size", "n_elms", "key", "index"}, search_sorted_lower},
        {R"(array_ptr = ids.array_ptr
elm_size = ids.elm_size
assert isinstance(elm_size, int) and elm_size > 0, \
    f'Invalid value for elm_size. Got: {elm_size}.'

n_elms = ids.n_elms
assert isinstance(n_elms, int) and n_elms >= 0, \
    f'Invalid value for n_elms. Got: {n_elms}.'
if '__find_element_max_size' in globals():
    assert n_elms <= __find_element_max_size, \
        f'find_element() can only be used with n_elms<={__find_element_max_size}. ' \
        f'Got: n_elms={n_elms}.'

for i in range(n_elms):
    if memory[array_ptr + elm_size * i] >= ids.key:
        ids.index = i
        ids.exists = 1 if memory[array_ptr + elm_size * i] == ids.key else 0
        break
else:
    ids.index = n_elms
    ids.exists = 0)",
         {"array_ptr", "elm_size", "n_elms", "key", "index", "exists"}, search_sorted_exists},
        {R"(assert ids.elm_size > 0
assert ids.set_ptr <= ids.set_end_ptr
elm_list = memory.get_range(ids.elm_ptr, ids.elm_size)
for i in range(0, ids.set_end_ptr - ids.set_ptr, ids.elm_size):
    if memory.get_range(ids.set_ptr + i, ids.elm_size) == elm_list:
        ids.index = i // ids.elm_size
        ids.is_elm_in_set = 1
        break
else:
    ids.is_elm_in_set = 0)",
         {"elm_size", "set_ptr", "set_end_ptr", "elm_ptr", "index", "is_elm_in_set"}, set_add},
    };
}

}  // namespace xcairo
