// After the run: security checks, relocation, the trace and memory files, the printed reports.
#include <algorithm>
#include <bit>
#include <cstring>
#include <ostream>

#include "builtins/builtin_runner.hpp"
#include "value_ops.hpp"
#include "vm.hpp"
#include "vmcore/runner.hpp"

namespace xcairo {
namespace {

constexpr uint64_t kFirstMemoryAddress = 1;
constexpr const char* kSecurityError = "starkware.cairo.lang.vm.vm_exceptions.SecurityError";

// Little-endian output in large chunks (the files can be gigabytes).
class ChunkWriter {
public:
    static_assert(std::endian::native == std::endian::little, "files are little-endian");

    explicit ChunkWriter(std::ostream& out) : m_out(out), m_buffer(kChunk + 64) {}
    ~ChunkWriter() { flush(); }
    void u64(uint64_t v) { bytes(reinterpret_cast<const uint8_t*>(&v), sizeof v); }
    void bytes(const uint8_t* data, size_t n) {
        std::memcpy(m_buffer.data() + m_used, data, n);
        m_used += n;
        if (m_used >= kChunk) flush();
    }
    void flush() {
        m_out.write(m_buffer.data(), static_cast<std::streamsize>(m_used));
        m_used = 0;
    }

private:
    static constexpr size_t kChunk = 1 << 20;
    std::ostream& m_out;
    std::vector<char> m_buffer;
    size_t m_used = 0;
};

std::string pad5(const std::string& s) { return s.size() >= 5 ? s : s + std::string(5 - s.size(), ' '); }

// Calls f(addr, value) for every written cell, in cairo-run's order (first writes).
template <typename F>
void for_each_cell(const Memory& memory, F&& f) {
    for (const WriteRun& run : memory.write_order()) {
        const CellSegment* seg = memory.segment(run.start.segment);  // null for integer addresses
        for (uint64_t i = 0; i < run.count; ++i) {
            const Relocatable addr = run.start + i;
            f(addr, seg != nullptr ? (*seg)[addr.offset].value() : *memory.get(addr));
        }
    }
}

}  // namespace

void Runner::end_run(bool disable_trace_padding) {
    if (m_run_ended) throw AssertionFailure("end_run called twice.");
    m_steps_at_end_run = current_step();  // the accesses that count for memory holes
    // relocate_memory: the temporary segments' cells move where their relocation rules say.
    if (const std::string error = m_memory.relocate_memory(); !error.empty())
        throw UncaughtError("starkware.cairo.lang.vm.memory_dict.InconsistentMemoryError", error);
    // vm.end_run: verify_auto_deductions. A rule's failed assertion is an AssertionError, which
    // cairo-run reports as "Error: ..."; anything else it does not catch.
    if (const std::optional<RuleFailure> failure = m_vm->verify_auto_deductions()) {
        if (failure->python_type == "AssertionError") throw AssertionFailure(failure->message);
        throw UncaughtError(failure->python_type, failure->message);
    }
    check_exec_scopes();
    // compute_effective_sizes: every address must be relocatable and in a real segment (the
    // first in write order fails).
    if (m_memory.first_integer_address() || m_memory.has_temp_cells()) {
        for (const WriteRun& run : m_memory.write_order()) {
            if (run.start.is_integer()) {
                throw UncaughtError(kSecurityError,
                                    "Expected memory address to be relocatable value. Found: " +
                                        value_text(run.start) + ".");
            }
            // A temporary segment left without a relocation rule: _segment_used_sizes[index].
            if (run.start.segment < 0)
                throw UncaughtError("KeyError", std::to_string(run.start.segment));
        }
    }
    if (m_config.proof_mode && !disable_trace_padding) {
        run_until_steps(std::bit_ceil(current_step()));
        while (!check_used_cells()) {
            run_for_steps(1);
            run_until_steps(std::bit_ceil(current_step()));
        }
    }
    m_run_ended = true;
}

void Runner::verify_secure_run() {
    for (const auto& builtin : m_builtins) {
        if (!builtin->stop()) throw AssertionFailure(builtin->name() + " segment stop ptr is None.");
    }
    const uint64_t n_segments = m_memory.segment_count();
    // is_valid_memory_value: a relocatable must point into an existing segment.
    const auto invalid_value = [n_segments](const MaybeRelocatable& value) {
        if (!value.is_relocatable()) return false;
        const Relocatable r = value.relocatable();
        return r.segment < 0 || static_cast<uint64_t>(r.segment) >= n_segments ||
               is_negative_offset(r.offset);
    };
    // Every check of cairo-lang's loop over the memory, for one cell; it throws on the first failure.
    const auto check = [&](const Relocatable& addr, const MaybeRelocatable& value) {
        if (addr.is_integer()) {
            throw UncaughtError(kSecurityError,
                                "Accessed address " + value_text(addr) + " is not relocatable.");
        }
        if (is_negative_offset(addr.offset)) {
            throw UncaughtError(kSecurityError,
                                "Accessed address " + value_text(addr) + " has negative offset.");
        }
        for (const auto& builtin : m_builtins) {
            if (addr.segment == builtin->base().segment &&
                addr.offset >= builtin->stop()->offset - builtin->base().offset) {
                throw UncaughtError(kSecurityError, "Out of bounds access to builtin segment " +
                                                        builtin->name() + " at " +
                                                        value_text(addr) + ".");
            }
        }
        if (addr.segment == m_program_base.segment && addr.offset >= m_program->data.size()) {
            throw UncaughtError(kSecurityError,
                                "Out of bounds access to program segment at " + value_text(addr) + ".");
        }
        if (!m_run_ended) {
            throw AssertionFailure("compute_effective_sizes must be called before is_valid_memory_value.");
        }
        if (invalid_value(value)) {
            throw UncaughtError(kSecurityError, "Invalid memory value at address " +
                                                    value_text(addr) + ": " + value_text(value) + ".");
        }
    };
    // Most runs of cells pass every address check at once; their values are checked cell by cell
    // and only a failing cell goes through `check` for its message.
    const auto addresses_ok = [&](const WriteRun& run) {
        const uint64_t end = run.start.offset + run.count;
        return m_run_ended && run.start.segment >= 0 && !is_negative_offset(run.start.offset) &&
               !(run.start.segment == m_program_base.segment && end > m_program->data.size()) &&
               std::none_of(m_builtins.begin(), m_builtins.end(), [&](const auto& b) {
                   return run.start.segment == b->base().segment &&
                          end > b->stop()->offset - b->base().offset;
               });
    };
    for (const WriteRun& run : m_memory.write_order()) {
        const CellSegment* seg = m_memory.segment(run.start.segment);
        if (seg == nullptr || !addresses_ok(run)) {
            for (uint64_t i = 0; i < run.count; ++i) check(run.start + i, *m_memory.get(run.start + i));
            continue;
        }
        for (uint64_t i = run.start.offset; i < run.start.offset + run.count; ++i) {
            const MaybeRelocatable value = (*seg)[i].value();
            if (invalid_value(value)) check({run.start.segment, i}, value);
        }
    }
    for (const auto& builtin : m_builtins) {
        if (const std::optional<std::string> error = builtin->security_check(m_memory)) {
            throw UncaughtError(kSecurityError, *error);
        }
    }
}

void Runner::relocate() {
    if (!m_run_ended) {
        throw AssertionFailure("compute_effective_sizes must be called before relocate_segments.");
    }
    m_segment_offsets.clear();
    uint64_t next = kFirstMemoryAddress;
    for (size_t i = 0; i < m_memory.segment_count(); ++i) {
        m_segment_offsets.push_back(next);
        const uint64_t size = segment_size(static_cast<int64_t>(i));
        if (size < m_memory.segment_used_size(static_cast<int64_t>(i))) {
            throw AssertionFailure("Segment " + std::to_string(i) + " exceeded its allocated size.");
        }
        next += size;
    }
}

uint64_t Runner::relocate_address(const Relocatable& addr) const {
    if (addr.is_integer()) [[unlikely]] {
        // relocate_value leaves an int as it is; TraceEntry.serialize then asserts 0 <= x < 2^64.
        if (is_negative_offset(addr.offset)) throw AssertionFailure("");
        return addr.offset;
    }
    return m_segment_offsets.at(static_cast<size_t>(addr.segment)) + addr.offset;
}

Felt Runner::relocate_value(const MaybeRelocatable& value) const {
    return value.is_relocatable() ? Felt::from_u64(relocate_address(value.relocatable()))
                                  : value.felt();
}

std::vector<RelocatedTraceEntry> Runner::relocated_trace() const {
    const PodBuffer<TraceOffsets>& trace = m_vm->trace();
    const uint64_t pc_base = m_segment_offsets.at(m_program_base.segment);
    const uint64_t exec_base = m_segment_offsets.at(m_execution_base.segment);
    std::vector<RelocatedTraceEntry> out;
    out.reserve(trace.size());
    for (const TraceOffsets& t : trace) out.push_back({pc_base + t.pc, exec_base + t.ap, exec_base + t.fp});
    for (const auto& [step, regs] : m_vm->trace_exceptions()) {
        out[step] = {relocate_address(regs.pc), relocate_address(regs.ap), relocate_address(regs.fp)};
    }
    return out;
}

std::vector<TraceEntry> Runner::trace() const {
    std::vector<TraceEntry> out;
    if (!m_vm) return out;
    const PodBuffer<TraceOffsets>& trace = m_vm->trace();
    out.reserve(trace.size());
    for (const TraceOffsets& t : trace) {
        out.push_back({{m_program_base.segment, t.pc},
                       {m_execution_base.segment, t.ap},
                       {m_execution_base.segment, t.fp}});
    }
    for (const auto& [step, regs] : m_vm->trace_exceptions()) out[step] = {regs.pc, regs.ap, regs.fp};
    return out;
}

void Runner::write_trace(std::ostream& out) const {
    const PodBuffer<TraceOffsets>& trace = m_vm->trace();
    const uint64_t pc_base = m_segment_offsets.at(m_program_base.segment);
    const uint64_t exec_base = m_segment_offsets.at(m_execution_base.segment);
    const auto& exceptions = m_vm->trace_exceptions();
    auto next_exception = exceptions.begin();
    ChunkWriter writer(out);
    for (uint64_t step = 0; step < trace.size(); ++step) {
        RelocatedTraceEntry e{pc_base + trace[step].pc, exec_base + trace[step].ap,
                              exec_base + trace[step].fp};
        if (next_exception != exceptions.end() && next_exception->first == step) {
            const Registers& regs = (next_exception++)->second;
            e = {relocate_address(regs.pc), relocate_address(regs.ap), relocate_address(regs.fp)};
        }
        writer.u64(e.ap);
        writer.u64(e.fp);
        writer.u64(e.pc);
    }
}

void Runner::write_memory(std::ostream& out) const {
    ChunkWriter writer(out);
    for_each_cell(m_memory, [&](const Relocatable& addr, const MaybeRelocatable& value) {
        writer.u64(relocate_address(addr));
        const std::array<uint8_t, 32> bytes = relocate_value(value).to_bytes_le();
        writer.bytes(bytes.data(), bytes.size());
    });
}

std::vector<std::string> Runner::output_values() const {
    std::vector<std::string> values;
    const std::optional<Relocatable> base = output_base();
    if (!base) return values;
    const uint64_t size = m_memory.segment_used_size(base->segment);
    for (uint64_t i = 0; i < size; ++i) {
        const std::optional<MaybeRelocatable> v = m_memory.get(*base + i);
        if (!v) {
            values.emplace_back("<missing>");
        } else {
            values.push_back(v->is_relocatable() ? value_text(*v) : v->felt().to_signed_dec());
        }
    }
    return values;
}

std::string Runner::output_text() const {
    if (!output_base()) return "";
    std::string text = "Program output:\n";
    for (const std::string& value : output_values()) text += "  " + value + "\n";
    return text + "\n";
}

std::string Runner::info_text(bool relocated) const {
    const auto reg = [&](const Relocatable& r) {
        return relocated && !r.is_integer() ? std::to_string(relocate_address(r)) : value_text(r);
    };
    std::string text = "Number of steps: " + std::to_string(current_step()) + " ";
    if (m_original_steps) text += "(originally, " + std::to_string(*m_original_steps) + ")";
    text += "\nUsed memory cells: " + std::to_string(m_memory.used_cells()) +
            "\nRegister values after execution:\npc = " + reg(pc()) + "\nap = " + reg(ap()) +
            "\nfp = " + reg(fp()) + "\n\n";
    return text;
}

std::string Runner::memory_text(bool relocated) const {
    // (sort key, address text, value text) for every cell. Python sorts ints before relocatables
    // and relocated addresses are ints: both are keyed (kInt, value), integer addresses by their
    // offset in kIntegerSegment, which orders them as their values modulo P.
    constexpr int64_t kInt = INT64_MIN;
    struct Row {
        std::pair<int64_t, uint64_t> key;
        std::string addr;
        std::string value;
    };
    std::vector<Row> rows;
    rows.reserve(m_memory.used_cells());
    for_each_cell(m_memory, [&](const Relocatable& addr, const MaybeRelocatable& value) {
        if (relocated) {
            const uint64_t flat = relocate_address(addr);
            rows.push_back(
                {{kInt, flat}, std::to_string(flat), relocate_value(value).to_signed_dec()});
        } else {
            rows.push_back(
                {{addr.is_integer() ? kInt : addr.segment, addr.offset}, value_text(addr),
                 value.is_relocatable() ? value_text(value) : value.felt().to_signed_dec()});
        }
    });
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
    std::string text = "Addr  Value\n-----------\n";
    std::pair<int64_t, uint64_t> previous{kInt, UINT64_MAX};  // Python's old_addr = -1
    for (const Row& row : rows) {
        const bool contiguous =
            previous.first == row.key.first && previous.second + 1 == row.key.second;
        if (!contiguous) text += "\u22ee\n";
        text += pad5(row.addr) + " " + row.value + "\n";
        previous = row.key;
    }
    return text + "\n";
}

std::string Runner::segments_text() const {
    std::string text = "Segment relocation table:\n";
    for (size_t i = 0; i < m_segment_offsets.size(); ++i) {
        text += pad5(std::to_string(i)) + " " + std::to_string(m_segment_offsets[i]) + "\n";
    }
    return text;
}

}  // namespace xcairo
