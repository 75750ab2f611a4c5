#include "vmcore/errors.hpp"

namespace xcairo {

std::string error_report(const std::exception& e) {
    if (dynamic_cast<const VmError*>(&e) != nullptr) return e.what();
    if (const auto* uncaught = dynamic_cast<const UncaughtError*>(&e)) {
        // Python prints the bare class name for an exception without a message.
        return uncaught->python_type() + (*e.what() ? ": " : "") + e.what();
    }
    return std::string("Error: ") + e.what();
}

}  // namespace xcairo
