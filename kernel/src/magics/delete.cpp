// %delete ID: remove a breakpoint.
#include "magics/magic.hpp"

namespace xcairo::kernel {
namespace {

class DeleteMagic final : public Magic {
public:
    DeleteMagic() : Magic(ArgParser("delete", "Remove a breakpoint of the current VM.").positional("ID", "as %breaks lists it")) {}

private:
    Display run(const ParsedArgs& args, Session& session) override {
        const uint64_t id = count_argument(args, "ID", 0);
        session.delete_breakpoint(static_cast<int>(id));
        return text_display("Deleted breakpoint " + std::to_string(id) + ".");
    }
};

}  // namespace

std::unique_ptr<Magic> make_delete_magic() { return std::make_unique<DeleteMagic>(); }

}  // namespace xcairo::kernel
