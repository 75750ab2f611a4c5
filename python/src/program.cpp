#include "program.hpp"

#include <fstream>
#include <pybind11/stl.h>
#include <sstream>

#include "errors.hpp"
#include "values.hpp"

namespace xcairo::python {
namespace {

std::shared_ptr<PyProgram> from_json(std::string json, std::string path = "") {
    auto program = std::make_shared<Program>(
        translating_errors([&] { py::gil_scoped_release release; return load_program_json(json); }));
    return std::make_shared<PyProgram>(PyProgram{std::move(program), std::move(json), std::move(path)});
}

std::shared_ptr<PyProgram> load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) translating_errors([&] { return load_program_file(path); });  // its unreadable-file error
    std::ostringstream text;
    text << in.rdbuf();
    return from_json(text.str(), path);
}

py::dict location_dict(const Location& location) {
    py::dict d;
    d["filename"] = location.filename ? py::object(py::str(*location.filename)) : py::none();
    d["start_line"] = location.start_line;
    d["start_col"] = location.start_col;
    d["end_line"] = location.end_line;
    d["end_col"] = location.end_col;
    return d;
}

py::dict identifier_dict(const Identifier& identifier) {
    py::dict d;
    d["type"] = std::string(identifier_kind_name(identifier.kind));
    switch (identifier.kind) {
        case IdentifierKind::Function:
        case IdentifierKind::Label:
            d["pc"] = identifier.pc;
            if (identifier.kind == IdentifierKind::Function) d["decorators"] = identifier.decorators;
            break;
        case IdentifierKind::Const: d["value"] = py::int_(py::str(identifier.value_dec)); break;
        case IdentifierKind::Struct: {
            d["full_name"] = identifier.full_name;
            d["size"] = identifier.size;
            py::dict members;
            for (const Member& member : identifier.members) {
                py::dict entry;
                entry["offset"] = member.offset;
                entry["cairo_type"] = member.cairo_type ? member.cairo_type->format() : "";
                members[py::str(member.name)] = entry;
            }
            d["members"] = members;
            break;
        }
        case IdentifierKind::Member:
            d["offset"] = identifier.offset;
            d["cairo_type"] = identifier.cairo_type ? identifier.cairo_type->format() : "";
            break;
        case IdentifierKind::Reference: {
            d["full_name"] = identifier.full_name;
            d["cairo_type"] = identifier.cairo_type ? identifier.cairo_type->format() : "";
            py::list references;
            for (const Reference& reference : identifier.references) references.append(reference.value_text);
            d["references"] = references;
            break;
        }
        case IdentifierKind::Alias: d["destination"] = identifier.destination; break;
        case IdentifierKind::TypeDefinition:
            d["cairo_type"] = identifier.cairo_type ? identifier.cairo_type->format() : "";
            break;
        case IdentifierKind::Namespace:
        case IdentifierKind::Scope: break;
    }
    return d;
}

}  // namespace

void define_program(py::module_& m) {
    py::class_<PyProgram, std::shared_ptr<PyProgram>>(m, "Program", "A compiled Cairo program.")
        .def_static("load", &load, py::arg("path"), "Loads cairo-compile's JSON output from a file.")
        .def_static("from_json", [](std::string text) { return from_json(std::move(text)); }, py::arg("text"),
                    "Parses cairo-compile's JSON output.")
        .def_property_readonly("path", [](const PyProgram& p) -> py::object {
            return p.path.empty() ? py::object(py::none()) : py::object(py::str(p.path));
        })
        .def_property_readonly("data", [](const PyProgram& p) {
            py::list data;
            for (const Felt& f : p.program->data) data.append(felt_to_int(f));
            return data;
        })
        .def_property_readonly("builtins", [](const PyProgram& p) { return p.program->builtins; })
        .def_property_readonly("main_scope", [](const PyProgram& p) { return p.program->main_scope; })
        .def_property_readonly("compiler_version", [](const PyProgram& p) { return p.program->compiler_version; })
        .def_property_readonly("main", [](const PyProgram& p) {
            return translating_errors([&] { return p.program->main(); });
        }, "The pc of main (None when missing).")
        .def("get_label", [](const PyProgram& p, const std::string& name) {
            return translating_errors([&] { return p.program->label(name); });
        }, py::arg("name"), "The pc of a label searched from the main scope (None when missing).")
        .def_property_readonly("hints", [](const PyProgram& p) {
            py::dict hints;
            for (const auto& [pc, list] : p.program->hints) {
                py::list codes;
                for (const Hint& hint : list) codes.append(hint.code);
                hints[py::int_(pc)] = codes;
            }
            return hints;
        }, "The hints' code by pc.")
        .def_property_readonly("identifiers", [](const PyProgram& p) {
            py::dict identifiers;
            for (const auto& [name, identifier] : p.program->identifiers.all()) {
                identifiers[py::str(name)] = identifier_dict(identifier);
            }
            return identifiers;
        }, "Every identifier by full name, as a dict with its 'type' and fields.")
        .def("get_identifier", [](const PyProgram& p, const std::string& name) {
            const Identifier* identifier = p.program->identifiers.find(name);
            if (identifier == nullptr) throw py::key_error(name);
            return identifier_dict(*identifier);
        }, py::arg("full_name"))
        .def_property_readonly("has_debug_info", [](const PyProgram& p) { return p.program->debug_info.has_value(); })
        .def("instruction_location", [](const PyProgram& p, uint64_t pc) -> py::object {
            const InstructionLocation* location = p.program->instruction_location(pc);
            if (location == nullptr) return py::none();
            py::dict d = location_dict(location->inst);
            d["accessible_scopes"] = location->accessible_scopes;
            return d;
        }, py::arg("pc"), "The source location of the instruction at a pc (None without debug info).")
        .def("file_content", [](const PyProgram& p, const std::string& filename) -> py::object {
            const std::string* content = p.program->file_content(filename);
            return content ? py::object(py::str(*content)) : py::none();
        }, py::arg("filename"))
        .def("__repr__", [](const PyProgram& p) {
            return "<xcairo.Program" + (p.path.empty() ? std::string() : " " + p.path) + ", " +
                   std::to_string(p.program->data.size()) + " words>";
        })
        .def(py::pickle([](const PyProgram& p) { return py::make_tuple(p.json, p.path); },
                        [](const py::tuple& t) {
                            return from_json(t[0].cast<std::string>(), t[1].cast<std::string>());
                        }));
}

}  // namespace xcairo::python
