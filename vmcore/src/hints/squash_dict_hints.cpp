// squash_dict.cairo: the accesses grouped by key (access_indices), the keys left to squash and
// the access indices of the current key, kept in squash_dict's scope.
#include <algorithm>
#include <limits>

#include "hints/dict_manager.hpp"
#include "hints/math_utils.hpp"
#include "value_ops.hpp"

namespace xcairo {
namespace {

using AccessIndices = std::map<Felt, std::vector<int64_t>, FeltOrder>;

AccessIndices& access_indices(HintCall& h, int64_t line) {
    return h.ctx.scopes().get<AccessIndices>("access_indices", line);
}
std::vector<Felt>& keys(HintCall& h, int64_t line) {
    return h.ctx.scopes().get<std::vector<Felt>>("keys", line);
}
std::vector<int64_t>& current_indices(HintCall& h, int64_t line) {
    return h.ctx.scopes().get<std::vector<int64_t>>("current_access_indices", line);
}

// vm_enter_scope()
void enter_scope(HintCall& h) { h.ctx.scopes().enter(); }

// ids: DictAccess.SIZE, dict_accesses, ptr_diff, n_accesses, big_keys, first_key
void squash_dict(HintCall& h) {
    ExecScopes& scopes = h.ctx.scopes();
    const Felt access_size = h.felt(0, 1);
    const Relocatable address = h.ptr(1, 2);
    scopes.set("dict_access_size", access_size);
    scopes.set("address", address);
    const big::U256 size = big::of(access_size);
    if (size == big::U256{})
        throw HintError("ZeroDivisionError", "integer modulo by zero", 3);
    big::U256 q, r;
    big::divmod(big::of(h.felt(2, 3)), size, q, r);
    if (r != big::U256{})
        hint_assert_failed("Accesses array size must be divisible by DictAccess.SIZE", 3);
    const Felt n_accesses = h.felt(3, 5);
    scopes.set("n_accesses", n_accesses);
    if (const int64_t* max = scopes.find<int64_t>("__squash_dict_max_size")) {
        if (big::less(big::from_u64(static_cast<uint64_t>(*max)), big::of(n_accesses)))
            hint_assert_failed("squash_dict() can only be used with n_accesses<=" +
                                   std::to_string(*max) + ". Got: n_accesses=" +
                                   n_accesses.to_dec() + ".",
                               7);
    }
    AccessIndices indices;
    const uint64_t n = n_accesses.to_u64().value_or(std::numeric_limits<uint64_t>::max());
    const uint64_t stride = access_size.to_u64().value_or(0);
    for (uint64_t i = 0; i < n; ++i) {
        const MaybeRelocatable key = h.mem(address + stride * i, 13);
        indices[dict_key(key, 13)].push_back(static_cast<int64_t>(i));
    }
    std::vector<Felt> sorted_keys;  // descending: pop() takes the smallest
    for (auto it = indices.rbegin(); it != indices.rend(); ++it) sorted_keys.push_back(it->first);
    scopes.set("access_indices", std::move(indices));
    if (sorted_keys.empty()) throw HintError("IndexError", "list index out of range", 18);
    const bool big_keys = !big::less(big::of(sorted_keys.front()), range_check_bound(h, 18));
    scopes.set("keys", std::move(sorted_keys));
    h.set(4, Felt::from_u64(big_keys ? 1 : 0), 18);
    std::vector<Felt>& left = keys(h, 19);
    const Felt key = left.back();
    left.pop_back();
    h.set(5, key, 19);
    scopes.set("key", key);
}

// current_access_indices = sorted(access_indices[key])[::-1]
// current_access_index = current_access_indices.pop()
// memory[ids.range_check_ptr] = current_access_index
void first_access(HintCall& h) {
    ExecScopes& scopes = h.ctx.scopes();
    const Felt key = scopes.get<Felt>("key", 1);
    AccessIndices& all = access_indices(h, 1);
    const auto it = all.find(key);
    if (it == all.end()) throw HintError("KeyError", key.to_dec(), 1);
    std::vector<int64_t> current = it->second;
    std::sort(current.rbegin(), current.rend());
    const int64_t index = current.back();
    current.pop_back();
    scopes.set("current_access_indices", std::move(current));
    scopes.set("current_access_index", index);
    h.ctx.set(h.ptr(0, 3), Felt::from_i64(index));
}

// ids.should_skip_loop = 0 if current_access_indices else 1
void should_skip_loop(HintCall& h) { h.set(0, Felt::from_u64(current_indices(h, 1).empty() ? 1 : 0), 1); }

// new_access_index = current_access_indices.pop()
// ids.loop_temps.index_delta_minus1 = new_access_index - current_access_index - 1
// current_access_index = new_access_index
void next_access(HintCall& h) {
    ExecScopes& scopes = h.ctx.scopes();
    std::vector<int64_t>& current = current_indices(h, 1);
    if (current.empty()) throw HintError("IndexError", "pop from empty list", 1);
    const int64_t next = current.back();
    current.pop_back();
    scopes.set("new_access_index", next);
    const int64_t previous = scopes.get<int64_t>("current_access_index", 2);
    h.set(0, Felt::from_i64(next - previous - 1), 2);
    scopes.set("current_access_index", next);
}

// ids.loop_temps.should_continue = 1 if current_access_indices else 0
void should_continue(HintCall& h) { h.set(0, Felt::from_u64(current_indices(h, 1).empty() ? 0 : 1), 1); }

// assert len(current_access_indices) == 0
void no_accesses_left(HintCall& h) {
    if (!current_indices(h, 1).empty()) hint_assert_failed("", 1);
}

// assert ids.n_used_accesses == len(access_indices[key])
void used_accesses(HintCall& h) {
    const Felt used = h.felt(0, 1);
    const Felt key = h.ctx.scopes().get<Felt>("key", 1);
    AccessIndices& all = access_indices(h, 1);
    const auto it = all.find(key);
    if (it == all.end()) throw HintError("KeyError", key.to_dec(), 1);
    if (!(used == Felt::from_u64(it->second.size()))) hint_assert_failed("", 1);
}

// assert len(keys) == 0
void no_keys_left(HintCall& h) {
    if (!keys(h, 1).empty()) hint_assert_failed("", 1);
}

// assert len(keys) > 0, 'No keys left but remaining_accesses > 0.'
// ids.next_key = key = keys.pop()
void next_key(HintCall& h) {
    std::vector<Felt>& left = keys(h, 1);
    if (left.empty()) hint_assert_failed("No keys left but remaining_accesses > 0.", 1);
    const Felt key = left.back();
    left.pop_back();
    h.set(0, key, 2);
    h.ctx.scopes().set("key", key);
}

}  // namespace

std::vector<NativeHint> squash_dict_hints() {
    return {
        {"vm_enter_scope()", {}, enter_scope},
        {R"(dict_access_size = ids.DictAccess.SIZE
address = ids.dict_accesses.address_
assert ids.ptr_diff % dict_access_size == 0, \
    'Accesses array size must be divisible by DictAccess.SIZE'
n_accesses = ids.n_accesses
if '__squash_dict_max_size' in globals():
    assert n_accesses <= __squash_dict_max_size, \
        f'squash_dict() can only be used with n_accesses<={__squash_dict_max_size}. ' \
        f'Got: n_accesses={n_accesses}.'
# A map from key to the list of indices accessing it.
access_indices = {}
for i in range(n_accesses):
    key = memory[address + dict_access_size * i]
    access_indices.setdefault(key, []).append(i)
# Descending list of keys.
keys = sorted(access_indices.keys(), reverse=True)
# Are the keys used bigger than range_check bound.
ids.big_keys = 1 if keys[0] >= range_check_builtin.bound else 0
ids.first_key = key = keys.pop())",
         {"DictAccess.SIZE", "dict_accesses", "ptr_diff", "n_accesses", "big_keys", "first_key"},
         squash_dict},
        {R"(current_access_indices = sorted(access_indices[key])[::-1]
current_access_index = current_access_indices.pop()
memory[ids.range_check_ptr] = current_access_index)",
         {"range_check_ptr"}, first_access},
        {"ids.should_skip_loop = 0 if current_access_indices else 1", {"should_skip_loop"},
         should_skip_loop},
        {R"(new_access_index = current_access_indices.pop()
ids.loop_temps.index_delta_minus1 = new_access_index - current_access_index - 1
current_access_index = new_access_index)",
         {"loop_temps.index_delta_minus1"}, next_access},
        {"ids.loop_temps.should_continue = 1 if current_access_indices else 0",
         {"loop_temps.should_continue"}, should_continue},
        {"assert len(current_access_indices) == 0", {}, no_accesses_left},
        {"assert ids.n_used_accesses == len(access_indices[key])", {"n_used_accesses"}, used_accesses},
        {"assert len(keys) == 0", {}, no_keys_left},
        {R"(assert len(keys) > 0, 'No keys left but remaining_accesses > 0.'
ids.next_key = key = keys.pop())",
         {"next_key"}, next_key},
    };
}

}  // namespace xcairo
