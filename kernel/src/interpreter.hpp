#pragma once
// The xcairo interpreter: xeus-python's IPython shell, with interrupts that keep the kernel alive,
// a correct history and the Cairo line magics.
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>
#include <xeus-python/xinterpreter.hpp>

#include "magics/magic.hpp"
#include "session/session.hpp"
#ifdef XCAIRO_KERNEL_EMBEDS_MODULE
#include "vm_host.hpp"
#endif

namespace xcairo::kernel {

class History;

class Interpreter final : public xpyt::interpreter {
public:
    explicit Interpreter(History& history);
    ~Interpreter() override;

private:
    void configure_impl() override;
    nl::json execute_request_impl(int execution_counter, const std::string& code, bool silent,
                                  bool store_history, nl::json user_expressions,
                                  bool allow_stdin) override;
    nl::json complete_request_impl(const std::string& code, int cursor_pos) override;
    /// A Cairo magic's help (IPython's own inspection misses %break: a keyword).
    nl::json inspect_request_impl(const std::string& code, int cursor_pos, int detail_level) override;
    nl::json kernel_info_request_impl() override;

    /// IPython's count for the next cell (its output history's key).
    int ipython_execution_count();
    /// Keeps the cell's result (IPython's output history) in the history.
    void record_output(int execution_counter, int ipython_count);
    /// Runs a magic (the GIL released while a machine runs), shows its display, raises its
    /// errors in Python.
    void call_magic(Magic& magic, const std::string& line);

    History& m_history;
    Session m_session;
#ifdef XCAIRO_KERNEL_EMBEDS_MODULE
    SessionVmHost m_vm_host{m_session};  ///< xcairo.current(), xcairo.vm(NAME)
#endif
    std::map<std::string, std::unique_ptr<Magic>> m_magics;
    py::object m_cairo_error;  ///< the exception a failed Cairo run raises
    py::object m_usage_error;  ///< the exception bad magic arguments raise
};

}  // namespace xcairo::kernel
