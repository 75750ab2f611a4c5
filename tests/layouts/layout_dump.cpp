// Prints xcairo's layouts as JSON, one a line (dataclasses.asdict of cairo-lang's CairoLayout), or
// with a --cairo_layout_params_file path, the dynamic layout it describes (or the error text).
#include <fstream>
#include <iostream>
#include <sstream>

#include "vmcore/errors.hpp"
#include "vmcore/layout.hpp"

int main(int argc, char** argv) {
    if (argc == 1) {
        for (const xcairo::CairoLayout& layout : xcairo::all_layouts()) std::cout << layout.to_json() << "\n";
        return 0;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    try {
        std::cout << xcairo::dynamic_layout_from_params(text.str()).to_json() << "\n";
    } catch (const xcairo::UncaughtError& e) {
        std::cout << "error: " << e.python_type() << ": " << e.what() << "\n";
    } catch (const xcairo::AssertionFailure& e) {
        std::cout << "error: AssertionError: " << e.what() << "\n";
    }
    return 0;
}
