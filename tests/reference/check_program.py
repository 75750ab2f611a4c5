#!/usr/bin/env -S /usr/bin/python3
"""Checks one corpus program against its recorded cairo-run expectation.

Usage: check_program.py --runner RUNNER [--compiled JSON] [--reference CAIRO_RUN]
                        [--capabilities a,b] [--extra_flags "FLAGS"]
                        [--hint_counts FILE] family/name

Runs RUNNER (xcairo-run, or cairo-run itself to validate the harness) with the recorded flags,
then compares exit code, stdout, stderr and the sha256 of the trace and memory files.
With --extra_flags (e.g. "--no_native_hints") the runner gets those flags too and must still
match the recording; a program without hints is skipped then.
With --hint_counts (xcairo-run only) the run's hint executions are written to FILE (replaced), for
the library hint coverage report (tests/hints/hint_report.py).
Exit status: 0 pass, 1 mismatch or stale expectation, 77 skipped (missing capability).
"""

import argparse
import difflib
import json
import struct
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

SKIP = 77
MAX_DIFF_LINES = 60


def stale(program: corpus.Program, expectation) -> str:
    """Why the expectation no longer describes the program, or ''."""
    if expectation is None:
        return f"no expectation file {program.expectation_path}"
    if expectation["source_sha256"] != program.source_sha256():
        return f"{program.source} changed since it was recorded"
    if expectation["flags"] != program.flags():
        return f"the flags of {program.id} changed since it was recorded"
    if expectation.get("requires") != program.requires():
        return f"the REQUIRES line of {program.id} changed since it was recorded"
    if expectation.get("compile_flags", []) != program.compile_flags():
        return f"the compile flags of {program.id} changed since it was recorded"
    if expectation.get("inputs_sha256", {}) != program.input_hashes():
        return f"an input file of {program.id} changed since it was recorded"
    return ""


def text_diff(what: str, expected: str, actual: str) -> str:
    exp_lines, act_lines = expected.splitlines(), actual.splitlines()
    first = next((i for i, (e, a) in enumerate(zip(exp_lines, act_lines)) if e != a),
                 min(len(exp_lines), len(act_lines)))
    report = [f"{what} differs at line {first + 1}:",
              f"  expected: {exp_lines[first]!r}" if first < len(exp_lines) else
              "  expected: <end of text>",
              f"  actual:   {act_lines[first]!r}" if first < len(act_lines) else
              "  actual:   <end of text>"]
    if expected.endswith("\n") != actual.endswith("\n"):
        report.append("  (one of them lacks the final newline)")
    diff = list(difflib.unified_diff(exp_lines, act_lines, "expected", "actual", lineterm=""))
    report += diff[:MAX_DIFF_LINES]
    if len(diff) > MAX_DIFF_LINES:
        report.append(f"... {len(diff) - MAX_DIFF_LINES} more diff lines")
    return "\n".join(report)


def decode(kind: str, record: bytes) -> str:
    if kind == "trace":
        ap, fp, pc = struct.unpack("<3Q", record)
        return f"ap={ap} fp={fp} pc={pc}"
    addr = struct.unpack("<Q", record[:8])[0]
    return f"addr={addr} value={int.from_bytes(record[8:], 'little')}"


def binary_diff(kind: str, expected: Path, actual: Path) -> str:
    size = corpus.TRACE_RECORD if kind == "trace" else corpus.MEMORY_RECORD
    exp, act = expected.read_bytes(), actual.read_bytes()
    for i in range(0, max(len(exp), len(act)), size):
        e, a = exp[i:i + size], act[i:i + size]
        if e != a:
            show = lambda r: decode(kind, r) if len(r) == size else f"<{len(r)} bytes> {r.hex()}"
            return (f"  first differing {kind} record #{i // size} (byte {i}):\n"
                    f"    expected: {show(e) if e else '<end of file>'}\n"
                    f"    actual:   {show(a) if a else '<end of file>'}")
    return "  the files are identical"


def explain_binary(mismatches, args, flags, compiled: Path, result, expectation) -> str:
    """Decodes the first differing record, by re-running the reference if it is available."""
    if not args.reference or not Path(args.reference).exists():
        return "  (pass --reference CAIRO_RUN to see the first differing record)"
    with tempfile.TemporaryDirectory(prefix="xcairo-reference-") as tmp:
        ref = corpus.run(Path(args.reference), compiled, flags, Path(tmp), args.program.split("/")[0])
        report = []
        for kind in mismatches:
            ref_file, act_file = (ref.trace, result.trace) if kind == "trace" else \
                (ref.memory, result.memory)
            if corpus.sha256_file(ref_file) != expectation[f"{kind}_sha256"]:
                report.append(f"  the reference {kind} itself differs from the recording: "
                              f"re-record ({corpus.RECORD_COMMAND} {args.program})")
            elif act_file.exists():
                report.append(binary_diff(kind, ref_file, act_file))
        return "\n".join(report)


