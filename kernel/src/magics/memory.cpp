// %memory [ADDR|ap|fp] [N]: memory cells.
#include <charconv>

#include "magics/magic.hpp"

namespace xcairo::kernel {
namespace {

std::optional<int64_t> parse_int(std::string_view text) {
    int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return value;
}

class MemoryMagic final : public Magic {
public:
    MemoryMagic()
        : Magic(ArgParser("memory", "Show N memory cells of the current VM from an address (segment:offset), "
                                    "ap or fp (default: the 10 cells up to ap).")
                    .positional("ADDR", "segment:offset, ap or fp", false)
                    .positional("N", "how many cells (default 10)", false)) {}

    std::vector<std::string> complete_values(Session&) const override { return {"ap", "fp"}; }

private:
    Display run(const ParsedArgs& args, Session& session) override {
        const Machine& machine = session.current().machine();
        const uint64_t count = count_argument(args, "N", 10);
        Relocatable start;
        const std::string where = args.get("ADDR").value_or("");
        if (where.empty()) {
            start = machine.ap();
            start.offset -= std::min<uint64_t>(start.offset, count);
        } else if (where == "ap" || where == "fp") {
            start = where == "ap" ? machine.ap() : machine.fp();
        } else {
            const size_t colon = where.find(':');
            const auto segment = colon == std::string::npos ? std::nullopt : parse_int(where.substr(0, colon));
            const auto offset = colon == std::string::npos ? std::nullopt : parse_int(where.substr(colon + 1));
            if (!segment || !offset || *offset < 0)
                throw UsageError(parser().usage() + "\nmemory: error: ADDR is segment:offset, ap or fp, not " + where);
            start = {*segment, static_cast<uint64_t>(*offset)};
        }
        std::vector<std::vector<std::string>> rows;
        for (uint64_t i = 0; i < count; ++i) {
            const Relocatable addr = start + i;
            const auto value = machine.memory().get(addr);
            std::string marks;
            if (addr == machine.ap()) marks += " <- ap";
            if (addr == machine.fp()) marks += " <- fp";
            rows.push_back({addr.to_string(),
                            value ? (value->is_relocatable() ? value->to_string() : value->felt().to_signed_dec()) : "?",
                            marks});
        }
        return table_display({"address", "value", ""}, rows);
    }
};

}  // namespace

std::unique_ptr<Magic> make_memory_magic() { return std::make_unique<MemoryMagic>(); }

}  // namespace xcairo::kernel
