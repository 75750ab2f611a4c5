#include "session/session.hpp"

#include <algorithm>
#include <charconv>

#include "vmcore/program.hpp"

namespace xcairo::kernel {
namespace fs = std::filesystem;

namespace {

std::optional<uint64_t> parse_u64(std::string_view text) {
    uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return value;
}

/// The cell `delta` below an address; nullopt below the segment's start.
std::optional<Relocatable> below(const Relocatable& addr, uint64_t delta) {
    if (addr.offset < delta) return std::nullopt;
    return Relocatable{addr.segment, addr.offset - delta};
}

bool same_file_name(const std::string& recorded, const std::string& wanted) {
    if (recorded == wanted) return true;
    const fs::path recorded_path(recorded);
    return recorded_path.filename() == wanted ||
           (recorded.size() > wanted.size() &&
            recorded.compare(recorded.size() - wanted.size(), wanted.size(), wanted) == 0 &&
            recorded[recorded.size() - wanted.size() - 1] == '/');
}

}  // namespace

std::string stop_cause_text(StopCause cause) {
    switch (cause) {
        case StopCause::kSteps: return "step";
        case StopCause::kBreakpoint: return "breakpoint";
        case StopCause::kReachedPc: return "reached";
        case StopCause::kBeforeHints: return "before hints";
        case StopCause::kEnd: return "end of the run";
        case StopCause::kError: return "error";
        case StopCause::kInterrupted: return "interrupted";
    }
    return "?";
}

Session::Session() { m_search_path.push_back(fs::current_path()); }

std::optional<fs::path> Session::find_file(const std::string& name) const {
    std::error_code ec;
    if (fs::is_regular_file(name, ec)) return fs::absolute(name);
    if (fs::path(name).is_absolute()) return std::nullopt;
    for (const fs::path& dir : m_search_path)
        if (fs::is_regular_file(dir / name, ec)) return dir / name;
    return std::nullopt;
}

void Session::add_search_dir(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw SessionError("not a directory: " + dir);
    const fs::path path = fs::absolute(dir).lexically_normal();
    if (std::find(m_search_path.begin(), m_search_path.end(), path) == m_search_path.end())
        m_search_path.push_back(path);
}

std::shared_ptr<Machine> Session::make_machine(const CairoVm& vm) const {
    RunnerConfig config;
    config.layout = vm.m_request.layout;
    config.proof_mode = vm.m_request.proof_mode;
    config.trace = vm.m_request.trace;
    if (m_hint_executors) config.hint_executor = m_hint_executors(vm.m_request);
    auto machine = std::make_shared<Machine>(vm.m_program, std::move(config));
    for (const Breakpoint& breakpoint : vm.m_breakpoints) machine->add_breakpoint(breakpoint.pc);
    machine->set_stop_before_hints(vm.m_stop_before_hints);
    return machine;
}

CairoVm& Session::load(const LoadRequest& request) {
    const std::optional<fs::path> path = find_file(request.path);
    if (!path) throw SessionError("no such program file: " + request.path);
    std::optional<fs::path> program_input;
    if (request.program_input && !(program_input = find_file(*request.program_input)))
        throw SessionError("no such program input file: " + *request.program_input);

    auto vm = std::make_unique<CairoVm>();
    vm->m_request = request;
    // Found in the search path, the file must open from any working directory.
    if (program_input) vm->m_request.program_input = fs::absolute(*program_input).lexically_normal().string();
    vm->m_path = fs::absolute(*path).lexically_normal();
    vm->m_name = request.name.value_or(path->stem().string());
    if (vm->m_name.empty()) throw SessionError("a VM needs a non-empty name");
    if (const CairoVm* replaced = find(vm->m_name)) replaced->machine().check_idle();
    vm->m_program = std::make_shared<const Program>(load_program_file(path->string()));
    vm->m_machine = make_machine(*vm);

    const auto same_name = std::find_if(m_vms.begin(), m_vms.end(),
                                        [&](const auto& other) { return other->m_name == vm->m_name; });
    if (same_name != m_vms.end()) {
        *same_name = std::move(vm);
        m_current = same_name->get();
    } else {
        m_vms.push_back(std::move(vm));
        m_current = m_vms.back().get();
    }
    return *m_current;
}

void Session::reset() {
    for (const auto& vm : m_vms) vm->m_machine->check_idle();
    m_current = nullptr;
    m_vms.clear();
    m_next_breakpoint_id = 1;
}

CairoVm& Session::current() {
    if (!m_current) throw SessionError("no Cairo VM: load a compiled program with %cairo_load PATH");
    return *m_current;
}

CairoVm* Session::find(const std::string& name) {
    for (const auto& vm : m_vms)
        if (vm->m_name == name) return vm.get();
    return nullptr;
}

CairoVm& Session::named(const std::string& name) {
    CairoVm* vm = find(name);
    if (!vm) throw SessionError("no VM named '" + name + "' (%vms lists them)");
    return *vm;
}

CairoVm& Session::select(const std::string& name) {
    m_current = &named(name);
    return *m_current;
}

std::vector<const CairoVm*> Session::vms() const {
    std::vector<const CairoVm*> list;
    for (const auto& vm : m_vms) list.push_back(vm.get());
    return list;
}

template <class Command>
Stop Session::drive(Command&& command) {
    CairoVm& vm = current();
    Machine& machine = *vm.m_machine;
    // Taken before other threads may come in (the wrapper): see Machine::driven_elsewhere.
    const Machine::DriveGuard guard(machine);
    machine.clear_interrupt();
    // Interrupts go to the first run in: a drive nested in a hint of another VM's run, or one a
    // Python thread started meanwhile, leaves them with the cell's own run.
    Machine* none = nullptr;
    const bool routed = m_running.compare_exchange_strong(none, &machine);
    Stop stop;
    const auto run = [&] { stop = command(machine); };
    try {
        if (m_run_wrapper) {
            m_run_wrapper(run);
        } else {
            run();
        }
    } catch (...) {
        if (routed) m_running.store(nullptr);
        throw;
    }
    if (routed) m_running.store(nullptr);
    if (stop.cause == StopCause::kBreakpoint) {
        for (const Breakpoint& breakpoint : vm.m_breakpoints)
            if (breakpoint.pc == machine.pc()) stop.breakpoint_id = breakpoint.id;
    }
    vm.m_last_stop = stop;
    return stop;
}

Stop Session::step(uint64_t n) {
    return drive([n](Machine& machine) {
        const StopResult result = machine.step(n);
        return Stop{result.cause, result.steps, std::nullopt};
    });
}

namespace {

/// Runs until pc == target with fp == frame (a return to that frame), or another stop.
Stop run_to_frame(Machine& machine, const Relocatable& target, const Relocatable& frame) {
    Stop stop;
    for (;;) {
        const StopResult result = machine.run_until_pc(target);
        stop.steps += result.steps;
        stop.cause = result.cause;
        if (result.cause != StopCause::kReachedPc || machine.fp() == frame) return stop;
    }
}

}  // namespace

Stop Session::next() {
    return drive([](Machine& machine) {
        const Memory& memory = machine.memory();
        const Relocatable pc = machine.pc();
        const std::optional<MaybeRelocatable> encoding = memory.get(pc);
        std::optional<Felt> imm;
        if (const auto next_cell = memory.get(pc + 1); next_cell && !next_cell->is_relocatable())
            imm = next_cell->felt();
        const bool is_call = machine.state() != MachineState::kFinished &&
                             machine.state() != MachineState::kFailed && encoding &&
                             !encoding->is_relocatable() && is_call_instruction(encoding->felt(), imm);
        if (!is_call) {
            const StopResult result = machine.step(1);
            return Stop{result.cause, result.steps, std::nullopt};
        }
        // A call is 2 cells (call rel/abs with an immediate); the callee returns to pc + 2.
        return run_to_frame(machine, pc + 2, machine.fp());
    });
}

Stop Session::finish() {
    return drive([](Machine& machine) {
        const Relocatable fp = machine.fp();
        std::optional<MaybeRelocatable> return_pc, caller_fp;
        if (const auto cell = below(fp, 1)) return_pc = machine.memory().get(*cell);
        if (const auto cell = below(fp, 2)) caller_fp = machine.memory().get(*cell);
        const Relocatable program_base = machine.runner().program_base();
        if (!return_pc || !caller_fp || !return_pc->is_relocatable() || !caller_fp->is_relocatable() ||
            return_pc->relocatable().segment != program_base.segment ||
            return_pc->relocatable() == machine.end_pc()) {
            // main (or a frame without a caller in the program): run on to the end.
            const StopResult result = machine.run();
            return Stop{result.cause, result.steps, std::nullopt};
        }
        return run_to_frame(machine, return_pc->relocatable(), caller_fp->relocatable());
    });
}

Stop Session::resume() {
    return drive([](Machine& machine) {
        const StopResult result = machine.run();
        return Stop{result.cause, result.steps, std::nullopt};
    });
}

Stop Session::rerun() {
    CairoVm& vm = current();
    vm.m_machine->check_idle();
    vm.m_machine = make_machine(vm);
    return resume();
}

Relocatable Session::resolve_breakpoint(const CairoVm& vm, const std::string& spec) const {
    const Program& program = *vm.m_program;
    const Relocatable base = vm.m_machine->runner().program_base();
    std::string_view offset_text = spec;
    if (const size_t colon = spec.find(':'); colon != std::string::npos && spec.substr(0, colon) ==
                                                 std::to_string(base.segment))
        offset_text = std::string_view(spec).substr(colon + 1);
    if (const auto offset = parse_u64(offset_text)) {
        if (*offset >= program.data.size())
            throw SessionError("pc " + spec + " is outside the program (" +
                               std::to_string(program.data.size()) + " cells)");
        return base + *offset;
    }
    if (const size_t colon = spec.rfind(':'); colon != std::string::npos) {
        const std::string file = spec.substr(0, colon);
        const auto line = parse_u64(std::string_view(spec).substr(colon + 1));
        if (!line) throw SessionError("bad line number in " + spec);
        if (!program.debug_info) throw SessionError("the program has no debug info for " + spec);
        for (const auto& [pc, location] : program.debug_info->instruction_locations) {
            const Location& inst = location.inst;
            if (inst.filename && same_file_name(*inst.filename, file) &&
                inst.start_line == static_cast<int64_t>(*line))
                return base + pc;
        }
        throw SessionError("no instruction starts at " + spec);
    }
    try {
        const IdentifierSearchResult found =
            program.identifiers.search({program.main_scope}, spec);
        if (found.non_parsed.empty() && found.definition && found.definition->is_label())
            return base + found.definition->pc;
    } catch (const Error&) {
    }
    throw SessionError("no function, label, pc or file:line named " + spec);
}

const Breakpoint& Session::add_breakpoint(const std::string& spec) {
    CairoVm& vm = current();
    const Relocatable pc = resolve_breakpoint(vm, spec);
    vm.m_machine->add_breakpoint(pc);
    vm.m_breakpoints.push_back({m_next_breakpoint_id++, spec, pc});
    return vm.m_breakpoints.back();
}

void Session::delete_breakpoint(int id) {
    CairoVm& vm = current();
    const auto it = std::find_if(vm.m_breakpoints.begin(), vm.m_breakpoints.end(),
                                 [id](const Breakpoint& b) { return b.id == id; });
    if (it == vm.m_breakpoints.end())
        throw SessionError("no breakpoint " + std::to_string(id) + " in VM " + vm.m_name);
    const Relocatable pc = it->pc;
    vm.m_breakpoints.erase(it);
    const bool still_wanted = std::any_of(vm.m_breakpoints.begin(), vm.m_breakpoints.end(),
                                          [&](const Breakpoint& b) { return b.pc == pc; });
    if (!still_wanted) vm.m_machine->remove_breakpoint(pc);
}

void Session::set_stop_before_hints(bool on) {
    CairoVm& vm = current();
    vm.m_stop_before_hints = on;
    vm.m_machine->set_stop_before_hints(on);
}

void Session::request_interrupt() noexcept {
    if (Machine* machine = m_running.load()) machine->request_interrupt();
}

}  // namespace xcairo::kernel
