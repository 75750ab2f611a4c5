#pragma once
// Hints: what a running hint sees (HintContext), its execution scopes, the failure it reports
// (HintError), and the extension point for hints without a native handler (HintExecutor).
#include <any>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vmcore/errors.hpp"
#include "vmcore/layout.hpp"
#include "vmcore/memory_rules.hpp"
#include "vmcore/program.hpp"
#include "vmcore/value.hpp"

namespace xcairo {

class BuiltinRunner;
class Memory;

/// One frame of a Python traceback below the hint's own frame (a library helper the hint calls).
struct HintFrame {
    std::string filename;
    int64_t line = 0;
    std::string function;
    std::string source;  ///< the stripped source line, "" when unknown
    /// The line Python 3.11 prints under `source` (after the same indent) to mark the failing
    /// expression when it is not the whole line ("       ^^^^"; "" for none).
    std::string marker = "";
};

/// A hint that failed, described as the Python exception cairo-run reports ("Got an exception
/// while executing a hint." and the traceback). what() is "python_class: message".
class HintError : public Error {
  public:
    /// hint_line: the 1-based line of the hint's code that raised (0: unknown).
    HintError(std::string python_class, std::string message, int64_t hint_line = 0,
              std::vector<HintFrame> inner_frames = {});
    const std::string& python_class() const noexcept { return m_class; }
    const std::string& message() const noexcept { return m_message; }
    int64_t hint_line() const noexcept { return m_hint_line; }
    const std::vector<HintFrame>& inner_frames() const noexcept { return m_frames; }

    /// An executor that formats the whole "Traceback (most recent call last): ..." text itself
    /// (as cairo-lang's HintException.exception_str) sets it here; it then wins.
    std::optional<std::string> formatted_traceback;
    /// True for a hint that could not be compiled ("Got an exception while compiling a hint.").
    bool while_compiling = false;
    /// The executor's own exception object, when the error comes from its code (a memory rule):
    /// the executor raises it again as it is when the error crosses back into a hint.
    std::shared_ptr<const void> cause;

  private:
    std::string m_class;
    std::string m_message;
    int64_t m_hint_line;
    std::vector<HintFrame> m_frames;
};

/// A value an executor's hint left in a scope variable, in the shapes native hints can take:
/// None, an int or a Relocatable, a list, a tuple, a dict.
struct ScopeValue {
    enum class Kind { none, value, list, tuple, dict };
    Kind kind = Kind::none;
    MaybeRelocatable value;          ///< Kind::value
    bool reduced = false;            ///< an int outside [0, P), taken modulo P in `value`
    std::vector<ScopeValue> items;   ///< list and tuple items; a dict's key, value, key, value…

    /// The Python type's name ("int", "Relocatable", "list"…), for error messages.
    std::string type_name() const;
};

/// The variable of an executor's scope, taken for a native hint.
struct ForeignVariable {
    ScopeValue value;
    const void* identity = nullptr;        ///< the executor's object (equal: the same object)
    std::shared_ptr<const void> keep;      ///< holds that object while the copy lives
};

class ExecScopes;

/// An executor's side of the execution scopes (the Python dicts of Python hints), which native
/// hints read when a variable they need was set by the executor's hints only (e.g. a program's
/// `%{ initial_dict = {...} %}` before dict_new). Both sides share the ExecScopes stack: the
/// executor keeps its own state in each scope's variables.
class ScopeBridge {
  public:
    virtual ~ScopeBridge() = default;
    /// The executor's object for `name` in the current scope, nullptr when it has none.
    virtual const void* identity(ExecScopes& scopes, const std::string& name) = 0;
    /// That variable converted; HintError(TypeError, on hint line `line`) naming the variable and
    /// its type when it holds a value ScopeValue cannot express.
    virtual std::optional<ForeignVariable> read(ExecScopes& scopes, const std::string& name,
                                                int64_t line) = 0;
    /// `del name` in the executor's current scope (a native hint deleted what it read).
    virtual void erase(ExecScopes& scopes, const std::string& name) = 0;
};

/// cairo-lang's exec_scopes: a stack of variable dictionaries, the main scope at the bottom.
/// Native hints keep typed C++ state in it; an executor may keep its own objects (any type).
/// A variable the native side lacks is taken from the bridge, when there is one and the name is
/// one that library hints read from their caller (initial_dict, auth_path, preimage…).
class ExecScopes {
  public:
    using Scope = std::unordered_map<std::string, std::any>;

