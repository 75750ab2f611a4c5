#pragma once
// The xcairo interpreter: xeus-python's IPython shell, with interrupts that keep the kernel alive,
// a correct history and the Cairo line magics.
#include <string>

#include <nlohmann/json.hpp>
#include <xeus-python/xinterpreter.hpp>

namespace xcairo::kernel {

class History;

class Interpreter final : public xpyt::interpreter {
public:
    explicit Interpreter(History& history);

private:
    void configure_impl() override;
    nl::json execute_request_impl(int execution_counter, const std::string& code, bool silent,
                                  bool store_history, nl::json user_expressions,
                                  bool allow_stdin) override;
    nl::json kernel_info_request_impl() override;

    History& m_history;
};

}  // namespace xcairo::kernel
