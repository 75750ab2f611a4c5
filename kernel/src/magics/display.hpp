#pragma once
// What a magic shows: the same content as text/plain and text/html.
#include <string>
#include <vector>

namespace xcairo::kernel {

struct Display {
    std::string text;
    std::string html;
    /// Non-empty: after showing the rest, the cell fails with this message (a failed Cairo run).
    std::string error;

    bool empty() const noexcept { return text.empty() && html.empty(); }
    /// Appends another display below this one.
    Display& operator+=(const Display& other);
};

std::string html_escape(const std::string& text);

/// A display of plain text (html: the text in a <pre>).
Display text_display(const std::string& text);

/// A table: aligned columns in text, a <table> in HTML.
Display table_display(const std::vector<std::string>& header,
                      const std::vector<std::vector<std::string>>& rows);

}  // namespace xcairo::kernel