    ExecScopes() : m_scopes(1), m_bridged(1) {}

    /// vm_enter_scope(new_scope_locals): the variables of the new scope (and no others).
    void enter(Scope locals = {}) {
        m_scopes.push_back(std::move(locals));
        m_bridged.emplace_back();
    }
    /// vm_exit_scope(); HintError(AssertionError "Cannot exit main scope.") at the main scope.
    void exit();
    Scope& current() noexcept { return m_scopes.back(); }
    size_t depth() const noexcept { return m_scopes.size(); }

    /// The variable in the current scope, or HintError(NameError) as Python reports a missing
    /// name; HintError(TypeError) when it holds another type.
    template <class T>
    T& get(const std::string& name, int64_t hint_line = 0) {
        T* value = std::any_cast<T>(&at(name, hint_line));
        if (value == nullptr) wrong_type(name, hint_line);
        return *value;
    }
    /// The variable, of any type, or HintError(NameError).
    std::any& at(const std::string& name, int64_t hint_line = 0);
    /// The variable if the current scope has it with type T, else nullptr.
    template <class T>
    T* find(const std::string& name, int64_t hint_line = 0) {
        std::any* found = lookup(name, hint_line);
        return found == nullptr ? nullptr : std::any_cast<T>(found);
    }
    /// The variable of the current scope (from the bridge if only the executor set it), or nullptr.
    std::any* lookup(const std::string& name, int64_t hint_line = 0);
    void set(const std::string& name, std::any value);
    /// `del name` (on both sides).
    void erase(const std::string& name);

    /// The executor's side, consulted by lookup(); nullptr: none.
    void set_bridge(ScopeBridge* bridge) noexcept { m_bridge = bridge; }

  private:
    [[noreturn]] static void wrong_type(const std::string& name, int64_t hint_line);

    std::vector<Scope> m_scopes;
    /// Per scope: the variables copied from the bridge, and the executor's objects they came from.
    std::vector<std::unordered_map<std::string, ForeignVariable>> m_bridged;
    ScopeBridge* m_bridge = nullptr;
};

/// The value of `ids.name` for a hint (cairo-lang's VmConsts): a felt or pointer reference gives
/// its value; a struct-typed reference gives its address (as T*); a constant its value; a
/// struct's name the struct type (ids.T.SIZE and ids.T.member are names of their own).
struct IdsValue {
    MaybeRelocatable value;
    CairoTypePtr type;  ///< felt, T* (pointer), or nullptr for a constant
};

/// Everything a running hint reaches, as cairo-lang's exec_locals give it.
class HintContext {
  public:
    virtual ~HintContext() = default;

    /// The program of the hint being run (the run's, or one a hint loaded).
    virtual const Program& program() const = 0;
    /// The program the run started with (its builtins are the run's).
    virtual const Program& run_program() const { return program(); }
    /// The hint being run and its index among the hints of its pc.
    virtual const Hint& hint() const = 0;
    virtual size_t hint_index() const = 0;

    virtual Relocatable pc() const = 0;
    virtual Relocatable ap() const = 0;
    virtual Relocatable fp() const = 0;
    virtual uint64_t current_step() const = 0;

    /// memory[addr]; nullopt for an unknown cell.
    virtual std::optional<MaybeRelocatable> get(const Relocatable& addr) const = 0;
    /// memory[addr] = value through the builtins' validation rules; throws HintError.
    virtual void set(const Relocatable& addr, const MaybeRelocatable& value) = 0;
    /// The same without validation rules, as segments.load_data writes (cairo-lang's MemoryDict
    /// under its ValidatedMemoryDict); the default is set().
    virtual void set_unvalidated(const Relocatable& addr, const MaybeRelocatable& value) {
        set(addr, value);
    }
    /// segments.add() and segments.add_temp_segment().
    virtual Relocatable add_segment() = 0;
    virtual Relocatable add_temp_segment() = 0;

