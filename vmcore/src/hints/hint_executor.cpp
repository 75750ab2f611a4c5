// The public hint types: HintError, ExecScopes, HintContext helpers.
#include "vmcore/hint_executor.hpp"

namespace xcairo {

HintError::HintError(std::string python_class, std::string message, int64_t hint_line,
                     std::vector<HintFrame> inner_frames)
    : Error(message.empty() ? python_class : python_class + ": " + message),
      m_class(std::move(python_class)),
      m_message(std::move(message)),
      m_hint_line(hint_line),
      m_frames(std::move(inner_frames)) {}

void ExecScopes::exit() {
    if (m_scopes.size() <= 1) throw HintError("AssertionError", "Cannot exit main scope.");
    m_scopes.pop_back();
}

void ExecScopes::missing(const std::string& name, int64_t hint_line) {
    throw HintError("NameError", "name '" + name + "' is not defined", hint_line);
}

void ExecScopes::wrong_type(const std::string& name, int64_t hint_line) {
    throw HintError("TypeError", "xcairo: the scope variable '" + name +
                                     "' holds a value of another type than this hint expects.",
                    hint_line);
}

Relocatable HintContext::load_data(const Relocatable& ptr,
                                   const std::vector<MaybeRelocatable>& data) {
    for (size_t i = 0; i < data.size(); ++i) set(ptr + i, data[i]);
    return ptr + data.size();
}

}  // namespace xcairo
