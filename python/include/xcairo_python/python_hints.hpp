#pragma once
// The embedded Python hint executor: runs the hints that have no native handler with CPython, as
// cairo-lang runs them (exec of the hint's code in the current execution scope's dict).
#include <functional>
#include <memory>
#include <optional>
#include <pybind11/pybind11.h>
#include <string>

#include "vmcore/hint_executor.hpp"

namespace xcairo::python {

/// An executor whose main scope starts with the variables make_hint_locals returns (called
/// once, with the GIL held; cairo-run gives {"program_input": ...}). Python must be initialized
/// when a hint is compiled: see start_embedded_python.
std::shared_ptr<HintExecutor> make_python_hint_executor(std::function<pybind11::dict()> make_hint_locals);

/// Initializes the embedded interpreter if it is not running (Debian's /usr/bin/python3 as the
/// program, so that sys.executable and sys.path are its own), the GIL held by this thread.
void start_embedded_python();

/// Makes the reference's cairo-lang (its site-packages, found when xcairo was built) importable
/// by hints: appended to sys.path (what the interpreter has wins), or put first (first = true,
/// --no_native_hints: library hints then run the reference's own code). False when it is not
/// there any more (or was not found at build time): `import starkware` then fails in the hint
/// unless the interpreter has cairo-lang of its own. Executors call it with false when they start.
bool add_reference_cairo_lang(bool first);

/// hint_locals as cairo-run builds them: {"program_input": the JSON file's value, or {}}.
pybind11::dict cairo_run_hint_locals(const std::optional<std::string>& program_input_path);

}  // namespace xcairo::python
