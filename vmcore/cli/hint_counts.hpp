#pragma once
// --hint_counts FILE: how often a run executed each hint text, appended as one JSON line a run
// (tests/hints/hint_report.py sums such files into the library hint coverage report).
#include <string>
#include <vector>

#include "vmcore/hint_executor.hpp"

namespace xcairo::cli {

/// The JSON line of one run: {"program": ..., "hints": [{"code", "native", "executions"}...]}.
std::string hint_counts_line(const std::string& program, const std::vector<HintExecutions>& hints);

/// Appends the run's line to path (one write, so concurrent runs do not interleave lines).
void append_hint_counts(const std::string& path, const std::string& program,
                        const std::vector<HintExecutions>& hints);

}  // namespace xcairo::cli
