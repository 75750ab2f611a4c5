// Prints xcairo's layouts as JSON, one a line (dataclasses.asdict of cairo-lang's CairoLayout);
// with --derived, each builtin's memory cells per instance and diluted units per instance; with a
// --cairo_layout_params_file path, the dynamic layout it describes (or the error text).
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "vmcore/errors.hpp"
#include "vmcore/layout.hpp"

int main(int argc, char** argv) {
    if (argc == 1) {
        for (const xcairo::CairoLayout& layout : xcairo::all_layouts()) std::cout << layout.to_json() << "\n";
        return 0;
    }
    if (std::string(argv[1]) == "--derived") {
        for (const xcairo::CairoLayout& layout : xcairo::all_layouts()) {
            const xcairo::DilutedPoolDef pool = layout.diluted_pool.value_or(xcairo::DilutedPoolDef{});
            std::cout << "{\"layout\": \"" << layout.name << "\"";
            for (const xcairo::BuiltinInstanceDef& b : layout.builtins) {
                std::cout << ", \"" << b.name << "\": [" << b.memory_cells_per_instance << ", "
                          << b.diluted_units_per_builtin(pool.spacing, pool.n_bits) << "]";
            }
            std::cout << "}\n";
        }
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
