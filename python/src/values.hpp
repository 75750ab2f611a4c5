#pragma once
// Cairo values in Python: field elements as ints in [0, P), addresses as xcairo.Relocatable.
#include <optional>
#include <pybind11/pybind11.h>

#include "vmcore/value.hpp"

namespace xcairo::python {

namespace py = pybind11;

/// The felt as an int in [0, P).
py::int_ felt_to_int(const Felt& value);
/// The felt as cairo-run prints it: in (-P/2, P/2].
py::int_ felt_to_signed_int(const Felt& value);
/// Any Python int, reduced modulo P; TypeError for a non-int.
Felt int_to_felt(py::handle value);
/// An int or a Relocatable (an integer address becomes its int).
py::object value_to_py(const MaybeRelocatable& value);
py::object address_to_py(const Relocatable& address);
/// An int or an address (xcairo.Relocatable, or any object with int segment_index and offset,
/// such as cairo-lang's RelocatableValue); TypeError otherwise.
MaybeRelocatable value_from_py(py::handle value);
/// An address as value_from_py takes it; TypeError otherwise.
Relocatable address_from_py(py::handle value);
/// The address value_from_py takes, if value is one.
std::optional<Relocatable> as_address(py::handle value);

/// What hints get for addresses: cairo-lang's RelocatableValue once a hint (or anything in the
/// process) imported it, so that the library's isinstance checks hold; xcairo.Relocatable before.
py::object hint_address(const Relocatable& address);
py::object hint_value(const MaybeRelocatable& value);

/// The Relocatable class.
void define_values(py::module_& m);

}  // namespace xcairo::python
