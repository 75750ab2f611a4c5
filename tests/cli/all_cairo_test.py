#!/usr/bin/env -S /usr/bin/python3
"""xcairo's all_cairo layout (in instances.py, not offered by cairo-run) runs range_check96, add_mod
and mul_mod as cairo-run's dynamic layout does: outside proof mode the layout only decides which
builtins exist, so each program of those corpus families must give, under --layout all_cairo,
the exit code, output, error and trace and memory files cairo-run recorded with the dynamic one.

Usage: all_cairo_test.py XCAIRO_RUN PROGRAMS_SOURCE_DIR PROGRAMS_BUILD_DIR
"""
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import unittest

XCAIRO_RUN, SOURCES, BUILT = sys.argv[1:4]
FAMILIES = ["range_check96", "mod_builtins"]


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def outside_proof_mode():
    """(family/name, expectation) of the families' programs recorded outside proof mode."""
    for family in FAMILIES:
        for entry in sorted(os.listdir(os.path.join(SOURCES, family))):
            if not entry.endswith(".expected.json"):
                continue
            with open(os.path.join(SOURCES, family, entry)) as f:
                expected = json.load(f)
            if "--proof_mode" not in expected["flags"]:
                yield f"{family}/{entry[: -len('.expected.json')]}", expected


class AllCairo(unittest.TestCase):
    def test_programs_run_as_in_the_dynamic_layout(self):
        programs = list(outside_proof_mode())
        self.assertGreaterEqual(len(programs), 10)
        for name, expected in programs:
            with self.subTest(program=name), tempfile.TemporaryDirectory() as tmp:
                trace, memory = os.path.join(tmp, "trace"), os.path.join(tmp, "memory")
                flags = list(expected["flags"])
                layout = flags.index("--layout")
                del flags[layout : layout + 4]  # --layout dynamic --cairo_layout_params_file F
                proc = subprocess.run(
                    [XCAIRO_RUN, "--program", os.path.join(BUILT, name + ".json"), "--layout",
                     "all_cairo", *flags, "--trace_file", trace, "--memory_file", memory],
                    capture_output=True, text=True, timeout=120)
                self.assertEqual(proc.returncode, expected["exit_code"], proc.stderr)
                self.assertEqual(proc.stdout, expected["stdout"])
                if expected["stderr_match"] == "exact":
                    self.assertEqual(proc.stderr, expected["stderr"])
                else:
                    last = lambda text: text.rstrip("\n").split("\n")[-1]
                    self.assertEqual(last(proc.stderr), last(expected["stderr"]))
                if expected["exit_code"] == 0:
                    self.assertEqual(sha256(trace), expected["trace_sha256"])
                    self.assertEqual(sha256(memory), expected["memory_sha256"])


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
