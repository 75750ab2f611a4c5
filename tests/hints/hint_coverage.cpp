// Native hint coverage of cairo-lang's common library: every text of library_hints.json with or
// without a native handler. Fails when a handler claims a text that no library hint has (a typo
// in a handler's text), and with --strict also while any library text lacks a handler.
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "hints/native_hint.hpp"
#include "json_tree.hpp"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: hint_coverage library_hints.json [--strict]\n";
        return 2;
    }
    const bool strict = argc > 2 && std::string(argv[2]) == "--strict";
    std::ifstream in(argv[1]);
    std::stringstream text;
    text << in.rdbuf();
    const std::string json = text.str();  // the document views into it
    const xcairo::json_tree::Document doc(json, argv[1]);
    const xcairo::json_tree::Node root = doc.root();

    std::set<std::string> library;
    std::vector<std::string> missing;
    for (size_t i = 0; i < root.size(); ++i) {
        const xcairo::json_tree::Node entry = root.item(i);
        const std::string code = entry.at("code").string();
        library.insert(code);
        if (xcairo::find_native_hint(code) != nullptr) continue;
        std::string where;
        const xcairo::json_tree::Node places = entry.at("where");
        for (size_t j = 0; j < places.size(); ++j) where += (j ? ", " : "") + places.item(j).string();
        missing.push_back(where + ": " + code.substr(0, code.find('\n')));
    }
    int unmatched = 0;
    for (const xcairo::NativeHint* hint : xcairo::all_native_hints()) {
        if (library.count(std::string(hint->code)) == 0) {
            std::cout << "A native handler claims a text that no library hint has:\n"
                      << hint->code << "\n---\n";
            ++unmatched;
        }
    }
    std::cout << "Library hint texts without a native handler (" << missing.size() << "):\n";
    for (const std::string& line : missing) std::cout << "  " << line << "\n";
    std::cout << "Native handlers cover " << library.size() - missing.size() << " of "
              << library.size() << " library hint texts.\n";
    if (unmatched != 0) return 1;
    return strict && !missing.empty() ? 1 : 0;
}
