"""Shared helpers: the corpus compiled by the build and cairo-run's recorded expectations.

ctest sets PYTHONPATH (the built module), XCAIRO_CORPUS_BUILD (compiled programs) and
XCAIRO_CORPUS_SOURCE (tests/programs, with the .expected.json files).
"""
import hashlib
import json
import os
from pathlib import Path

import pytest

CORPUS_BUILD = Path(os.environ.get("XCAIRO_CORPUS_BUILD", "build/tests/programs"))
CORPUS_SOURCE = Path(os.environ.get("XCAIRO_CORPUS_SOURCE", Path(__file__).parents[1] / "programs"))

# cairo-run flags a VM(...) call reproduces; other flags (steps, inputs...) leave a program out.
_VALUE_FLAGS = {"--layout", "--air_public_input", "--air_private_input"}
_PLAIN_FLAGS = {"--proof_mode", "--print_output", "--print_info", "--print_memory",
                "--relocate_prints", "--print_segments"}


class CorpusProgram:
    def __init__(self, name, expected):
        self.name = name
        self.expected = expected
        self.json_path = CORPUS_BUILD / f"{name}.json"
        flags = expected["flags"]
        self.layout = flags[flags.index("--layout") + 1] if "--layout" in flags else "plain"
        self.proof_mode = "--proof_mode" in flags

    def __repr__(self):
        return self.name


def _vm_flags_only(flags):
    i = 0
    while i < len(flags):
        if flags[i] in _VALUE_FLAGS:
            i += 2
        elif flags[i] in _PLAIN_FLAGS:
            i += 1
        else:
            return False
    return True


def corpus_programs(exit_code, max_steps=2_000_000):
    """Corpus programs with that exit code that VM(program, layout, proof_mode) runs as cairo-run."""
    programs = []
    for path in sorted(CORPUS_SOURCE.glob("*/*.expected.json")):
        expected = json.loads(path.read_text())
        name = f"{path.parent.name}/{path.name[:-len('.expected.json')]}"
        source = path.with_name(path.name[:-len(".expected.json")] + ".cairo")
        if "REQUIRES:" in source.read_text() or not (CORPUS_BUILD / f"{name}.json").exists():
            continue
        if expected["exit_code"] != exit_code or not _vm_flags_only(expected["flags"]):
            continue
        flags = expected["flags"]
        # A failure in writing the AIR private input, or the CLI's dynamic-layout check, is not
        # the VM's.
        if exit_code != 0 and ("--air_private_input" in flags or "dynamic" in flags):
            continue
        if (expected.get("steps") or 0) > max_steps:
            continue
        programs.append(CorpusProgram(name, expected))
    return programs


def sha256_file(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def xcairo():
    import xcairo as module
    return module


@pytest.fixture(scope="session")
def fib_loop(xcairo):
    """long/fib_loop: about a million steps, one output value (cairo-run's expectation attached)."""
    program = xcairo.Program.load(str(CORPUS_BUILD / "long/fib_loop.json"))
    expected = json.loads((CORPUS_SOURCE / "long/fib_loop.expected.json").read_text())
    return program, expected
