#pragma once
// The VMs of an application that embeds the module (the Jupyter kernel): xcairo.current() and
// xcairo.vm(name) return them as xcairo.VM objects sharing the application's machines.
#include <memory>
#include <optional>
#include <string>

#include "vmcore/machine.hpp"

namespace xcairo::python {

/// One VM of the host, as the module wraps it.
struct HostedVm {
    std::shared_ptr<Machine> machine;
    std::string program_path;                      ///< the compiled program's file
    std::optional<std::string> program_input_path;  ///< the JSON file of program_input
};

class VmHost {
public:
    virtual ~VmHost() = default;
    /// The VM named `name`, or the current one for nullopt; throws std::runtime_error (shown to
    /// Python as RuntimeError) with the reason when there is none. Called with the GIL held.
    virtual HostedVm hosted_vm(const std::optional<std::string>& name) = 0;
};

/// Installs the host (null: none; xcairo.current() then raises). It must outlive its use.
void set_vm_host(VmHost* host) noexcept;

}  // namespace xcairo::python
