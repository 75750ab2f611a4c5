#pragma once
// Layouts of the Cairo AIR (cairo-lang's instances.py): the trace cells a prover allocates per step
// for the CPU, range checks, memory, diluted checks and each builtin.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace xcairo {

/// One builtin of a layout (cairo-lang's <Builtin>InstanceDef).
struct BuiltinInstanceDef {
    std::string name;
    /// Steps per instance; nullopt: sized by use (the dynamic layout before its parameters);
    /// 0: the builtin is not used.
    std::optional<uint64_t> ratio;
    /// Low-ratio builtins (range_check, range_check96, add_mod, mul_mod) have ratio / ratio_den.
    std::optional<uint64_t> ratio_den;
    uint32_t memory_cells_per_instance = 1;  ///< the definition's (a runner may count otherwise)
    uint32_t instances_per_component = 1;
    /// The other fields of the definition, in cairo-lang's order, as JSON texts.
    std::vector<std::pair<std::string, std::string>> fields;

    /// An integer field (e.g. n_parts, total_n_bits); throws Error when absent.
    uint64_t field_int(std::string_view key) const;
    /// get_diluted_units_per_builtin: diluted check units of one instance.
    uint64_t diluted_units_per_builtin(uint32_t spacing, uint32_t n_bits) const;
};

struct DilutedPoolDef {
    std::optional<int64_t> log_units_per_step;
    uint32_t spacing = 4;
    uint32_t n_bits = 16;
};

/// cairo-lang's CairoLayout.
struct CairoLayout {
    std::string name;
    std::optional<uint64_t> cpu_component_step = 1;
    std::optional<uint64_t> rc_units = 16;
    bool has_output = false;
    std::vector<BuiltinInstanceDef> builtins;  ///< every builtin but output, in layout order
    uint64_t public_memory_fraction = 4;
    std::optional<uint64_t> memory_units_per_step = 8;
    std::optional<DilutedPoolDef> diluted_pool;
    std::optional<uint32_t> n_trace_columns;
    bool safe_call = true;

    /// Builtin names, output first when the layout has it.
    std::vector<std::string> builtin_names() const;
    /// The definition of a builtin other than output; nullptr when absent.
    const BuiltinInstanceDef* find_builtin(std::string_view name) const;
    /// dataclasses.asdict(layout) as JSON (for comparisons with cairo-lang).
    std::string to_json() const;
};

/// The parameters of build_dynamic_layout(); all unset: the dynamic layout of LAYOUTS.
struct DynamicLayoutParams {
    std::optional<uint64_t> cpu_component_step;
    std::optional<uint64_t> rc_units;
    std::optional<uint64_t> memory_units_per_step;
    std::optional<int64_t> log_diluted_units_per_step;
    /// "<builtin>" and "<builtin>_den" (low-ratio builtins) of every builtin but output.
    std::optional<std::vector<std::pair<std::string, uint64_t>>> ratios;
};
/// build_dynamic_layout(**params).
CairoLayout dynamic_layout(const DynamicLayoutParams& params);

/// The layout of that name (all of instances.py's LAYOUTS, and all_cairo); nullptr if unknown.
/// "dynamic" is build_dynamic_layout() without parameters: no ratio, sized by use.
const CairoLayout* find_layout(std::string_view name);
/// Every layout name cairo-run's --layout accepts, in its order.
const std::vector<std::string>& layout_names();
/// Every layout xcairo defines (cairo-run's, then all_cairo).
const std::vector<CairoLayout>& all_layouts();

/// The dynamic layout of a --cairo_layout_params_file (CairoLayoutParams(**json).to_cairo_layout()).
/// Throws UncaughtError with the text of cairo-run's traceback (TypeError, JSONDecodeError) or
/// AssertionFailure for its failed assertions.
CairoLayout dynamic_layout_from_params(std::string_view json_text);

}  // namespace xcairo
