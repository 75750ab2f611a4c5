#pragma once
// The session's VMs for the embedded `xcairo` module: xcairo.current() and xcairo.vm(NAME) wrap
// the machines the magics drive.
#include "session/session.hpp"
#include "xcairo_python/vm_host.hpp"

namespace xcairo::kernel {

/// Installs itself as the module's host while it lives.
class SessionVmHost final : public python::VmHost {
public:
    explicit SessionVmHost(Session& session);
    ~SessionVmHost() override;
    SessionVmHost(const SessionVmHost&) = delete;
    SessionVmHost& operator=(const SessionVmHost&) = delete;

    python::HostedVm hosted_vm(const std::optional<std::string>& name) override;

private:
    Session& m_session;
};

}  // namespace xcairo::kernel
