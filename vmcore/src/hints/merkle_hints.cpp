// merkle_update.cairo: the side of the node at each level. (The auth_path hints read a Python
// list that the program's own hint puts in the scope: they stay with the HintExecutor.)
#include "hints/native_hint.hpp"

namespace xcairo {
namespace {

// memory[ap] = ids.index % 2
void index_parity(HintCall& h) {
    h.ctx.set(h.ctx.ap(), Felt::from_u64(h.felt(0, 1).canonical()[0] & 1));
}

}  // namespace

std::vector<NativeHint> merkle_hints() {
    return {{"memory[ap] = ids.index % 2", {"index"}, index_parity}};
}

}  // namespace xcairo
