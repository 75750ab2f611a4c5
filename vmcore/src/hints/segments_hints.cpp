// segments.cairo: relocate_segment's memory.add_relocation_rule (temporary segments), and
// HintContext::add_relocation_rule behind it, which Python hints' memory.add_relocation_rule calls too.
#include "hints/math_utils.hpp"
#include "value_ops.hpp"
#include "vmcore/memory.hpp"

namespace xcairo {
namespace {

constexpr const char* kMemoryDict = "starkware/cairo/lang/vm/memory_dict.py";

/// An assertion of MemoryDict.add_relocation_rule, at `line` of memory_dict.py, failing on `part`.
[[noreturn]] void failed(int64_t hint_line, int64_t line, const std::string& source,
                         std::string_view part, const std::string& message) {
    hint_assert_failed(message, hint_line,
                       {marked_frame(kMemoryDict, line, "add_relocation_rule", source, part)});
}

constexpr const char* kSegmentIndexAssert =
    "assert src_ptr.segment_index < 0, f\"src_ptr.segment_index must be < 0, src_ptr={src_ptr}.\"";

// memory.add_relocation_rule(src_ptr=ids.src_ptr, dest_ptr=ids.dest_ptr)
void relocation_rule_hint(HintCall& h) { h.ctx.add_relocation_rule(h.value(0, 1), h.value(1, 1), 1); }

}  // namespace

void HintContext::add_relocation_rule(const MaybeRelocatable& src_value,
                                      const MaybeRelocatable& dest, int64_t line) {
    if (!src_value.is_relocatable()) {
        throw HintError("AttributeError", "'int' object has no attribute 'segment_index'", line,
                        {marked_frame(kMemoryDict, 123, "add_relocation_rule", kSegmentIndexAssert,
                                      "src_ptr.segment_index")});
    }
    const Relocatable src = src_value.relocatable();
    Memory* memory = this->memory();
    if (memory == nullptr) {
        throw HintError("NotImplementedError",
                        "xcairo: add_relocation_rule without the run's memory.", line);
    }
    Memory::RuleStatus status;
    try {
        status = memory->add_relocation_rule(src, dest);
    } catch (const Error& e) {
        throw HintError("NotImplementedError", e.what(), line);
    }
    switch (status) {
        case Memory::RuleStatus::kAdded: return;
        case Memory::RuleStatus::kSourceNotTemporary:
            failed(line, 123, kSegmentIndexAssert, "src_ptr.segment_index < 0",
                   "src_ptr.segment_index must be < 0, src_ptr=" + value_text(src) + ".");
        case Memory::RuleStatus::kSourceOffsetNotZero:
            failed(line, 124, "assert src_ptr.offset == 0, f\"src_ptr.offset must be 0, src_ptr={src_ptr}.\"",
                   "src_ptr.offset == 0", "src_ptr.offset must be 0, src_ptr=" + value_text(src) + ".");
        case Memory::RuleStatus::kSegmentHasRule:
            failed(line, 126, "assert (", "",
                   "The segment with index " + std::to_string(src.segment) +
                       " already has a relocation rule.");
    }
}

std::vector<NativeHint> segments_hints() {
    return {
        {"memory.add_relocation_rule(src_ptr=ids.src_ptr, dest_ptr=ids.dest_ptr)",
         {"src_ptr", "dest_ptr"},
         relocation_rule_hint},
    };
}

}  // namespace xcairo
