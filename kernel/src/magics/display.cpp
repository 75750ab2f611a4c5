#include "magics/display.hpp"

#include <algorithm>

namespace xcairo::kernel {

Display& Display::operator+=(const Display& other) {
    if (!text.empty() && !other.text.empty() && text.back() != '\n') text += '\n';
    text += other.text;
    html += other.html;
    if (error.empty()) error = other.error;
    return *this;
}

std::string html_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

Display text_display(const std::string& text) {
    return {text, "<pre>" + html_escape(text) + "</pre>", ""};
}

Display table_display(const std::vector<std::string>& header,
                      const std::vector<std::vector<std::string>>& rows) {
    std::vector<size_t> widths(header.size(), 0);
    const auto widen = [&](const std::vector<std::string>& row) {
        for (size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    };
    widen(header);
    for (const auto& row : rows) widen(row);

    Display display;
    const auto text_row = [&](const std::vector<std::string>& row) {
        std::string line;
        for (size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line += std::string(widths[i] - row[i].size() + 2, ' ');
        }
        display.text += line + "\n";
    };
    const auto html_row = [&](const std::vector<std::string>& row, const char* cell) {
        display.html += "<tr>";
        for (const std::string& value : row)
            display.html += std::string("<") + cell + " style=\"text-align:left\">" +
                            html_escape(value) + "</" + cell + ">";
        display.html += "</tr>";
    };
    text_row(header);
    display.html = "<table>";
    html_row(header, "th");
    for (const auto& row : rows) {
        text_row(row);
        html_row(row, "td");
    }
    display.html += "</table>";
    return display;
}

}  // namespace xcairo::kernel
