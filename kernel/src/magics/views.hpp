#pragma once
// Views of a VM shared by the magics: where it stopped (source or disassembly), registers.
#include <cstdint>
#include <functional>

#include "magics/display.hpp"
#include "session/session.hpp"

namespace xcairo::kernel {

/// Why the VM stopped, the source around the current line and the registers; a failed run's
/// error text goes to Display::error.
Display stop_display(Session& session, const CairoVm& vm, const Stop& stop);

/// Runs `drive` (a Session command on the current VM), then stop_display of that VM, even if a
/// hint of the run made another VM current (%vm, %cairo_load).
Display drive_display(Session& session, const std::function<Stop()>& drive);

/// The source lines around pc (debug info's file contents, else the file beside the program, in
/// the working directory or the search path), else the disassembly around pc.
Display source_display(Session& session, const CairoVm& vm);

/// The instructions of program offsets [from, to), pc marked.
Display disassembly_display(const CairoVm& vm, uint64_t from, uint64_t to);

Display registers_display(const CairoVm& vm);

}  // namespace xcairo::kernel
