#include "interpreter.hpp"

#include "history.hpp"
#include "interrupt.hpp"

namespace xcairo::kernel {

Interpreter::Interpreter(History& history) : m_history(history) {}

void Interpreter::configure_impl() { xpyt::interpreter::configure_impl(); }

nl::json Interpreter::execute_request_impl(int execution_counter, const std::string& code,
                                           bool silent, bool store_history,
                                           nl::json user_expressions, bool allow_stdin) {
    if (store_history && !silent) m_history.record(execution_counter, code);
    ExecutionScope scope;
    return xpyt::interpreter::execute_request_impl(execution_counter, code, silent, store_history,
                                                   std::move(user_expressions), allow_stdin);
}

nl::json Interpreter::kernel_info_request_impl() {
    nl::json info = xpyt::interpreter::kernel_info_request_impl();
    info["implementation"] = "xcairo";
    info["implementation_version"] = XCAIRO_VERSION;
    info["banner"] = "xcairo: a Cairo VM in an IPython kernel (%lsmagic lists the Cairo magics)";
    // No DAP debugger yet: clients must not send debug requests (they would get no reply).
    info["debugger"] = false;
    return info;
}

}  // namespace xcairo::kernel
