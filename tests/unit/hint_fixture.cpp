#include "hint_fixture.hpp"

namespace xcairo::testing {
namespace {

class TestContext final : public HintContext {
  public:
    TestContext(const Program& program, Memory& memory, Relocatable ap, Relocatable fp,
                ExecScopes& scopes, BuiltinRunner* range_check)
        : m_program(program), m_memory(memory), m_ap(ap), m_fp(fp), m_scopes(scopes),
          m_range_check(range_check) {}

    const Program& program() const override { return m_program; }
    const Hint& hint() const override { return m_program.hints.at(0).front(); }
    size_t hint_index() const override { return 0; }
    Relocatable pc() const override { return Relocatable{0, 0}; }
    Relocatable ap() const override { return m_ap; }
    Relocatable fp() const override { return m_fp; }
    uint64_t current_step() const override { return 0; }
    std::optional<MaybeRelocatable> get(const Relocatable& addr) const override {
        return m_memory.get(addr);
    }
    void set(const Relocatable& addr, const MaybeRelocatable& value) override {
        if (m_memory.insert(addr, value) != Memory::WriteStatus::kOk)
            throw HintError("starkware.cairo.lang.vm.memory_dict.InconsistentMemoryError",
                            "Inconsistent memory assignment at address " + addr.to_string() + ".");
    }
    Relocatable add_segment() override { return m_memory.add_segment(); }
    Relocatable add_temp_segment() override { return m_memory.add_temp_segment(); }
    IdsValue ids(std::string_view) override { throw Error("not used by native hints"); }
    void set_ids(std::string_view, const MaybeRelocatable&) override {
        throw Error("not used by native hints");
    }
    ExecScopes& scopes() override { return m_scopes; }
    BuiltinRunner* builtin_runner(const std::string& name) const override {
        return name == "range_check" ? m_range_check : nullptr;
    }
    Memory* memory() override { return &m_memory; }

  private:
    const Program& m_program;
    Memory& m_memory;
    Relocatable m_ap;
    Relocatable m_fp;
    ExecScopes& m_scopes;
    BuiltinRunner* m_range_check;
};

}  // namespace

void HintFixture::add_reference(const std::string& name, const std::string& value,
                                const std::string& type) {
    Reference ref;
    ref.value_text = value;
    ref.value = parse_cairo_expr(value);
    m_ids.emplace_back("__main__." + name, m_program->references.size());
    m_program->references.push_back(ref);
    Identifier id;
    id.kind = IdentifierKind::Reference;
    id.full_name = "__main__." + name;
    id.cairo_type = parse_cairo_type(type);
    id.references = {ref};
    m_program->identifiers.add("__main__." + name, std::move(id));
}

void HintFixture::run() {
    auto names = std::make_shared<std::vector<std::pair<std::string, uint64_t>>>(m_ids);
    std::vector<ReferenceIds::Entry> entries;
    for (const auto& [name, id] : *names) entries.emplace_back(name, id);
    Hint h;
    h.code = m_code;
    h.accessible_scopes = {"__main__"};
    h.flow_tracking_data.reference_ids = std::make_shared<ReferenceIds>(names, entries);
    m_program->hints[0] = {h};
    HintProcessor processor(nullptr);
    processor.load(*m_program, Relocatable{0, 0});
    const std::shared_ptr<HintProcessor::Hints> hints = processor.hints_at(Relocatable{0, 0});
    ASSERT_NE(hints, nullptr);
    ASSERT_NE(hints->front().native, nullptr) << "no native handler for: " << m_code;
    TestContext context(*m_program, m_memory, m_ap, m_fp, m_scopes, m_range_check.get());
    try {
        processor.run(hints->front(), context);
    } catch (HintFailure& failure) {
        throw failure.error;
    }
}

std::string hint_error_of(const std::function<void()>& call) {
    try {
        call();
    } catch (const HintError& e) {
        return e.what();
    }
    return "";
}

std::string HintFixture::run_error() {
    return hint_error_of([this] { run(); });
}

}  // namespace xcairo::testing
