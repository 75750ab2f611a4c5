// usort.cairo: the sorted distinct values, their multiplicities, and the positions of each value
// kept in the scope while verify_usort checks them.
#include <map>
#include <memory>

#include "hints/math_utils.hpp"
#include "value_ops.hpp"

namespace xcairo {
namespace {

/// positions_dict: value (ordered as Python sorts ints) -> positions in the input.
struct FeltLess {
    bool operator()(const Felt& a, const Felt& b) const { return a.compare(b) < 0; }
};
using PositionsDict = std::map<Felt, std::vector<int64_t>, FeltLess>;

// vm_enter_scope(dict(__usort_max_size = globals().get('__usort_max_size')))
void enter_usort_scope(HintCall& h) {
    ExecScopes::Scope scope;
    const std::any* max_size = h.ctx.scopes().lookup("__usort_max_size", 1);
    scope["__usort_max_size"] = max_size == nullptr ? std::any() : *max_size;
    h.ctx.scopes().enter(std::move(scope));
}

/// segments.gen_arg(values): a new segment holding them.
Relocatable gen_arg(HintCall& h, const std::vector<Felt>& values) {
    const Relocatable base = h.ctx.add_segment();
    std::vector<MaybeRelocatable> data(values.begin(), values.end());
    h.ctx.load_data(base, data);
    return base;
}

// ids: input, input_len, output_len, output, multiplicities
void usort(HintCall& h) {
    const Relocatable input = h.ptr(0, 3);
    const Felt input_len = h.felt(1, 4);
    if (const auto* max = std::any_cast<int64_t>(&h.ctx.scopes().at("__usort_max_size", 5))) {
        if (big::less(big::from_u64(static_cast<uint64_t>(*max)), big::of(input_len)))
            hint_assert_failed("usort() can only be used with input_len<=" + std::to_string(*max) +
                                   ". Got: input_len=" + input_len.to_dec() + ".",
                               6);
    }
    auto positions = std::make_shared<PositionsDict>();
    const uint64_t n = input_len.to_u64().value_or(UINT64_MAX);
    for (uint64_t i = 0; i < n; ++i) {
        const MaybeRelocatable val = h.mem(input + i, 13);
        if (val.is_relocatable())
            throw HintError("NotImplementedError",
                            "xcairo: usort of a relocatable value (" + value_text(val) + ").", 13);
        (*positions)[val.felt()].push_back(static_cast<int64_t>(i));
    }
    std::vector<Felt> output;
    std::vector<Felt> multiplicities;
    for (const auto& [value, at] : *positions) {
        output.push_back(value);
        multiplicities.push_back(Felt::from_u64(at.size()));
    }
    h.ctx.scopes().set("positions_dict", positions);
    h.set(2, Felt::from_u64(output.size()), 17);
    h.set(3, gen_arg(h, output), 18);
    h.set(4, gen_arg(h, multiplicities), 19);
}

// last_pos = 0
// positions = positions_dict[ids.value][::-1]
void usort_positions(HintCall& h) {
    ExecScopes& scopes = h.ctx.scopes();
    scopes.set("last_pos", int64_t{0});
    auto& dict = scopes.get<std::shared_ptr<PositionsDict>>("positions_dict", 2);
    const Felt value = h.felt(0, 2);
    const std::vector<int64_t>& at = (*dict)[value];
    scopes.set("positions", std::vector<int64_t>(at.rbegin(), at.rend()));
}

// assert len(positions) == 0
void usort_positions_empty(HintCall& h) {
    if (!h.ctx.scopes().get<std::vector<int64_t>>("positions", 1).empty()) hint_assert_failed("", 1);
}

// current_pos = positions.pop()
// ids.next_item_index = current_pos - last_pos
// last_pos = current_pos + 1
void usort_next(HintCall& h) {
    ExecScopes& scopes = h.ctx.scopes();
    std::vector<int64_t>& positions = scopes.get<std::vector<int64_t>>("positions", 1);
    if (positions.empty()) throw HintError("IndexError", "pop from empty list", 1);
    const int64_t current = positions.back();
    positions.pop_back();
    scopes.set("current_pos", current);
    const int64_t last = scopes.get<int64_t>("last_pos", 2);
    h.set(0, Felt::from_i64(current - last), 2);
    scopes.set("last_pos", current + 1);
}

}  // namespace

std::vector<NativeHint> usort_hints() {
    return {
        {"vm_enter_scope(dict(__usort_max_size = globals().get('__usort_max_size')))", {},
         enter_usort_scope},
        {R"(from collections import defaultdict

input_ptr = ids.input
input_len = int(ids.input_len)
if __usort_max_size is not None:
    assert input_len <= __usort_max_size, (
        f"usort() can only be used with input_len<={__usort_max_size}. "
        f"Got: input_len={input_len}."
    )

positions_dict = defaultdict(list)
for i in range(input_len):
    val = memory[input_ptr + i]
    positions_dict[val].append(i)

output = sorted(positions_dict.keys())
ids.output_len = len(output)
ids.output = segments.gen_arg(output)
ids.multiplicities = segments.gen_arg([len(positions_dict[k]) for k in output]))",
         {"input", "input_len", "output_len", "output", "multiplicities"}, usort},
        {"last_pos = 0\npositions = positions_dict[ids.value][::-1]", {"value"}, usort_positions},
        {"assert len(positions) == 0", {}, usort_positions_empty},
        {"current_pos = positions.pop()\nids.next_item_index = current_pos - last_pos\n"
         "last_pos = current_pos + 1",
         {"next_item_index"}, usort_next},
    };
}

}  // namespace xcairo
