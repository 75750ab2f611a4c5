#!/usr/bin/env -S /usr/bin/python3
"""Bad input to xcairo-run: a clear message and a non-zero exit code, never a crash.

Usage: bad_input_test.py XCAIRO_RUN DATA_DIR  (DATA_DIR = tests/unit/data)
Texts that cairo-run also prints are cairo-run's own (its argparse and loader messages).
"""
import os
import subprocess
import sys
import tempfile
import unittest

XCAIRO_RUN, DATA = sys.argv[1], sys.argv[2]


def run(*args):
    proc = subprocess.run([XCAIRO_RUN, *args], capture_output=True, text=True, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


class BadInput(unittest.TestCase):
    def assert_fails(self, args, code, stderr_piece):
        rc, _, err = run(*args)
        self.assertEqual(rc, code, err)
        self.assertIn(stderr_piece, err)
        self.assertNotIn("Segmentation", err)

    def test_missing_program_file(self):
        self.assert_fails(["--program", "nope.json"], 2,
                          "argument --program: can't open 'nope.json': [Errno 2] "
                          "No such file or directory: 'nope.json'")

    def test_malformed_json(self):
        self.assert_fails(["--program", os.path.join(DATA, "broken", "not_json.json")], 1,
                          "Failed to load compiled program (not a valid JSON file). "
                          "Did you compile the code before running it? Error: ")

    def test_wrong_prime(self):
        self.assert_fails(["--program", os.path.join(DATA, "broken", "wrong_prime.json")], 1,
                          "xcairo supports only the Stark prime")

    def test_unknown_layout(self):
        self.assert_fails(["--program", os.path.join(DATA, "tiny.json"), "--layout", "foo"], 2,
                          "argument --layout: invalid choice: 'foo' (choose from 'plain', "
                          "'small', 'dex', 'recursive', 'starknet', 'recursive_large_output', "
                          "'all_solidity', 'starknet_with_keccak', 'dynamic', "
                          "'recursive_with_poseidon')")

    def test_builtin_not_in_layout(self):
        self.assert_fails(["--program", os.path.join(DATA, "runner_ok.json")], 1,
                          "Error: Builtins {'output'} are not present in layout \"plain\"")

    def test_unsupported_flag_is_refused(self):
        self.assert_fails(["--program", os.path.join(DATA, "tiny.json"), "--cairo_pie_output",
                           "x.zip"], 1, "does not support --cairo_pie_output yet")

    def test_air_private_input_needs_trace_and_memory_files(self):
        proof = ["--program", os.path.join(DATA, "proof_tiny.json"), "--proof_mode"]
        with tempfile.TemporaryDirectory() as tmp:
            private = ["--air_private_input", os.path.join(tmp, "private.json")]
            self.assert_fails(proof + private, 1,
                              "Error: --trace_file must be set when --air_private_input is set.")
            self.assert_fails(proof + private + ["--trace_file", os.path.join(tmp, "trace")], 1,
                              "Error: --memory_file must be set when --air_private_input is set.")

    def test_air_inputs_need_proof_mode(self):
        for flag in ("--air_public_input", "--air_private_input"):
            with tempfile.TemporaryDirectory() as tmp:
                self.assert_fails(["--program", os.path.join(DATA, "proof_tiny.json"), flag,
                                   os.path.join(tmp, "air.json")], 1,
                                  f"AssertionError: {flag} can only be used in proof_mode.")

    def test_dynamic_layout_needs_params_file(self):
        rc, _, err = run("--program", os.path.join(DATA, "tiny.json"), "--layout", "dynamic")
        self.assertEqual((rc, err), (1, "AssertionError\n"))

    def test_missing_layout_params_file(self):
        self.assert_fails(["--program", os.path.join(DATA, "tiny.json"),
                           "--cairo_layout_params_file", "nope.json"], 2,
                          "argument --cairo_layout_params_file: can't open 'nope.json'")

    def test_all_cairo_layout_is_accepted(self):
        # xcairo's addition to cairo-run's --layout choices (the layout is in instances.py).
        rc, _, err = run("--program", os.path.join(DATA, "proof_tiny.json"), "--layout", "all_cairo")
        self.assertEqual((rc, err), (0, ""))

    def test_no_program(self):
        self.assert_fails([], 1, "Exactly one of --program, --run_from_cairo_pie must be specified.")

    def test_bad_int(self):
        self.assert_fails(["--program", "x.json", "--steps", "ten"], 2,
                          "argument --steps: invalid int value: 'ten'")

    def test_ambiguous_prefix(self):
        self.assert_fails(["--program", "x.json", "--prin"], 2,
                          "ambiguous option: --prin could match")

    def test_unwritable_trace_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "missing", "t.bin")
            self.assert_fails(["--program", os.path.join(DATA, "tiny.json"), "--trace_file", path],
                              2, f"argument --trace_file: can't open '{path}'")

    def test_hint_is_refused_with_its_pc_and_first_line(self):
        # --no_python_hints: a hint without a native handler is refused when the program loads.
        rc, out, err = run("--program", os.path.join(DATA, "tiny.json"), "--no_python_hints")
        self.assertEqual((rc, out), (1, ""))
        self.assertEqual(err, "Error: xcairo-run: --no_python_hints: the hint at pc 0:9 has no native "
                              "handler; it begins: memory[ap] = 41\n")

    def test_help_does_not_fail(self):
        rc, out, _ = run("--help")
        self.assertEqual(rc, 0)
        self.assertIn("--print_output", out)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
