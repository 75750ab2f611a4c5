#pragma once
// The kernel's input history, numbered by execution count as IPython numbers it.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xeus/xhistory_manager.hpp>

namespace xcairo::kernel {

/// xeus 2.4.1 records cells with the execution_count of the *request* (absent, so always 1) and
/// its in-memory manager replies with string ids and 0-based ranges: this one is fed by the
/// interpreter, which knows each cell's real count. One session (number 1); a cell's output is the
/// text/plain of its result, as IPython's output history keeps it (null when it had none).
class History final : public xeus::xhistory_manager {
public:
    static constexpr int kSession = 1;

    /// A cell run with store_history, numbered `line` (its execution count).
    void record(int line, const std::string& input);
    /// The text/plain result of the cell numbered `line`, if it is the last one recorded.
    void record_output(int line, const std::string& output);

private:
    struct Entry {
        int line;
        std::string input;
        std::optional<std::string> output;
    };

    void configure_impl() override {}
    /// xeus's own call, with a wrong line number: the interpreter records instead.
    void store_inputs_impl(int, int, const std::string&, const std::string&) override {}
    nl::json get_tail_impl(int n, bool raw, bool output) const override;
    nl::json get_range_impl(int session, int start, int stop, bool raw, bool output) const override;
    nl::json search_impl(const std::string& pattern, bool raw, bool output, int n,
                         bool unique) const override;

    static nl::json row(const Entry& entry, bool output);
    static nl::json reply(nl::json rows);

    std::vector<Entry> m_entries;  ///< by increasing line
};

}  // namespace xcairo::kernel
