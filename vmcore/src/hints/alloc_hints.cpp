// alloc.cairo.
#include "hints/native_hint.hpp"

namespace xcairo {
namespace {

// memory[ap] = segments.add()
void alloc(HintCall& h) { h.ctx.set(h.ctx.ap(), h.ctx.add_segment()); }

}  // namespace

std::vector<NativeHint> alloc_hints() {
    return {{"memory[ap] = segments.add()", {}, alloc}};
}

}  // namespace xcairo
