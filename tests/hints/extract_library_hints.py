"""Every hint text of cairo-lang's starkware/cairo/common/*.cairo, exactly as compiled programs store it.

Run with the reference's Python (it imports cairo-lang):
  /opt/xcairo/cairo-lang-0.14.0.1/bin/python tests/hints/extract_library_hints.py OUT.json
Each module is compiled with cairo-compile (all functions kept); the hints whose debug-info
location lies in a top-level file of starkware/cairo/common are kept, with their file and line
(this includes the texts the compiler writes itself, e.g. for `nondet %{ ... %}`). As a cross
check, every %{ %} block parsed from the files must be among them.
"""
import json
import os
import subprocess
import sys
import tempfile

import starkware.cairo.common as common
from starkware.cairo.lang.compiler.ast.code_elements import CodeElementHint
from starkware.cairo.lang.compiler.parser import parse_file


def collect(node, out):
    if isinstance(node, CodeElementHint):
        out.append(node.hint.hint_code)
    for child in node.get_children():
        if child is not None:
            collect(child, out)


def parsed_hints(path):
    with open(path) as f:
        tree = parse_file(f.read(), filename=path)
    hints = []
    collect(tree, hints)
    return hints


def compiled_hints(path, root):
    """(code, "file:line") of the hints located in top-level files of root."""
    compile_bin = os.path.join(os.path.dirname(sys.executable), "cairo-compile")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "m.json")
        subprocess.run(
            [compile_bin, path, "--output", out, "--no_opt_unused_functions"], check=True
        )
        with open(out) as f:
            program = json.load(f)
    locations = program["debug_info"]["instruction_locations"]
    result = []
    for pc, hints in program["hints"].items():
        for index, hint in enumerate(hints):
            where = locations[pc]["hints"][index]["location"]
            filename = where["input_file"]["filename"]
            if os.path.dirname(os.path.abspath(filename)) == root:
                result.append((hint["code"], f"{os.path.basename(filename)}:{where['start_line']}"))
    return result


def main():
    out_path = sys.argv[1]
    root = os.path.dirname(os.path.abspath(common.__file__))
    entries = {}
    parsed = set()
    for name in sorted(os.listdir(root)):
        if not name.endswith(".cairo"):
            continue
        path = os.path.join(root, name)
        parsed.update(parsed_hints(path))
        for code, where in compiled_hints(path, root):
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


if __name__ == "__main__":
    main()
