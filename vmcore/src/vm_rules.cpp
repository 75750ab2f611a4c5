// The VM's memory rules (cairo-lang's auto_deduction and ValidatedMemoryDict): the builtins' own,
// then those hints add, all on the step loop's cold paths.
#include "builtins/builtin_runner.hpp"
#include "value_ops.hpp"
#include "vm.hpp"

namespace xcairo {

void Vm::cover_segment(int64_t segment) {
    // Unsigned differences: a temporary segment (negative) is covered as well.
    const uint64_t index = static_cast<uint64_t>(segment);
    if (m_validators.empty()) m_validated_first = index;
    const uint64_t below = m_validated_first - index;
    if (below != 0 && below <= UINT64_MAX / 2) {
        m_validators.insert(m_validators.begin(), below, nullptr);
        m_validated_first = index;
    }
    if (index - m_validated_first >= m_validators.size()) {
        m_validators.resize(index - m_validated_first + 1, nullptr);
    }
}

void Vm::add_validation_rule(const BuiltinRunner& runner) {
    cover_segment(runner.base().segment);
    m_validators[static_cast<uint64_t>(runner.base().segment) - m_validated_first] = &runner;
}

void Vm::add_validation_rule(int64_t segment, std::shared_ptr<ValidationRule> rule) {
    if (m_rule_validators.empty()) {
        // The addresses the builtins' rules validated so far (cairo-lang has kept them all along).
        std::vector<Relocatable> validated;
        for (const WriteRun& run : m_memory.write_order()) {
            if (static_cast<uint64_t>(run.start.segment) - m_validated_first >= m_validators.size())
                continue;
            const BuiltinRunner* runner =
                m_validators[static_cast<uint64_t>(run.start.segment) - m_validated_first];
            for (uint64_t i = 0; runner != nullptr && i < run.count; ++i) {
                runner->validated_addresses(m_memory, run.start + i, validated);
            }
        }
        m_validated.insert(validated.begin(), validated.end());
    }
    cover_segment(segment);
    m_rule_validators.emplace_back(segment, std::move(rule));
}

bool Vm::validate_write(const Relocatable& addr, const MaybeRelocatable& value) {
    const BuiltinRunner* runner = m_validators[static_cast<uint64_t>(addr.segment) - m_validated_first];
    if (!m_rule_validators.empty()) return validate_with_rules(addr, value, runner);
    if (runner == nullptr) return true;
    std::string message = runner->validate(m_memory, addr, value);
    return message.empty() || fail(std::move(message));
}

bool Vm::validate_with_rules(const Relocatable& addr, const MaybeRelocatable& value,
                             const BuiltinRunner* runner) {
    // _validate_memory_cell: no rule for an address validated before; each rule's addresses are
    // validated from then on.
    if (m_validated.contains(addr)) return true;
    if (runner != nullptr) {
        std::string message = runner->validate(m_memory, addr, value);
        if (!message.empty()) return fail(std::move(message));
        std::vector<Relocatable> validated;
        runner->validated_addresses(m_memory, addr, validated);
        m_validated.insert(validated.begin(), validated.end());
    }
    for (size_t i = 0; i < m_rule_validators.size(); ++i) {
        // A rule may add rules: indices stay valid, and the new ones run too, as in cairo-lang.
        if (m_rule_validators[i].first != addr.segment) continue;
        const std::shared_ptr<ValidationRule> rule = m_rule_validators[i].second;
        try {
            const std::vector<Relocatable> validated = rule->validate(*m_rule_context, addr);
            m_validated.insert(validated.begin(), validated.end());
        } catch (const HintError& error) {
            return rule_failed(error);
        }
    }
    return true;
}

bool Vm::rule_failed(const HintError& error) {
    // as_vm_exception: the step's error is str(exc).
    fail(error.message());
    m_rule_failure = error;
    return false;
}

void Vm::add_deduction_rule(const BuiltinRunner& runner) {
    m_deducers.push_back(&runner);
    m_deduces = true;
}

void Vm::add_deduction_rule(int64_t segment, std::shared_ptr<DeductionRule> rule) {
    m_rule_deducers.emplace_back(segment, std::move(rule));
    m_deduces = true;
}

bool Vm::deduce_operand(const Relocatable& addr, MaybeRelocatable& value, bool& known) {
    // deduce_memory_cell: the first rule of the segment that gives a value, through the
    // validated memory.
    std::optional<MaybeRelocatable> deduced;
    for (const BuiltinRunner* runner : m_deducers) {
        if (runner->base().segment != addr.segment) continue;
        std::string error;
        if (!runner->deduce(m_memory, addr, deduced, error)) return fail(std::move(error));
        if (deduced) break;
    }
    for (size_t i = 0; i < m_rule_deducers.size() && !deduced && !addr.is_integer(); ++i) {
        if (m_rule_deducers[i].first != addr.segment) continue;
        const std::shared_ptr<DeductionRule> rule = m_rule_deducers[i].second;
        try {
            deduced = rule->deduce(*m_rule_context, addr);
        } catch (const HintError& error) {
            return rule_failed(error);
        }
    }
    if (!deduced) return true;
    if (!write(addr, *deduced)) return false;
    value = *deduced;
    known = true;
    return true;
}

std::optional<RuleFailure> Vm::verify_auto_deductions() {
    const auto inconsistent = [](std::string message) {
        return RuleFailure{"starkware.cairo.lang.vm.vm_exceptions.InconsistentAutoDeductionError",
                           std::move(message)};
    };
    // Every cell, in cairo-lang's order of insertion (a rule's writes may extend the list); a run
    // of cells lies in one segment.
    std::string error;
    // The rules of each segment, looked up once (hints' rules may name any segment).
    struct SegmentRules {
        const BuiltinRunner* builtin = nullptr;
        bool hints = false;
    };
    std::vector<SegmentRules> by_segment(m_memory.segment_count());
    const auto rules_of = [&](int64_t segment) {
        if (segment >= 0 && static_cast<uint64_t>(segment) < by_segment.size()) return by_segment[segment];
        SegmentRules rules;
        for (const auto& [rule_segment, rule] : m_rule_deducers) rules.hints |= rule_segment == segment;
        return rules;
    };
    for (const BuiltinRunner* runner : m_deducers) by_segment.at(runner->base().segment).builtin = runner;
    for (const auto& [segment, rule] : m_rule_deducers) {
        if (segment >= 0 && static_cast<uint64_t>(segment) < by_segment.size()) by_segment[segment].hints = true;
    }
    for (size_t r = 0; r < m_memory.write_order().size(); ++r) {
        const WriteRun run = m_memory.write_order()[r];
        if (run.start.is_integer()) continue;
        const auto [builtin, hints_rules] = rules_of(run.start.segment);
        if (builtin == nullptr && !hints_rules) continue;
        for (uint64_t i = 0; i < run.count; ++i) {
            const Relocatable addr = run.start + i;
            bool mismatch = false;
            if (builtin != nullptr && !builtin->verify_auto_deduction(m_memory, addr, error, mismatch)) {
                if (mismatch) return inconsistent(std::move(error));
                return RuleFailure{"AssertionError", std::move(error)};
            }
            for (size_t k = 0; hints_rules && k < m_rule_deducers.size(); ++k) {
                if (m_rule_deducers[k].first != addr.segment) continue;
                const std::shared_ptr<DeductionRule> rule = m_rule_deducers[k].second;
                const MaybeRelocatable current = *m_memory.get(addr);
                try {
                    if (auto value = rule->mismatch(*m_rule_context, addr, current)) {
                        return inconsistent(inconsistent_deduction_text(addr, current, *value));
                    }
                } catch (const HintError& error) {
                    return RuleFailure{error.python_class(), error.message()};
                }
            }
        }
    }
    return std::nullopt;
}

}  // namespace xcairo
