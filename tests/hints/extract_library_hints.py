"""Every hint text of cairo-lang's starkware/cairo/common/ library (every .cairo file,
subdirectories included), exactly as compiled programs store it.

Run with the reference's Python (it imports cairo-lang):
  /opt/xcairo/cairo-lang-0.14.0.1/bin/python tests/hints/extract_library_hints.py OUT.json
Each module is compiled with cairo-compile (all functions kept); the hints whose debug-info
location lies in a file under starkware/cairo/common are kept, with their path (relative to
common/) and line (this includes the texts the compiler writes itself, e.g. for
`nondet %{ ... %}`). As a cross check, every %{ %} block parsed from the files must be among them.
A module that does not compile with this cairo-lang (cairo_secp/signature.cairo) contributes the
%{ %} blocks parsed from it.
"""
import json
import os
import subprocess
import sys
import tempfile

import starkware.cairo.common as common
from starkware.cairo.lang.compiler.ast.code_elements import CodeElementHint
from starkware.cairo.lang.compiler.parser import parse_file


def collect(node, name, out):
    if isinstance(node, CodeElementHint):
        out.append((node.hint.hint_code, f"{name}:{node.location.start_line}"))
    for child in node.get_children():
        if child is not None:
            collect(child, name, out)


def parsed_hints(path, name):
    """(code, "name:line") of the %{ %} blocks of one file."""
    with open(path) as f:
        tree = parse_file(f.read(), filename=path)
    hints = []
    collect(tree, name, hints)
    return hints


def compiled_hints(path, root):
    """(code, "path:line") of the hints located in files under root (path relative to root), or
    None (with cairo-compile's message on stderr) when the module does not compile."""
    compile_bin = os.path.join(os.path.dirname(sys.executable), "cairo-compile")
    with tempfile.TemporaryDirectory() as tmp:
        # Two library modules import `src.starkware.cairo.common...` (cairo-lang's repository
        # layout): a `src` link to the installed package tree resolves them.
        packages = os.path.dirname(os.path.dirname(os.path.dirname(root)))
        os.symlink(packages, os.path.join(tmp, "src"))
        out = os.path.join(tmp, "m.json")
        command = [compile_bin, path, "--output", out, "--no_opt_unused_functions"]
        if subprocess.run(command + ["--cairo_path", tmp]).returncode != 0:
            return None
        with open(out) as f:
            program = json.load(f)
    locations = program["debug_info"]["instruction_locations"]
    result = []
    for pc, hints in program["hints"].items():
        for index, hint in enumerate(hints):
            where = locations[pc]["hints"][index]["location"]
            filename = os.path.relpath(os.path.realpath(where["input_file"]["filename"]), root)
            if not filename.startswith(os.pardir + os.sep):
                result.append((hint["code"], f"{filename}:{where['start_line']}"))
    return result


def library_files(root):
    """Every .cairo file under root, as relative paths, sorted."""
    names = []
    for directory, _, files in os.walk(root):
        names += [os.path.relpath(os.path.join(directory, f), root) for f in files if f.endswith(".cairo")]
    return sorted(names)


def main():
    out_path = sys.argv[1]
    root = os.path.dirname(os.path.realpath(common.__file__))
    entries = {}
    parsed = set()
    uncompiled = []
    for name in library_files(root):
        path = os.path.join(root, name)
        from_source = parsed_hints(path, name)
        parsed.update(code for code, _ in from_source)
        found = compiled_hints(path, root)
        if found is None:
            uncompiled.append(name)
            found = from_source
        for code, where in found:
            places = entries.setdefault(code, [])
            if where not in places:
                places.append(where)
    missing = parsed - set(entries)
    assert not missing, f"parsed hint texts absent from the compiled programs: {missing}"
    result = [{"code": code, "where": sorted(where)} for code, where in sorted(entries.items())]
    with open(out_path, "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    print(f"{len(result)} distinct hint texts ({len(parsed)} parsed from %{{ %}} blocks)")
    if uncompiled:
        print(f"modules that do not compile (their parsed blocks are listed): {', '.join(uncompiled)}")


if __name__ == "__main__":
    main()
