// %cairo_path [DIR]: the directories searched for programs and sources.
#include "magics/magic.hpp"

namespace xcairo::kernel {
namespace {

class CairoPathMagic final : public Magic {
public:
    CairoPathMagic()
        : Magic(ArgParser("cairo_path", "Add a directory searched for programs (%cairo_load) and Cairo sources; "
                                        "without DIR, list the search path.")
                    .positional("DIR", "a directory", false)) {}

private:
    Display run(const ParsedArgs& args, Session& session) override {
        if (const auto dir = args.get("DIR")) session.add_search_dir(*dir);
        std::string text = "Search path:\n";
        for (const auto& path : session.search_path()) text += "  " + path.string() + "\n";
        return text_display(text);
    }
};

}  // namespace

std::unique_ptr<Magic> make_cairo_path_magic() { return std::make_unique<CairoPathMagic>(); }

}  // namespace xcairo::kernel
