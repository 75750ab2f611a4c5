#ifdef XCAIRO_KERNEL_EMBEDS_MODULE
#include "vm_host.hpp"

namespace xcairo::kernel {

SessionVmHost::SessionVmHost(Session& session) : m_session(session) { python::set_vm_host(this); }

SessionVmHost::~SessionVmHost() { python::set_vm_host(nullptr); }

python::HostedVm SessionVmHost::hosted_vm(const std::optional<std::string>& name) {
    const CairoVm& vm = name ? m_session.named(*name) : m_session.current();
    return {vm.machine_ptr(), vm.path().string(), vm.request().program_input};
}

}  // namespace xcairo::kernel
#endif
