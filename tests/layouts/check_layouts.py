#!/usr/bin/env -S /usr/bin/python3
"""Compares xcairo's layouts with cairo-lang's instances.py, read by the reference's own Python.

Usage: check_layouts.py LAYOUT_DUMP REFERENCE_PYTHON

Every layout of instances.py's LAYOUTS (and all_cairo) must equal xcairo's, field by field
(dataclasses.asdict), each builtin's memory cells and diluted units per instance must equal its
instance definition's, and the dynamic layout of each params file in params/ must equal what
CairoLayoutParams(**json).to_cairo_layout() builds, or fail with the same error.
"""

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Runs inside the reference: prints one JSON line per layout, or the error of a params file.
REFERENCE_SCRIPT = r"""
import dataclasses, json, sys
from starkware.cairo.lang.instances import LAYOUTS, all_cairo_instance
from starkware.cairo.lang.dynamic_layout_params import CairoLayoutParams
layouts = [*LAYOUTS.values(), all_cairo_instance]
if len(sys.argv) == 1:
    for layout in layouts:
        print(json.dumps(dataclasses.asdict(layout)))
elif sys.argv[1] == "--derived":
    for layout in layouts:
        pool = layout.diluted_pool_instance_def
        spacing, n_bits = (pool.spacing, pool.n_bits) if pool else (4, 16)
        print(json.dumps({"layout": layout.layout_name, **{
            name: [d.memory_cells_per_instance, d.get_diluted_units_per_builtin(spacing, n_bits)]
            for name, d in layout.builtins.items() if name != "output"}}))
else:
    try:
        params = json.load(open(sys.argv[1]))
        print(json.dumps(dataclasses.asdict(CairoLayoutParams(**params).to_cairo_layout())))
    except Exception as e:
        name = type(e).__name__ if type(e).__module__ == "builtins" else \
            f"{type(e).__module__}.{type(e).__name__}"
        print(f"error: {name}: {e}")
"""


def lines(cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()


def parse(line):
    return line if line.startswith("error: ") else json.loads(line)


def main():
    dump, python = sys.argv[1], sys.argv[2]
    failures = []
    ours = [json.loads(line) for line in lines([dump])]
    theirs = [json.loads(line) for line in lines([python, "-c", REFERENCE_SCRIPT])]
    if [l["layout_name"] for l in ours] != [l["layout_name"] for l in theirs]:
        failures.append(f"layout names differ: {[l['layout_name'] for l in ours]} != "
                        f"{[l['layout_name'] for l in theirs]}")
    for a, b in zip(ours, theirs):
        if a != b:
            failures.append(f"layout {b['layout_name']}:\n  xcairo:    {a}\n  cairo-lang: {b}")
    for a, b in zip(lines([dump, "--derived"]), lines([python, "-c", REFERENCE_SCRIPT, "--derived"])):
        if json.loads(a) != json.loads(b):
            failures.append(f"cells and diluted units per instance:\n  xcairo:    {a}\n"
                            f"  cairo-lang: {b}")
    params_files = sorted((HERE / "params").glob("*.json"))
    for path in params_files:
        a = parse(lines([dump, str(path)])[0])
        b = parse(lines([python, "-c", REFERENCE_SCRIPT, str(path)])[0])
        if a != b:
            failures.append(f"{path.name}:\n  xcairo:    {a}\n  cairo-lang: {b}")
    print("\n".join(failures))
    print(f"{len(ours)} layouts, {len(params_files)} parameter files: "
          f"{'FAIL' if failures else 'all equal'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
