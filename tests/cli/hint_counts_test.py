#!/usr/bin/env -S /usr/bin/python3
"""xcairo-run --hint_counts FILE and tests/hints/hint_report.py over what it writes.

Usage: hint_counts_test.py XCAIRO_RUN DATA_DIR  (DATA_DIR = tests/unit/data)
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

XCAIRO_RUN, DATA = sys.argv[1], sys.argv[2]
REPORT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "hints", "hint_report.py")
TINY = os.path.join(DATA, "tiny.json")  # one hint, "memory[ap] = 41", outside the library


class HintCounts(unittest.TestCase):
    def test_each_run_appends_one_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            counts = os.path.join(tmp, "counts.jsonl")
            for _ in range(2):
                subprocess.run([XCAIRO_RUN, "--program", TINY, "--hint_counts", counts],
                               capture_output=True, timeout=60)
            with open(counts) as f:
                lines = [json.loads(line) for line in f]
        expected = {"program": TINY,
                    "hints": [{"code": "memory[ap] = 41", "native": False, "executions": 1}]}
        self.assertEqual(lines, [expected, expected])

    def test_unwritable_file_is_a_usage_error(self):
        proc = subprocess.run([XCAIRO_RUN, "--program", TINY, "--hint_counts", "/nonexistent/x"],
                              capture_output=True, text=True, timeout=60)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("argument --hint_counts: can't open '/nonexistent/x'", proc.stderr)

    def test_report_lists_library_texts_never_executed(self):
        with tempfile.TemporaryDirectory() as tmp:
            counts = os.path.join(tmp, "counts.jsonl")
            subprocess.run([XCAIRO_RUN, "--program", TINY, "--hint_counts", counts],
                           capture_output=True, timeout=60)
            pending = os.path.join(tmp, "pending")
            with open(pending, "w") as f:
                f.write("# one pending text\nalloc.cairo:3  # reason\n")
            proc = subprocess.run([sys.executable, REPORT, "--check", "--pending", pending, counts],
                                  capture_output=True, text=True, timeout=60)
        self.assertEqual(proc.returncode, 1)
        self.assertIn("Library hint texts executed by 1 runs", proc.stdout)
        self.assertRegex(proc.stdout, r"\n +0 +0  pending +alloc.cairo:3 ")
        self.assertRegex(proc.stdout, r"\n +0 +0  NOT COVERED +math.cairo:52 ")
        self.assertIn("0 of 168 library hint texts executed natively; 1 places pending", proc.stdout)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
