// dict.cairo and default_dict.cairo: dicts tracked by the scope's __dict_manager.
#include "hints/dict_manager.hpp"
#include "hints/scope_variables.hpp"
#include "hints/math_utils.hpp"
#include "value_ops.hpp"

namespace xcairo {
namespace {

/// `if '__dict_manager' not in globals(): __dict_manager = DictManager()`.
DictManager& manager_or_new(HintCall& h) {
    ExecScopes& scopes = h.ctx.scopes();
    if (DictManagerPtr* existing = scopes.find<DictManagerPtr>("__dict_manager")) return **existing;
    if (scopes.current().count("__dict_manager"))
        throw HintError("TypeError",
                        "xcairo: __dict_manager holds an object that is not a native DictManager.", 1);
    auto created = std::make_shared<DictManager>();
    scopes.set("__dict_manager", created);
    return *created;
}

DictManager& manager(HintCall& h, int64_t line) {
    return *h.ctx.scopes().get<DictManagerPtr>("__dict_manager", line);
}

// dict_new. ids: none; scope: initial_dict (dict_squash's copy, or a caller hint's dict whose
// values new_dict passes through segments.gen_arg after adding the dict's segment)
void dict_new(HintCall& h) {
    DictManager& dicts = manager_or_new(h);
    Relocatable base;
    if (const auto* caller = std::any_cast<CallerDict>(&h.ctx.scopes().at("initial_dict", 5))) {
        base = dicts.new_dict(h.ctx, DictData{});
        DictData& data = dicts.tracker(base, 5).data;
        for (const auto& [key, value] : caller->entries)
            data.values.insert_or_assign(key, gen_arg(h.ctx, value, 5));
    } else {
        base = dicts.new_dict(h.ctx, std::move(h.ctx.scopes().get<DictData>("initial_dict", 5)));
    }
    h.ctx.set(h.ctx.ap(), base);
    h.ctx.scopes().erase("initial_dict");
}

// default_dict_new. ids: default_value
void default_dict_new(HintCall& h) {
    DictManager& dicts = manager_or_new(h);
    DictData data;
    data.default_value = h.value(0, 5);
    h.ctx.set(h.ctx.ap(), dicts.new_dict(h.ctx, std::move(data)));
}

// dict_read. ids: dict_ptr, DictAccess.SIZE, value, key
void dict_read(HintCall& h) {
    DictTracker& tracker = manager(h, 1).tracker(h.value(0, 1), 1);
    tracker.current_ptr = tracker.current_ptr + h.felt(1, 2).to_u64().value_or(0);
    const Felt key = dict_key(h.value(3, 3), 3);
    h.set(2, tracker.data.at(key, 3), 3);
}

// dict_write. ids: dict_ptr, DictAccess.SIZE, dict_ptr.prev_value, key, new_value
void dict_write(HintCall& h) {
    DictTracker& tracker = manager(h, 1).tracker(h.value(0, 1), 1);
    tracker.current_ptr = tracker.current_ptr + h.felt(1, 2).to_u64().value_or(0);
    const Felt key = dict_key(h.value(3, 3), 3);
    h.set(2, tracker.data.at(key, 3), 3);
    const MaybeRelocatable new_value = h.value(4, 4);
    tracker.data.values.insert_or_assign(dict_key(h.value(3, 4), 4), new_value);
}

// dict_update. ids: dict_ptr, key, prev_value, new_value, DictAccess.SIZE
void dict_update(HintCall& h) {
    DictTracker& tracker = manager(h, 2).tracker(h.value(0, 2), 2);
    const MaybeRelocatable current = tracker.data.at(dict_key(h.value(1, 3), 3), 3);
    const MaybeRelocatable prev = h.value(2, 4);
    if (!(current == prev))
        hint_assert_failed("Wrong previous value in dict. Got " + value_text(prev) + ", expected " +
                               value_text(current) + ".",
                           4);
    const MaybeRelocatable new_value = h.value(3, 8);
    tracker.data.values.insert_or_assign(dict_key(h.value(1, 8), 8), new_value);
    tracker.current_ptr = tracker.current_ptr + h.felt(4, 9).to_u64().value_or(0);
}

// dict_squash: a scope with the manager and a copy of the dict (a plain dict: no default).
// ids: dict_accesses_end
void dict_squash_enter(HintCall& h) {
    DictManagerPtr dicts = h.ctx.scopes().get<DictManagerPtr>("__dict_manager", 5);
    DictData copy =
        dicts->tracker(h.value(0, 7), 7,
                       {{"starkware/cairo/common/dict.py", 74, "get_dict",
                         "return self.get_tracker(dict_ptr).data"}})
            .data;
    copy.default_value.reset();
    h.ctx.scopes().enter({{"__dict_manager", dicts}, {"initial_dict", std::move(copy)}});
}

// ids: squashed_dict_end (its address), squashed_dict_start
void dict_squash_update_ptr(HintCall& h) {
    const MaybeRelocatable end = h.value(0, 3);
    DictTracker& tracker = manager(h, 2).tracker(h.value(1, 2), 2);
    if (!end.is_relocatable())
        throw HintError("TypeError", "xcairo: squashed_dict_end is not a pointer.", 2);
    tracker.current_ptr = end.relocatable();
}

}  // namespace

std::vector<NativeHint> dict_hints() {
    return {
        {R"(if '__dict_manager' not in globals():
    from starkware.cairo.common.dict import DictManager
    __dict_manager = DictManager()

memory[ap] = __dict_manager.new_dict(segments, initial_dict)
del initial_dict)",
         {}, dict_new},
        {R"(if '__dict_manager' not in globals():
    from starkware.cairo.common.dict import DictManager
    __dict_manager = DictManager()

memory[ap] = __dict_manager.new_default_dict(segments, ids.default_value))",
         {"default_value"}, default_dict_new},
        {R"(dict_tracker = __dict_manager.get_tracker(ids.dict_ptr)
dict_tracker.current_ptr += ids.DictAccess.SIZE
ids.value = dict_tracker.data[ids.key])",
         {"dict_ptr", "DictAccess.SIZE", "value", "key"}, dict_read},
        {R"(dict_tracker = __dict_manager.get_tracker(ids.dict_ptr)
dict_tracker.current_ptr += ids.DictAccess.SIZE
ids.dict_ptr.prev_value = dict_tracker.data[ids.key]
dict_tracker.data[ids.key] = ids.new_value)",
         {"dict_ptr", "DictAccess.SIZE", "dict_ptr.prev_value", "key", "new_value"}, dict_write},
        {R"(# Verify dict pointer and prev value.
dict_tracker = __dict_manager.get_tracker(ids.dict_ptr)
current_value = dict_tracker.data[ids.key]
assert current_value == ids.prev_value, \
    f'Wrong previous value in dict. Got {ids.prev_value}, expected {current_value}.'

# Update value.
dict_tracker.data[ids.key] = ids.new_value
dict_tracker.current_ptr += ids.DictAccess.SIZE)",
         {"dict_ptr", "key", "prev_value", "new_value", "DictAccess.SIZE"}, dict_update},
        {R"(# Prepare arguments for dict_new. In particular, the same dictionary values should be copied
# to the new (squashed) dictionary.
vm_enter_scope({
    # Make __dict_manager accessible.
    '__dict_manager': __dict_manager,
    # Create a copy of the dict, in case it changes in the future.
    'initial_dict': dict(__dict_manager.get_dict(ids.dict_accesses_end)),
}))",
         {"dict_accesses_end"}, dict_squash_enter},
        {R"(# Update the DictTracker's current_ptr to point to the end of the squashed dict.
__dict_manager.get_tracker(ids.squashed_dict_start).current_ptr = \
    ids.squashed_dict_end.address_)",
         {"squashed_dict_end", "squashed_dict_start"}, dict_squash_update_ptr},
    };
}

}  // namespace xcairo
