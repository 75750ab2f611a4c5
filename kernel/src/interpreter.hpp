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
    nl::json kernel_info_request_impl() override;

    /// Runs a magic with the GIL released, shows its display, raises its errors in Python.
    void call_magic(Magic& magic, const std::string& line);

    History& m_history;
    Session m_session;
    std::map<std::string, std::unique_ptr<Magic>> m_magics;
    py::object m_cairo_error;  ///< the exception a failed Cairo run raises
    py::object m_usage_error;  ///< the exception bad magic arguments raise
};

}  // namespace xcairo::kernel
