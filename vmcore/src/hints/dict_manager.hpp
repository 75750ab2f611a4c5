#pragma once
// starkware/cairo/common/dict.py: DictManager and DictTracker, the state behind dict.cairo's
// hints (kept in the scope variable __dict_manager).
#include <map>
#include <memory>
#include <optional>

#include "hints/native_hint.hpp"

namespace xcairo {

struct FeltOrder {
    bool operator()(const Felt& a, const Felt& b) const { return a.compare(b) < 0; }
};

/// A dict's Python data: key -> value, with the default of a defaultdict.
struct DictData {
    std::map<Felt, MaybeRelocatable, FeltOrder> values;
    std::optional<MaybeRelocatable> default_value;

    /// data[key]: a defaultdict inserts its default; KeyError (on `line`) otherwise.
    MaybeRelocatable& at(const Felt& key, int64_t line);
};

struct DictTracker {
    DictData data;
    Relocatable current_ptr;
};

class DictManager {
  public:
    /// new_dict / new_default_dict: a tracker for a new segment.
    Relocatable new_dict(HintContext& context, DictData initial);
    /// get_tracker(dict_ptr) called on hint line `line` (frames of dict.py below it).
    DictTracker& tracker(const MaybeRelocatable& dict_ptr, int64_t line,
                         std::vector<HintFrame> callers = {});

  private:
    std::map<int64_t, DictTracker> m_trackers;
};

using DictManagerPtr = std::shared_ptr<DictManager>;

/// The key of a dict access (an int; xcairo does not support pointers as keys).
Felt dict_key(const MaybeRelocatable& key, int64_t line);

}  // namespace xcairo
