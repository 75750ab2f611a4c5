#include "hints/hint_processor.hpp"

#include <fstream>
#include <sstream>

namespace xcairo {

HintProcessor::HintProcessor(HintExecutor* executor, bool native_hints)
    : m_executor(executor), m_native_hints(native_hints) {
    if (m_executor) m_scopes.set_bridge(m_executor->scope_bridge());
}

void HintProcessor::load(const Program& program, const Relocatable& base) {
    std::vector<std::pair<Relocatable, std::shared_ptr<Hints>>> loaded;
    size_t hint_id = m_next_hint_id;
    size_t native_count = 0;
    for (const auto& [pc, hints] : program.hints) {
        auto compiled = std::make_shared<Hints>();
        for (size_t i = 0; i < hints.size(); ++i) {
            CompiledHint c;
            c.program = &program;
            c.hint = &hints[i];
            c.pc = pc;
            c.index_at_pc = i;
            c.hint_id = hint_id++;
            if (m_native_hints) c.native = find_native_hint(hints[i].code);
            if (c.native) {
                ++native_count;
                for (std::string_view name : c.native->ids)
                    c.native_ids.push_back(resolve_ids(program, hints[i], name));
            } else if (m_executor) {
                try {
                    c.executor_handle = m_executor->compile(
                        HintSpec{program, hints[i], pc, i, c.hint_id});
                } catch (HintError& e) {
                    auto owned = std::make_shared<const CompiledHint>(std::move(c));
                    throw HintFailure{owned.get(), std::move(e), owned};
                }
            }
            compiled->push_back(std::move(c));
        }
        loaded.emplace_back(base + pc, std::move(compiled));
    }
    for (auto& [pc, hints] : loaded) {
        m_all.push_back(hints);
        m_by_pc[pc] = std::move(hints);
    }
    m_next_hint_id = hint_id;
    m_native_count += native_count;
}

void HintProcessor::run(CompiledHint& hint, HintContext& context) {
    ++hint.executions;
    try {
        if (hint.native) {
            HintCall call(context, hint.native_ids);
            hint.native->handler(call);
        } else if (hint.executor_handle) {
            m_executor->execute(*hint.executor_handle, context);
        } else {
            throw HintWithoutHandler{&hint};
        }
    } catch (HintError& e) {
        throw HintFailure{&hint, std::move(e)};
    }
}

std::vector<HintExecutions> HintProcessor::executions() const {
    std::vector<HintExecutions> out;
    std::unordered_map<std::string_view, size_t> by_code;
    for (const auto& hints : m_all) {  // load order, then pc order
        for (const CompiledHint& hint : *hints) {
            const auto [it, added] = by_code.emplace(hint.hint->code, out.size());
            if (added) out.push_back({hint.hint->code, hint.native != nullptr, 0});
            out[it->second].count += hint.executions;
        }
    }
    return out;
}

namespace {

/// linecache.getline(filename, line).strip(): "" when the file or line is not there.
std::string disk_source_line(const std::string& filename, int64_t line) {
    std::ifstream in(filename);
    std::string text;
    for (int64_t i = 1; i <= line && std::getline(in, text); ++i) {
        if (i == line) {
            const auto first = text.find_first_not_of(" \t\r\f\v");
            if (first == std::string::npos) return "";
            const auto last = text.find_last_not_of(" \t\r\f\v");
            return text.substr(first, last - first + 1);
        }
    }
    return "";
}

std::string frame_text(const std::string& filename, int64_t line, const std::string& function,
                       const std::string& source) {
    std::string text = "  File \"" + filename + "\", line " + std::to_string(line) + ", in " +
                       function + "\n";
    if (!source.empty()) text += "    " + source + "\n";
    return text;
}

}  // namespace

std::string hint_exception_text(const CompiledHint& hint, const HintError& error) {
    if (error.formatted_traceback) return *error.formatted_traceback;
    std::string text = "Traceback (most recent call last):\n";
    const InstructionLocation* location = hint.program->instruction_location(hint.pc);
    const HintLocation* hint_location =
        location && hint.index_at_pc < location->hints.size() && location->hints[hint.index_at_pc]
            ? &*location->hints[hint.index_at_pc]
            : nullptr;
    if (error.hint_line() > 0) {
        // HintException.fix_name_and_line: <hintN> becomes the hint's file and line.
        if (hint_location && hint_location->location.filename) {
            const int64_t line = error.hint_line() + hint_location->location.start_line +
                                 hint_location->n_prefix_newlines - 1;
            const std::string& file = *hint_location->location.filename;
            text += frame_text(file, line, "<module>", disk_source_line(file, line));
        } else {
            text += frame_text("<hint" + std::to_string(hint.hint_id) + ">", error.hint_line(),
                               "<module>", "");
        }
    }
    // Frames in cairo-lang's Python files name them relative to its installation, found as the
    // directory holding the hint's own library file (".../starkware/cairo/common/math.cairo").
    std::string install_root;
    if (hint_location && hint_location->location.filename) {
        const std::string& file = *hint_location->location.filename;
        const size_t at = file.rfind("/starkware/");
        if (at != std::string::npos) install_root = file.substr(0, at + 1);
    }
    for (const HintFrame& frame : error.inner_frames()) {
        const bool relative = frame.filename.rfind("starkware/", 0) == 0;
        text += frame_text(relative ? install_root + frame.filename : frame.filename, frame.line,
                           frame.function, frame.source);
        if (!frame.marker.empty()) text += "    " + frame.marker + "\n";
    }
    text += error.python_class();
    if (!error.message().empty()) text += ": " + error.message();
    return text + "\n";
}

}  // namespace xcairo
