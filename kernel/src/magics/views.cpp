#include "magics/views.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <variant>

#include "vmcore/instruction.hpp"
#include "vmcore/program.hpp"

namespace xcairo::kernel {
namespace {

constexpr int64_t kContextLines = 3;
constexpr uint64_t kContextInstructions = 4;
const char* const kCurrentStyle = "background-color:#fff3b0;font-weight:bold";

std::string state_text(MachineState state) {
    switch (state) {
        case MachineState::kNotStarted: return "not started";
        case MachineState::kPaused: return "paused";
        case MachineState::kFinished: return "finished";
        case MachineState::kFailed: return "failed";
    }
    return "?";
}

/// pc as an offset in the program, or nullopt (pc outside the program segment).
std::optional<uint64_t> program_offset(const CairoVm& vm) {
    const Machine& machine = vm.machine();
    const Relocatable pc = machine.pc();
    const Relocatable base = machine.runner().program_base();
    if (pc.segment != base.segment || pc.offset < base.offset) return std::nullopt;
    const uint64_t offset = pc.offset - base.offset;
    if (offset >= machine.program().data.size()) return std::nullopt;
    return offset;
}

std::optional<std::string> read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::optional<std::string> source_text(Session& session, const CairoVm& vm, const Location& location) {
    if (location.content) return *location.content;
    if (!location.filename) return std::nullopt;
    if (const std::string* content = vm.machine().program().file_content(*location.filename))
        return *content;
    const std::filesystem::path beside = vm.path().parent_path() / *location.filename;
    if (auto text = read_file(beside)) return text;
    if (const auto found = session.find_file(*location.filename)) return read_file(*found);
    return std::nullopt;
}

/// Lines [first, last] of text, 1-based, the lines of [mark_first, mark_last] marked.
Display lines_display(const std::string& title, const std::string& text, int64_t first,
                      int64_t last, int64_t mark_first, int64_t mark_last) {
    std::istringstream in(text);
    std::string line;
    Display display{title + "\n", "<div><b>" + html_escape(title) + "</b><pre>", ""};
    for (int64_t number = 1; std::getline(in, line) && number <= last; ++number) {
        if (number < first) continue;
        const bool current = number >= mark_first && number <= mark_last;
        const std::string number_text = std::to_string(number);
        display.text += (current ? "-> " : "   ") + std::string(5 - std::min<size_t>(5, number_text.size()), ' ') +
                        number_text + "  " + line + "\n";
        display.html += current ? std::string("<span style=\"") + kCurrentStyle + "\">" : "<span>";
        display.html += html_escape(std::string(5 - std::min<size_t>(5, number_text.size()), ' ') +
                                    number_text + "  " + line) +
                        "</span>\n";
    }
    display.html += "</pre></div>";
    return display;
}

}  // namespace

Display disassembly_display(const CairoVm& vm, uint64_t from, uint64_t to) {
    const Program& program = vm.machine().program();
    const std::optional<uint64_t> current = program_offset(vm);
    const int64_t segment = vm.machine().runner().program_base().segment;
    Display display{"", "<pre>", ""};
    to = std::min<uint64_t>(to, program.data.size());
    for (uint64_t offset = from; offset < to;) {
        std::optional<Felt> imm;
        if (offset + 1 < program.data.size()) imm = program.data[offset + 1];
        const auto decoded = decode_instruction(program.data[offset], imm);
        std::string text;
        uint64_t size = 1;
        if (const auto* instruction = std::get_if<Instruction>(&decoded)) {
            text = disassemble(*instruction);
            size = instruction->size;
        } else {
            text = "dw " + program.data[offset].to_signed_dec();
        }
        const bool is_current = current && *current == offset;
        const std::string line = std::string(is_current ? "-> " : "   ") + std::to_string(segment) +
                                 ":" + std::to_string(offset) + "  " + text;
        display.text += line + "\n";
        display.html += is_current ? std::string("<span style=\"") + kCurrentStyle + "\">" : "<span>";
        display.html += html_escape(line) + "</span>\n";
        offset += size;
    }
    display.html += "</pre>";
    return display;
}

Display source_display(Session& session, const CairoVm& vm) {
    const std::optional<uint64_t> offset = program_offset(vm);
    if (!offset) return text_display("pc " + vm.machine().pc().to_string() + " is outside the program");
    if (const InstructionLocation* location = vm.machine().program().instruction_location(*offset)) {
        const Location& inst = location->inst;
        // Paused before hints: the hints' code is marked too, down to their instruction.
        int64_t first = inst.start_line;
        const bool before_hints = vm.last_stop() && vm.last_stop()->cause == StopCause::kBeforeHints;
        if (before_hints && !location->hints.empty() && location->hints.front() &&
            location->hints.front()->location.filename == inst.filename)
            first = std::min(first, location->hints.front()->location.start_line);
        if (const auto text = source_text(session, vm, inst)) {
            const std::string title = inst.filename.value_or("<source>") + ":" + std::to_string(first);
            return lines_display(title, *text, first - kContextLines, inst.end_line + kContextLines, first,
                                 inst.end_line);
        }
    }
    const uint64_t from = *offset > kContextInstructions * 2 ? *offset - kContextInstructions * 2 : 0;
    return disassembly_display(vm, from, *offset + kContextInstructions * 2 + 1);
}

Display registers_display(const CairoVm& vm) {
    const Machine& machine = vm.machine();
    return table_display({"pc", "ap", "fp", "step", "state"},
                         {{machine.pc().to_string(), machine.ap().to_string(), machine.fp().to_string(),
                           std::to_string(machine.current_step()), state_text(machine.state())}});
}

Display stop_display(Session& session, const CairoVm& vm, const Stop& stop) {
    std::string why = "[" + vm.name() + "] ";
    switch (stop.cause) {
        case StopCause::kBreakpoint:
            why += "breakpoint";
            if (stop.breakpoint_id) why += ' ' + std::to_string(*stop.breakpoint_id);
            why += " at pc " + vm.machine().pc().to_string();
            break;
        case StopCause::kBeforeHints: why += "paused before the hints of pc " + vm.machine().pc().to_string(); break;
        case StopCause::kEnd: why += "the run ended"; break;
        case StopCause::kError: why += "the run failed"; break;
        case StopCause::kInterrupted: why += "interrupted"; break;
        case StopCause::kSteps:
        case StopCause::kReachedPc: why += "stopped"; break;
    }
    why += " after " + std::to_string(stop.steps) + (stop.steps == 1 ? " step" : " steps");
    Display display{why + "\n", "<p><b>" + html_escape(why) + "</b></p>", ""};
    if (stop.cause == StopCause::kError) {
        display += text_display(vm.machine().error_text());
        display.error = vm.machine().error_text();
    }
    if (stop.cause != StopCause::kEnd) display += source_display(session, vm);
    display += registers_display(vm);
    return display;
}

Display drive_display(Session& session, const std::function<Stop()>& drive) {
    const CairoVm& vm = session.current();
    const Stop stop = drive();
    return stop_display(session, vm, stop);
}

}  // namespace xcairo::kernel
