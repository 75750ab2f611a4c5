#pragma once
// A fixture for native hint tests: a one-hint program whose ids are fp-based cells or constants,
// a memory, registers and scopes, and the hint run through the HintProcessor.
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "builtins/builtin_runner.hpp"
#include "hints/hint_processor.hpp"

namespace xcairo::testing {

/// The text of the HintError that call throws ("" when it throws none).
std::string hint_error_of(const std::function<void()>& call);

class HintFixture : public ::testing::Test {
  protected:
    /// The hint's text (set before adding ids).
    void hint(std::string code) { m_code = std::move(code); }
    /// ids.name: a cell at fp + i (i counts the cells added so far) of type felt or T*.
    Relocatable cell(const std::string& name, const std::string& type = "felt") {
        const Relocatable at = m_fp + m_cells;
        add_reference(name, "[cast(fp + " + std::to_string(m_cells) + ", " + type + "*)]", type);
        ++m_cells;
        return at;
    }
    /// ids.name bound to an expression (e.g. "cast(fp, MyStruct*)" for a pointer to struct).
    void reference(const std::string& name, const std::string& value, const std::string& type) {
        add_reference(name, value, type);
    }
    void constant(const std::string& name, const Felt& value) {
        Identifier id;
        id.kind = IdentifierKind::Const;
        id.value = value;
        m_program->identifiers.add("__main__." + name, std::move(id));
    }
    /// A struct __main__.name with felt members at offsets 0, 1, ...
    void struct_type(const std::string& name, const std::vector<std::string>& members) {
        Identifier s;
        s.kind = IdentifierKind::Struct;
        s.full_name = "__main__." + name;
        s.size = static_cast<int64_t>(members.size());
        for (size_t i = 0; i < members.size(); ++i)
            s.members.push_back(Member{members[i], static_cast<int64_t>(i), CairoType::felt()});
        std::string full_name = s.full_name;
        m_program->identifiers.add(std::move(full_name), std::move(s));
    }
    void with_range_check() { m_range_check = make_builtin_runner("range_check", m_memory.add_segment()); }

    void put(const Relocatable& at, const MaybeRelocatable& v) { m_memory.insert(at, v); }
    void put(const Relocatable& at, int64_t v) { m_memory.insert(at, Felt::from_i64(v)); }
    std::optional<MaybeRelocatable> at(const Relocatable& addr) const { return m_memory.get(addr); }
    Felt felt_at(const Relocatable& addr) const {
        const auto v = m_memory.get(addr);
        EXPECT_TRUE(v && v->is_felt()) << "no felt at " << addr.to_string();
        return v && v->is_felt() ? v->felt() : Felt();
    }
    Relocatable ap() const { return m_ap; }
    Relocatable fp() const { return m_fp; }
    ExecScopes& scopes() { return m_scopes; }
    Memory& memory() { return m_memory; }

    /// Runs the hint (resolved like a loaded program's); throws HintError.
    void run();
    /// Runs the hint and returns the Python exception text it fails with ("" when it passes).
    std::string run_error();

  private:
    void add_reference(const std::string& name, const std::string& value, const std::string& type);

    std::shared_ptr<Program> m_program = std::make_shared<Program>();
    std::string m_code;
    std::vector<std::pair<std::string, uint64_t>> m_ids;
    Memory m_memory;
    Relocatable m_program_base = m_memory.add_segment();
    Relocatable m_fp = m_memory.add_segment() + 10;
    Relocatable m_ap = m_fp + 20;
    uint64_t m_cells = 0;
    ExecScopes m_scopes;
    std::unique_ptr<BuiltinRunner> m_range_check;
};

}  // namespace xcairo::testing