def fill_memory_failure(stderr: str) -> bool:
    """A hint failing inside cairo-lang's ModBuiltinRunner.fill_memory (run_mod_p_circuit), whose
    Python frames xcairo prints as cairo-run does, natively (a conflicting write, its Exception)
    and in Python; other tracebacks are compared by their last line."""
    return "while executing a hint" in stderr and "/mod_builtin_runner.py" in stderr


def compare(expectation: dict, result: corpus.RunResult) -> tuple:
    """(text failures, binary kinds that differ)."""
    failures = []
    if result.exit_code != expectation["exit_code"]:
        failures.append(f"exit code: expected {expectation['exit_code']}, "
                        f"actual {result.exit_code}")
    if result.stdout != expectation["stdout"]:
        failures.append(text_diff("stdout", expectation["stdout"], result.stdout))
    if expectation["stderr_match"] == "last_line" and not fill_memory_failure(expectation["stderr"]):
        exp_err, act_err = corpus.last_line(expectation["stderr"]), corpus.last_line(result.stderr)
        if exp_err != act_err:
            failures.append(f"stderr (last line) differs:\n  expected: {exp_err!r}\n"
                            f"  actual:   {act_err!r}")
    elif result.stderr != expectation["stderr"]:
        failures.append(text_diff("stderr", expectation["stderr"], result.stderr))
    for placeholder in corpus.AIR_FILES:
        key = placeholder.strip("{}")
        if key in expectation and result.air_input(placeholder) != expectation[key]:
            failures.append(f"{key} differs:\n  expected: {json.dumps(expectation[key])[:2000]}\n"
                            f"  actual:   {json.dumps(result.air_input(placeholder))[:2000]}")
    binary = []
    for kind, path in (("trace", result.trace), ("memory", result.memory)):
        actual_sha = corpus.sha256_file(path)
        if actual_sha != expectation[f"{kind}_sha256"]:
            size = path.stat().st_size if path.exists() else None
            failures.append(f"{kind} file differs: expected {expectation[f'{kind}_bytes']} "
                            f"bytes sha256 {expectation[f'{kind}_sha256']}, actual "
                            f"{'no file' if size is None else f'{size} bytes sha256 {actual_sha}'}")
            binary.append(kind)
    return failures, binary


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("program", help="family/name")
    parser.add_argument("--runner", required=True, help="xcairo-run (or cairo-run)")
    parser.add_argument("--compiled", type=Path,
                        help="compiled program (default: compile it with the reference)")
    parser.add_argument("--reference", help="cairo-run, to decode binary mismatches")
    parser.add_argument("--capabilities", default="",
                        help="comma-separated capabilities of the runner")
    parser.add_argument("--extra_flags", default="", help="more flags for the runner")
    parser.add_argument("--hint_counts", type=Path,
                        help="xcairo-run's --hint_counts file of this run (replaced)")
    args = parser.parse_args()

    programs = corpus.discover([args.program])
    if len(programs) != 1:
        raise corpus.CorpusError(f"'{args.program}' names {len(programs)} programs, not one")
    [program] = programs
    expectation = program.load_expectation()
    reason = stale(program, expectation)
    if reason:
        print(f"FAIL {program.id}: {reason}.\nRecord it: {corpus.RECORD_COMMAND} {program.id}")
        return 1
    required = expectation.get("requires")
    if required and required not in args.capabilities.split(","):
        print(f"SKIP {program.id}: the runner lacks capability '{required}'")
        return SKIP

    flags = expectation["flags"] + args.extra_flags.split()
    if args.extra_flags:
        if args.compiled and not json.loads(args.compiled.read_text()).get("hints"):
            print(f"SKIP {program.id}: no hint, nothing that {args.extra_flags} changes")
            return SKIP
    with tempfile.TemporaryDirectory(prefix="xcairo-check-") as tmp:
        compiled = args.compiled
        if compiled is None:
            compiled = Path(tmp) / f"{program.name}.json"
            program.compile(compiled, corpus.DEFAULT_REFERENCE_DIR / "bin" / "cairo-compile")
        runner_flags = flags
        if args.hint_counts:
            args.hint_counts.parent.mkdir(parents=True, exist_ok=True)
            args.hint_counts.unlink(missing_ok=True)
            runner_flags = flags + ["--hint_counts", str(args.hint_counts)]
        result = corpus.run(Path(args.runner), compiled, runner_flags, Path(tmp), program.family)
        failures, binary = compare(expectation, result)
        if binary:
            failures.append(explain_binary(binary, args, flags, compiled, result, expectation))
    command = " ".join([args.runner, "--program", str(compiled),
                        *corpus.expand(flags, program.family, Path("."))])
    if failures:
        print(f"FAIL {program.id}\n  command: {command}")
        print("\n".join(failures))
        return 1
    print(f"PASS {program.id} (exit {result.exit_code}, steps {expectation['steps']})")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except corpus.CorpusError as err:
        sys.exit(f"FAIL: {err}")
