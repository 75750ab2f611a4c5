// Proof mode: the cells the layout allocates (check_used_cells and its parts, memory holes),
// segment finalization and the builtin usage report, as cairo-lang's CairoRunner computes them.
#include <algorithm>
#include <cstdio>
#include <iostream>

#include "builtins/builtin_runner.hpp"
#include "value_ops.hpp"
#include "vm.hpp"
#include "vmcore/runner.hpp"

namespace xcairo {
namespace {

constexpr int64_t kOffsetBias = 1 << 15;

// safe_div: x / y, failing as cairo-lang does when y does not divide x.
uint64_t safe_div(uint64_t x, uint64_t y) {
    if (y == 0 || x % y != 0) {
        throw AssertionFailure(std::to_string(x) + " is not divisible by " + std::to_string(y) + ".");
    }
    return x / y;
}

}  // namespace

uint64_t Runner::segment_size(int64_t segment) const {
    const auto index = static_cast<size_t>(segment);
    if (segment >= 0 && index < m_segment_sizes.size() && m_segment_sizes[index]) {
        return *m_segment_sizes[index];
    }
    return m_memory.segment_used_size(segment);
}

Registers Runner::trace_registers(uint64_t step) const {
    const TraceOffsets& t = m_vm->trace()[step];
    Registers regs{m_program_base + t.pc, m_execution_base + t.ap, m_execution_base + t.fp};
    // The exceptions (full registers) are few and sorted by step.
    const auto& exceptions = m_vm->trace_exceptions();
    const auto it = std::lower_bound(exceptions.begin(), exceptions.end(), step,
                                     [](const auto& e, uint64_t s) { return e.first < s; });
    if (it != exceptions.end() && it->first == step) regs = it->second;
    return regs;
}

const Instruction& Runner::instruction_at(const Relocatable& pc) const {
    auto [it, inserted] = m_decoded.try_emplace({pc.segment, pc.offset});
    if (inserted && !m_vm->decode_at(pc, it->second)) {
        throw AssertionFailure("xcairo: no instruction at " + value_text(pc) + ".");
    }
    return it->second;
}

std::pair<uint64_t, uint64_t> Runner::perm_range_check_limits() {
    const uint64_t steps = m_vm->trace().size();
    for (; m_rc_scanned_steps < steps; ++m_rc_scanned_steps) {
        const Instruction& ins = instruction_at(trace_registers(m_rc_scanned_steps).pc);
        for (const int16_t off : {ins.off0, ins.off1, ins.off2}) {
            const auto biased = static_cast<uint64_t>(off + kOffsetBias);
            if (!m_rc_limits) m_rc_limits.emplace(biased, biased);
            m_rc_limits->first = std::min(m_rc_limits->first, biased);
            m_rc_limits->second = std::max(m_rc_limits->second, biased);
        }
    }
    if (!m_rc_limits) throw UncaughtError("ValueError", "min() arg is an empty sequence");
    std::pair<uint64_t, uint64_t> limits = *m_rc_limits;
    for (const auto& builtin : m_builtins) {
        if (const auto usage = builtin->range_check_usage(m_memory)) {
            limits.first = std::min(limits.first, usage->first);
            limits.second = std::max(limits.second, usage->second);
        }
    }
    return limits;
}

bool Runner::check_used_cells() {
    try {
        for (const auto& builtin : m_builtins) {
            builtin->used_cells_and_allocated_size(m_memory, current_step());
        }
        check_range_check_usage();
        check_memory_usage();
        check_diluted_check_usage();
    } catch (const InsufficientAllocatedCells& e) {
        const std::string warning = "Warning: " + std::string(e.what()) + " Increasing number of steps.";
        if (m_config.on_warning) {
            m_config.on_warning(warning);
        } else {
            std::cout << warning << "\n";
        }
        return false;
    }
    return true;
}

void Runner::check_range_check_usage() {
    if (!m_layout.rc_units) throw AssertionFailure("RC units should not be None in proof mode.");
    const auto [rc_min, rc_max] = perm_range_check_limits();
    int64_t used_by_builtins = 0;
    for (const auto& builtin : m_builtins) {
        used_by_builtins += static_cast<int64_t>(builtin->used_perm_range_check_units(m_memory, current_step()));
    }
    // Three of the units of each step are the instruction's offsets.
    const int64_t unused = (static_cast<int64_t>(*m_layout.rc_units) - 3) *
                               static_cast<int64_t>(current_step()) - used_by_builtins;
    const auto bound = static_cast<int64_t>(rc_max - rc_min);
    if (unused < bound) {
        throw InsufficientAllocatedCells("There are only " + std::to_string(unused) +
                                         " cells to fill the range checks holes, but potentially " +
                                         std::to_string(bound) + " are required.");
    }
}

void Runner::check_memory_usage() {
    if (!m_layout.memory_units_per_step) {
        throw AssertionFailure("Memory units per step should not be None in proof mode.");
    }
    int64_t builtin_units = 0;
    for (const auto& builtin : m_builtins) {
        builtin_units += static_cast<int64_t>(builtin->allocated_memory_units(m_memory, current_step()));
    }
    // Of the units of each step, a fraction is public memory and four are the instruction's.
    const uint64_t total = *m_layout.memory_units_per_step * current_step();
    const uint64_t public_units = safe_div(total, m_layout.public_memory_fraction);
    const int64_t unused = static_cast<int64_t>(total) -
                           static_cast<int64_t>(public_units + 4 * current_step()) - builtin_units;
    const auto holes = static_cast<int64_t>(memory_holes());
    if (unused < holes) {
        throw InsufficientAllocatedCells("There are only " + std::to_string(unused) +
                                         " cells to fill the memory address holes, but " +
                                         std::to_string(holes) + " are required.");
    }
}

void Runner::check_diluted_check_usage() {
    if (!m_layout.diluted_pool) return;
    const DilutedPoolDef& pool = *m_layout.diluted_pool;
    if (!pool.log_units_per_step) {
        throw AssertionFailure("Diluted log units per step should not be None in proof mode.");
    }
    int64_t used_by_builtins = 0;
    for (const auto& builtin : m_builtins) {
        used_by_builtins += static_cast<int64_t>(builtin->used_diluted_check_units(pool.spacing, pool.n_bits) *
                                                 builtin->allocated_instances(m_memory, current_step()));
    }
    const int64_t log = *pool.log_units_per_step;
    const uint64_t units = log >= 0 ? (uint64_t{1} << log) * current_step()
                                    : safe_div(current_step(), uint64_t{1} << -log);
    const int64_t unused = static_cast<int64_t>(units) - used_by_builtins;
    const int64_t bound = int64_t{1} << pool.n_bits;
    if (unused < bound) {
        throw InsufficientAllocatedCells("There are only " + std::to_string(unused) +
                                         " cells to fill the diluted check holes, but potentially " +
                                         std::to_string(bound) + " are required.");
    }
}

void Runner::for_each_vm_access(uint64_t steps,
                                const std::function<void(const Relocatable&)>& visit) const {
    for (uint64_t i = 0; i < m_program->data.size(); ++i) visit(m_program_base + i);
    // The instructions' pc and operand addresses, as the VM accessed them before end_run.
    for (uint64_t step = 0; step < steps; ++step) {
        const Registers regs = trace_registers(step);
        const Instruction& ins = instruction_at(regs.pc);
        const auto based = [&](BaseRegister reg, int16_t off) {
            return offset_by(reg == BaseRegister::kAp ? regs.ap : regs.fp, off);
        };
        const Relocatable op0 = based(ins.op0_reg, ins.off1);
        Relocatable op1;
        switch (ins.op1_src) {
            case Op1Src::kImm: op1 = offset_by(regs.pc, ins.off2); break;
            case Op1Src::kAp: op1 = offset_by(regs.ap, ins.off2); break;
            case Op1Src::kFp: op1 = offset_by(regs.fp, ins.off2); break;
            case Op1Src::kOp0: {
                const std::optional<MaybeRelocatable> base = m_memory.get(op0);
                if (!base || !base->is_relocatable()) {
                    throw AssertionFailure("xcairo: cannot replay the operands of step " +
                                           std::to_string(step) + ".");
                }
                op1 = offset_by(base->relocatable(), ins.off2);
                break;
            }
        }
        visit(regs.pc);
        visit(based(ins.dst_reg, ins.off0));
        visit(op0);
        visit(op1);
    }
}

bool Runner::is_accessed(const Relocatable& addr) const {
    if (!m_vm->trace_enabled()) throw Error("xcairo: is_accessed needs the run's trace (RunnerConfig::trace)");
    bool found = false;
    for_each_vm_access(m_vm->current_step(), [&](const Relocatable& a) { found = found || a == addr; });
    return found;
}

uint64_t Runner::memory_holes() {
    if (m_memory_holes) return *m_memory_holes;
    // The accessed offsets of each segment (an offset may equal the segment's size).
    std::vector<std::vector<bool>> accessed(m_memory.segment_count());
    for (size_t i = 0; i < accessed.size(); ++i) accessed[i].resize(segment_size(int64_t(i)) + 1);
    // The accessed addresses, relocated by the temporary segments' rules as end_run does.
    const auto mark = [&](const Relocatable& accessed_addr) {
        const Relocatable addr = m_memory.relocated(accessed_addr);
        if (addr.is_integer()) {
            throw AssertionFailure("Expected memory address to be relocatable value. Found: " +
                                   value_text(addr) + ".");
        }
        if (is_negative_offset(addr.offset)) {
            throw AssertionFailure("Address offsets must be non-negative. Found: " +
                                   std::to_string(static_cast<int64_t>(addr.offset)) + ".");
        }
        std::vector<bool>& segment = accessed.at(static_cast<size_t>(addr.segment));
        if (addr.offset >= segment.size()) {
            throw AssertionFailure("Accessed address " + value_text(addr) +
                                   " has higher offset than the maximal offset " +
                                   std::to_string(segment.size() - 1) +
                                   " encountered in the memory segment.");
        }
        segment[addr.offset] = true;
    };
    for_each_vm_access(m_steps_at_end_run, mark);
    for (const auto& builtin : m_builtins) {
        const uint64_t size = segment_size(builtin->base().segment);
        builtin->other_memory_accesses(m_memory, size, mark);
        if (!builtin->counts_as_accessed()) continue;
        for (uint64_t i = 0; i < size; ++i) mark(builtin->base() + i);
    }
    for (uint64_t i = 0; m_zero_segment && i < m_zero_segment_size; ++i) mark(*m_zero_segment + i);
    uint64_t holes = 0;
    for (size_t i = 0; i < accessed.size(); ++i) {
        const auto count = static_cast<uint64_t>(std::count(accessed[i].begin(), accessed[i].end(), true));
        holes += segment_size(int64_t(i)) - count;
    }
    m_memory_holes = holes;
    return holes;
}

void Runner::finalize_segments() {
    if (m_segments_finalized) return;
    if (!m_run_ended) throw AssertionFailure("Run must be ended before calling finalize_segments.");
    m_segment_sizes.resize(m_memory.segment_count());
    m_public_memory.resize(m_memory.segment_count());
    const auto all_public = [](uint64_t size) {
        std::vector<std::pair<uint64_t, uint64_t>> cells;
        for (uint64_t i = 0; i < size; ++i) cells.emplace_back(i, 0);
        return cells;
    };
    m_segment_sizes[m_program_base.segment] = m_program->data.size();
    m_public_memory[m_program_base.segment] = all_public(m_program->data.size());
    auto& execution = m_public_memory[m_execution_base.segment];
    execution.clear();
    for (const uint64_t offset : m_execution_public_memory) {
        execution.emplace_back(offset + m_execution_base.offset, 0);
    }
    for (const auto& builtin : m_builtins) {
        const uint64_t size = builtin->used_cells_and_allocated_size(m_memory, current_step()).second;
        m_segment_sizes[builtin->base().segment] = size;
        m_public_memory[builtin->base().segment] =
            builtin->cells_are_public() ? all_public(size) : std::vector<std::pair<uint64_t, uint64_t>>{};
    }
    if (m_zero_segment) m_segment_sizes[m_zero_segment->segment] = m_zero_segment_size;
    m_segments_finalized = true;
}

std::string Runner::builtin_usage_text() const {
    if (m_builtins.empty()) return "";
    std::string text = "\nBuiltin usage:\n";
    for (const auto& builtin : m_builtins) {
        const auto [used, size] = builtin->used_cells_and_allocated_size(m_memory, current_step());
        char percentage[32] = "100%";
        if (size > 0) {
            std::snprintf(percentage, sizeof percentage, "%.2f%%",
                          static_cast<double>(used) / static_cast<double>(size) * 100);
        }
        char line[128];
        std::snprintf(line, sizeof line, "%-30s %7s (used %llu cells)\n",
                      (builtin->name() + "_builtin").c_str(), percentage,
                      static_cast<unsigned long long>(used));
        text += line;
    }
    return text;
}

}  // namespace xcairo
