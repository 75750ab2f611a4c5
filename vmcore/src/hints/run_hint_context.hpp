#pragma once
// The HintContext of a Runner's run: registers and memory of its Vm, its builtins and scopes.
#include "hints/hint_processor.hpp"
#include "vm.hpp"
#include "vmcore/runner.hpp"

namespace xcairo {

class RunHintContext final : public HintContext {
  public:
    RunHintContext(Runner& runner, Memory& memory, Vm& vm, ExecScopes& scopes)
        : m_runner(runner), m_memory(memory), m_vm(vm), m_scopes(scopes) {}

    /// The hint about to run.
    void select(CompiledHint& hint) noexcept { m_hint = &hint; }

    const Program& program() const override { return *m_hint->program; }
    const Program& run_program() const override { return m_runner.program(); }
    const Hint& hint() const override { return *m_hint->hint; }
    size_t hint_index() const override { return m_hint->index_at_pc; }
    Relocatable pc() const override { return m_vm.registers().pc; }
    Relocatable ap() const override { return m_vm.registers().ap; }
    Relocatable fp() const override { return m_vm.registers().fp; }
    uint64_t current_step() const override { return m_vm.current_step(); }
    std::optional<MaybeRelocatable> get(const Relocatable& addr) const override {
        return m_memory.get(addr);
    }
    void set(const Relocatable& addr, const MaybeRelocatable& value) override { write(addr, value, true); }
    void set_unvalidated(const Relocatable& addr, const MaybeRelocatable& value) override {
        write(addr, value, false);
    }
    Relocatable add_segment() override { return m_memory.add_segment(); }
    Relocatable add_temp_segment() override { return m_memory.add_temp_segment(); }
    IdsValue ids(std::string_view name) override;
    void set_ids(std::string_view name, const MaybeRelocatable& value) override;
    ExecScopes& scopes() override { return m_scopes; }
    BuiltinRunner* builtin_runner(const std::string& name) const override {
        return m_runner.builtin_runner(name);
    }
    Memory* memory() override { return &m_memory; }
    bool is_accessed(const Relocatable& addr) const override { return m_runner.is_accessed(addr); }
    void add_deduction_rule(int64_t segment, std::shared_ptr<DeductionRule> rule) override {
        m_vm.add_deduction_rule(segment, std::move(rule));
    }
    void add_validation_rule(int64_t segment, std::shared_ptr<ValidationRule> rule) override {
        m_vm.add_validation_rule(segment, std::move(rule));
    }
    void load_program(std::shared_ptr<const Program> program, const Relocatable& base) override {
        m_runner.load_program(std::move(program), base);
    }

  private:
    const IdsRef& ids_ref(std::string_view name);
    void write(const Relocatable& addr, const MaybeRelocatable& value, bool validated);

    Runner& m_runner;
    Memory& m_memory;
    Vm& m_vm;
    ExecScopes& m_scopes;
    CompiledHint* m_hint = nullptr;
};

}  // namespace xcairo