    /// ids.name (dotted member paths allowed: "dict_ptr.key"); throws HintError.
    virtual IdsValue ids(std::string_view name) = 0;
    /// ids.name = value (the reference must be a memory cell); throws HintError.
    virtual void set_ids(std::string_view name, const MaybeRelocatable& value) = 0;

    virtual ExecScopes& scopes() = 0;
    /// The runner of a builtin the program uses (e.g. "range_check"), or nullptr.
    virtual BuiltinRunner* builtin_runner(const std::string& name) const = 0;
    /// The run's memory itself, for hints that hand it to a builtin's own filling
    /// (run_mod_p_circuit); nullptr where the context has none.
    virtual Memory* memory() { return nullptr; }

    /// memory.add_relocation_rule(src_ptr=src, dest_ptr=dest) called from hint line `line`: throws
    /// HintError as memory_dict.py fails (AssertionError, AttributeError for an integer src_ptr,
    /// with its frame), NotImplementedError for what xcairo does not support.
    void add_relocation_rule(const MaybeRelocatable& src, const MaybeRelocatable& dest, int64_t line);

    /// segments.load_data: writes the values from ptr on (set_unvalidated); returns ptr + size.
    Relocatable load_data(const Relocatable& ptr, const std::vector<MaybeRelocatable>& data);

    /// vm_add_auto_deduction_rule(segment, rule) and vm_add_validation_rule(segment, rule): the
    /// rule runs after the segment's builtin rule and the rules added before it. The default
    /// throws HintError (NotImplementedError) for contexts without a VM.
    virtual void add_deduction_rule(int64_t segment, std::shared_ptr<DeductionRule> rule);
    virtual void add_validation_rule(int64_t segment, std::shared_ptr<ValidationRule> rule);

    /// is_accessed(addr): whether an instruction run so far accessed the cell (cairo-lang's
    /// vm.is_accessed); throws HintError where the context cannot tell.
    virtual bool is_accessed(const Relocatable& addr) const;

    /// vm_load_program(program, program_base): the program's hints, debug info and
    /// error_message attributes apply at program_base + offset from now on; throws HintError.
    virtual void load_program(std::shared_ptr<const Program> program, const Relocatable& base);

    /// `<name>_builtin.instance_def`: the layout's definition of a builtin that runs, or nullptr.
    const BuiltinInstanceDef* builtin_instance_def(const std::string& name) const;
    /// `<name>_builtin.base`: the segment of a builtin that runs, or nullopt.
    std::optional<Relocatable> builtin_base(const std::string& name) const;
    /// `<name>_builtin.zero_value` of add_mod and mul_mod: the zeros their empty instances point
    /// at; nullopt for the other builtins.
    std::optional<Relocatable> builtin_zero_value(const std::string& name) const;
    /// `ecdsa_builtin.add_signature(addr, (r, s))`, r and s below 2^256: "" when added, else
    /// cairo-lang's assertion text; throws Error when the ecdsa builtin does not run.
    std::string add_ecdsa_signature(const MaybeRelocatable& addr, const Felt::Limbs& r,
                                    const Felt::Limbs& s);
};

/// How often a run executed one hint text (all the hints of the program with that text).
struct HintExecutions {
    std::string code;
    bool native = false;  ///< run by a native handler (else by the hint executor, or by none)
    uint64_t count = 0;
};

/// A hint as the executor is given it at load.
struct HintSpec {
    const Program& program;
    const Hint& hint;
    uint64_t pc = 0;          ///< offset in the program
    size_t index_at_pc = 0;   ///< among the hints of that pc
    size_t hint_id = 0;       ///< cairo-lang's <hint{id}> numbering, in program order
};

/// Runs the hints that have no native handler (e.g. an embedded Python interpreter).
class HintExecutor {
  public:
    virtual ~HintExecutor() = default;
    /// Prepares a hint once at load; nullopt when this executor does not run it. May throw
    /// HintError with while_compiling set (reported as cairo-run reports a hint syntax error).
    virtual std::optional<uint64_t> compile(const HintSpec& hint) = 0;
    /// Runs a hint that compile() accepted; throws HintError.
    virtual void execute(uint64_t handle, HintContext& context) = 0;
    /// Its side of the execution scopes, for native hints that read its hints' variables.
    virtual ScopeBridge* scope_bridge() { return nullptr; }
};

}  // namespace xcairo
