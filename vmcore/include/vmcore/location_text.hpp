#pragma once
// Source locations printed exactly as cairo-lang prints them (error_handling.py).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vmcore/program.hpp"

namespace xcairo {

/// Location.to_string: "file:line:col" then ": message" when message is not empty.
std::string location_to_string(const Location& location, std::string_view message);

/// get_location_marks: the start line, a newline, and the "^***^" marks under the span;
/// "" when the line does not exist in content.
std::string location_marks(std::string_view content, const Location& location);

/// Location.to_string_with_content: to_string, then a newline and the marks. Content comes from
/// the program's debug_info.file_contents, else from the file on disk; when neither is there,
/// only the first line is returned.
std::string location_to_string_with_content(const Program& program, const Location& location,
                                            std::string_view message);

/// The location block of LocationError.__str__: the parent chain outermost first, each entry
/// to_string_with_content(message) followed by a newline.
std::string location_chain_text(const Program& program, const Location& location,
                                std::string_view message);

/// LocationError.__str__ as a whole: error_attr_value, then the location block (or message and a
/// newline without a location), the traceback and the notes, each followed by a newline; the
/// result right-stripped of whitespace as Python's str.rstrip() does.
std::string location_error_text(const Program& program, std::string_view message,
                                const Location* location, std::string_view error_attr_value = {},
                                const std::optional<std::string>& traceback = std::nullopt,
                                const std::vector<std::string>& notes = {});

}  // namespace xcairo
