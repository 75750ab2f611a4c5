#include "history.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <set>

namespace xcairo::kernel {

void History::record(int line, const std::string& input) {
    // A cell re-run with the same count (execution_count not advancing) replaces its entry.
    if (!m_entries.empty() && m_entries.back().line >= line) m_entries.pop_back();
    m_entries.push_back({line, input, std::nullopt});
}

void History::record_output(int line, const std::string& output) {
    if (!m_entries.empty() && m_entries.back().line == line) m_entries.back().output = output;
}

nl::json History::row(const Entry& entry, bool output) {
    if (output) {
        const nl::json result = entry.output ? nl::json(*entry.output) : nl::json(nullptr);
        return nl::json::array({kSession, entry.line, nl::json::array({entry.input, result})});
    }
    return nl::json::array({kSession, entry.line, entry.input});
}

nl::json History::reply(nl::json rows) {
    return nl::json{{"status", "ok"}, {"history", std::move(rows)}};
}

nl::json History::get_tail_impl(int n, bool, bool output) const {
    nl::json rows = nl::json::array();
    const size_t count = n <= 0 ? m_entries.size() : std::min<size_t>(n, m_entries.size());
    for (size_t i = m_entries.size() - count; i < m_entries.size(); ++i)
        rows.push_back(row(m_entries[i], output));
    return reply(std::move(rows));
}

nl::json History::get_range_impl(int session, int start, int stop, bool, bool output) const {
    // IPython's semantics: session 0 is the current one; lines [start, stop), stop 0 = to the end.
    nl::json rows = nl::json::array();
    if (session != 0 && session != kSession) return reply(std::move(rows));
    for (const Entry& entry : m_entries)
        if (entry.line >= start && (stop <= 0 || entry.line < stop)) rows.push_back(row(entry, output));
    return reply(std::move(rows));
}

nl::json History::search_impl(const std::string& pattern, bool, bool output, int n,
                              bool unique) const {
    // Newest first while selecting (unique keeps the latest of equal inputs), oldest first in the
    // reply, like IPython's search.
    std::vector<const Entry*> found;
    std::set<std::string> seen;
    const std::string glob = pattern.empty() ? "*" : pattern;
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (n > 0 && found.size() >= static_cast<size_t>(n)) break;
        if (fnmatch(glob.c_str(), it->input.c_str(), 0) != 0) continue;
        if (unique && !seen.insert(it->input).second) continue;
        found.push_back(&*it);
    }
    nl::json rows = nl::json::array();
    for (auto it = found.rbegin(); it != found.rend(); ++it) rows.push_back(row(**it, output));
    return reply(std::move(rows));
}

}  // namespace xcairo::kernel
