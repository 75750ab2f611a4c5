#pragma once
// Session: the Cairo VMs of a kernel, their breakpoints and why they last stopped. Free of
// Jupyter and Python: the magics drive it, and so can a debugger later.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "interrupt.hpp"
#include "vmcore/machine.hpp"

namespace xcairo::kernel {

/// A request the session cannot honour (no VM, unknown name, bad breakpoint...); what() says why.
class SessionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct LoadRequest {
    std::string path;                           ///< compiled program (cairo-compile's JSON)
    std::optional<std::string> name;            ///< default: the file's stem
    std::string layout = "all_cairo";
    bool proof_mode = false;
    std::optional<std::string> program_input;   ///< JSON file, for the program's hints
    bool trace = true;                          ///< record the trace (%trace)
};

struct Breakpoint {
    int id = 0;
    std::string spec;  ///< as given: pc, function or file:line
    Relocatable pc;
};

/// Why the last command on a VM returned.
struct Stop {
    StopCause cause = StopCause::kSteps;
    uint64_t steps = 0;                 ///< steps run by the command
    std::optional<int> breakpoint_id;   ///< cause kBreakpoint
};

/// One loaded program and its machine.
class CairoVm {
public:
    const std::string& name() const noexcept { return m_name; }
    const LoadRequest& request() const noexcept { return m_request; }
    /// Absolute path of the program file.
    const std::filesystem::path& path() const noexcept { return m_path; }
    Machine& machine() noexcept { return *m_machine; }
    const Machine& machine() const noexcept { return *m_machine; }
    /// Shared with the Python module's VM objects.
    const std::shared_ptr<Machine>& machine_ptr() const noexcept { return m_machine; }
    const std::vector<Breakpoint>& breakpoints() const noexcept { return m_breakpoints; }
    bool stop_before_hints() const noexcept { return m_stop_before_hints; }
    const std::optional<Stop>& last_stop() const noexcept { return m_last_stop; }

private:
    friend class Session;
    std::string m_name;
    LoadRequest m_request;
    std::filesystem::path m_path;
    std::shared_ptr<const Program> m_program;
    std::shared_ptr<Machine> m_machine;
    std::vector<Breakpoint> m_breakpoints;
    bool m_stop_before_hints = false;
    std::optional<Stop> m_last_stop;
};

/// Not thread-safe: its caller serialises the calls (the kernel holds the GIL), except while a
/// machine runs (run_wrapper). Machines refuse a second driver (Machine::DriveGuard): another
/// thread, or a hint of the run calling back into the session, gets MachineBusy; so does a load
/// or reset that would replace or drop a machine someone drives.
class Session final : public Interruptible {
public:
    /// Makes the executor of the hints that have no native handler, for a VM being created.
    using HintExecutorFactory = std::function<std::shared_ptr<HintExecutor>(const LoadRequest&)>;
    /// Calls `run` (a machine running, its drive guard held), e.g. with the GIL released.
    using RunWrapper = std::function<void(const std::function<void()>& run)>;

    Session();

    /// Without a factory, a hint with no native handler fails when reached.
    void set_hint_executor_factory(HintExecutorFactory factory) { m_hint_executors = std::move(factory); }
    void set_run_wrapper(RunWrapper wrapper) { m_run_wrapper = std::move(wrapper); }

    /// Loads a program (searched as given, then in the search path) into a new VM, which becomes
    /// the current one; a VM of the same name is replaced. Throws SessionError, LoadError, Error.
    CairoVm& load(const LoadRequest& request);
    /// Forgets every VM (breakpoint numbering starts again); MachineBusy while one is driven.
    void reset();

    bool has_vm() const noexcept { return m_current != nullptr; }
    /// The current VM; SessionError when none is loaded.
    CairoVm& current();
    /// The VM of that name; SessionError when there is none.
    CairoVm& named(const std::string& name);
    /// named(name), which becomes the current VM.
    CairoVm& select(const std::string& name);
    std::vector<const CairoVm*> vms() const;
    CairoVm* find(const std::string& name);

    /// Directories searched for programs and for source files.
    const std::vector<std::filesystem::path>& search_path() const noexcept { return m_search_path; }
    void add_search_dir(const std::string& dir);
    /// The file as given if it exists, else the first search directory holding it.
    std::optional<std::filesystem::path> find_file(const std::string& name) const;

    // Driving the current VM; each returns (and records) why it stopped.
    Stop step(uint64_t n);
    /// One instruction, a call running to its return.
    Stop next();
    /// Until the current function returns to its caller.
    Stop finish();
    /// Until a breakpoint, the end or an error.
    Stop resume();
    /// From the start again (breakpoints kept), until a breakpoint, the end or an error.
    Stop rerun();

    /// A breakpoint at a pc ("12", "0:12"), a function or label ("main", "__main__.f"), or a
    /// source line ("prog.cairo:7"). Throws SessionError.
    const Breakpoint& add_breakpoint(const std::string& spec);
    void delete_breakpoint(int id);
    void set_stop_before_hints(bool on);

    void request_interrupt() noexcept override;

private:
    Relocatable resolve_breakpoint(const CairoVm& vm, const std::string& spec) const;
    std::shared_ptr<Machine> make_machine(const CairoVm& vm) const;
    /// Runs a command on the current VM with interrupts routed to it, and records the stop.
    template <class Command>
    Stop drive(Command&& command);

    std::vector<std::unique_ptr<CairoVm>> m_vms;
    CairoVm* m_current = nullptr;
    std::vector<std::filesystem::path> m_search_path;
    int m_next_breakpoint_id = 1;
    HintExecutorFactory m_hint_executors;
    RunWrapper m_run_wrapper;
    std::atomic<Machine*> m_running{nullptr};
};

/// Short text for a stop cause: "breakpoint", "end of the run"...
std::string stop_cause_text(StopCause cause);

}  // namespace xcairo::kernel
