#include "hints/dict_manager.hpp"

#include "value_ops.hpp"

namespace xcairo {

namespace {
constexpr const char* kDictPy = "starkware/cairo/common/dict.py";
}

MaybeRelocatable& DictData::at(const Felt& key, int64_t line) {
    auto it = values.find(key);
    if (it != values.end()) return it->second;
    if (!default_value) throw HintError("KeyError", key.to_dec(), line);
    return values.emplace(key, *default_value).first->second;
}

Relocatable DictManager::new_dict(HintContext& context, DictData initial) {
    const Relocatable base = context.add_segment();
    m_trackers[base.segment] = DictTracker{std::move(initial), base};
    return base;
}

DictTracker& DictManager::tracker(const MaybeRelocatable& dict_ptr, int64_t line,
                                  std::vector<HintFrame> callers) {
    if (!dict_ptr.is_relocatable()) {
        callers.push_back({kDictPy, 62, "get_tracker",
                           "dict_tracker = self.trackers.get(dict_ptr.segment_index)"});
        throw HintError("AttributeError", "'int' object has no attribute 'segment_index'", line,
                        std::move(callers));
    }
    const Relocatable ptr = dict_ptr.relocatable();
    auto it = m_trackers.find(ptr.segment);
    if (it == m_trackers.end()) {
        callers.push_back({kDictPy, 64, "get_tracker",
                           "raise ValueError(f\"Dictionary pointer {dict_ptr} was not created "
                           "using dict_new().\")"});
        throw HintError("ValueError",
                        "Dictionary pointer " + value_text(ptr) + " was not created using dict_new().",
                        line, std::move(callers));
    }
    if (!(it->second.current_ptr == ptr)) {
        callers.push_back({kDictPy, 65, "get_tracker", "assert dict_tracker.current_ptr == dict_ptr, ("});
        throw HintError("AssertionError",
                        "Wrong dict pointer supplied. Got " + value_text(ptr) + ", expected " +
                            value_text(it->second.current_ptr) + ".",
                        line, std::move(callers));
    }
    return it->second;
}

Felt dict_key(const MaybeRelocatable& key, int64_t line) {
    if (key.is_relocatable())
        throw HintError("NotImplementedError",
                        "xcairo: a dict key that is a pointer (" + value_text(key) + ").", line);
    return key.felt();
}

}  // namespace xcairo
