// The public hint types: HintError, ExecScopes, HintContext helpers.
#include "vmcore/hint_executor.hpp"

#include "builtins/ecdsa_runner.hpp"
#include "builtins/mod_builtin.hpp"
#include "hints/scope_variables.hpp"

namespace xcairo {

HintError::HintError(std::string python_class, std::string message, int64_t hint_line,
                     std::vector<HintFrame> inner_frames)
    : Error(message.empty() ? python_class : python_class + ": " + message),
      m_class(std::move(python_class)),
      m_message(std::move(message)),
      m_hint_line(hint_line),
      m_frames(std::move(inner_frames)) {}

void ExecScopes::exit() {
    if (m_scopes.size() <= 1) throw HintError("AssertionError", "Cannot exit main scope.");
    m_scopes.pop_back();
    m_bridged.pop_back();
}

std::any* ExecScopes::lookup(const std::string& name, int64_t hint_line) {
    Scope& scope = current();
    auto native = scope.find(name);
    if (m_bridge == nullptr) return native == scope.end() ? nullptr : &native->second;
    auto& bridged = m_bridged.back();
    auto copied = bridged.find(name);
    if (copied == bridged.end()) {
        if (native != scope.end()) return &native->second;  // a native hint's own variable
        if (!is_caller_variable(name)) return nullptr;
    } else {
        // A copy stays valid while the executor's variable holds the object it was made from.
        const bool same = m_bridge->identity(*this, name) == copied->second.identity;
        if (same && native != scope.end()) return &native->second;
        if (native != scope.end()) scope.erase(native);
        bridged.erase(copied);
    }
    std::optional<ForeignVariable> foreign = m_bridge->read(*this, name, hint_line);
    if (!foreign) return nullptr;
    std::any& value = scope[name] = caller_variable(name, foreign->value, hint_line);
    bridged.emplace(name, std::move(*foreign));
    return &value;
}

void ExecScopes::set(const std::string& name, std::any value) {
    current()[name] = std::move(value);
    m_bridged.back().erase(name);
}

void ExecScopes::erase(const std::string& name) {
    current().erase(name);
    m_bridged.back().erase(name);
    if (m_bridge) m_bridge->erase(*this, name);
}

std::string ScopeValue::type_name() const {
    switch (kind) {
        case Kind::none: return "NoneType";
        case Kind::value: return value.is_relocatable() ? "RelocatableValue" : "int";
        case Kind::list: return "list";
        case Kind::tuple: return "tuple";
        case Kind::dict: return "dict";
    }
    return "object";
}

std::any& ExecScopes::at(const std::string& name, int64_t hint_line) {
    std::any* found = lookup(name, hint_line);
    if (found == nullptr) throw HintError("NameError", "name '" + name + "' is not defined", hint_line);
    return *found;
}

void ExecScopes::wrong_type(const std::string& name, int64_t hint_line) {
    throw HintError("TypeError", "xcairo: the scope variable '" + name +
                                     "' holds a value of another type than this hint expects.",
                    hint_line);
}

Relocatable HintContext::load_data(const Relocatable& ptr,
                                   const std::vector<MaybeRelocatable>& data) {
    for (size_t i = 0; i < data.size(); ++i) set_unvalidated(ptr + i, data[i]);
    return ptr + data.size();
}

void HintContext::add_deduction_rule(int64_t, std::shared_ptr<DeductionRule>) {
    throw HintError("NotImplementedError", "xcairo: vm_add_auto_deduction_rule is not supported here");
}

void HintContext::add_validation_rule(int64_t, std::shared_ptr<ValidationRule>) {
    throw HintError("NotImplementedError", "xcairo: vm_add_validation_rule is not supported here");
}

bool HintContext::is_accessed(const Relocatable&) const {
    throw HintError("NotImplementedError", "xcairo: is_accessed is not supported here");
}

void HintContext::load_program(std::shared_ptr<const Program>, const Relocatable&) {
    throw HintError("NotImplementedError", "xcairo: vm_load_program is not supported here");
}

const BuiltinInstanceDef* HintContext::builtin_instance_def(const std::string& name) const {
    const BuiltinRunner* runner = builtin_runner(name);
    return runner != nullptr ? &runner->instance_def() : nullptr;
}

std::optional<Relocatable> HintContext::builtin_base(const std::string& name) const {
    const BuiltinRunner* runner = builtin_runner(name);
    return runner != nullptr ? std::optional<Relocatable>(runner->base()) : std::nullopt;
}

std::optional<Relocatable> HintContext::builtin_zero_value(const std::string& name) const {
    const auto* mod = dynamic_cast<const ModBuiltinRunner*>(builtin_runner(name));
    return mod != nullptr ? mod->zero_value_address() : std::nullopt;
}

std::string HintContext::add_ecdsa_signature(const MaybeRelocatable& addr, const Felt::Limbs& r,
                                             const Felt::Limbs& s) {
    auto* ecdsa = dynamic_cast<EcdsaRunner*>(builtin_runner("ecdsa"));
    if (ecdsa == nullptr) throw Error("xcairo: the program runs no ecdsa builtin");
    return ecdsa->add_signature(addr, EcdsaSignature{r, s});
}

}  // namespace xcairo
