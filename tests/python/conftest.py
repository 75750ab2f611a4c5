"""Shared helpers: the corpus compiled by the build and cairo-run's recorded expectations.

ctest sets PYTHONPATH (the built module), XCAIRO_CORPUS_BUILD (compiled programs) and
XCAIRO_CORPUS_SOURCE (tests/programs, with the .expected.json files).
"""
import hashlib
import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reference"))
import corpus as harness  # noqa: E402  (the corpus harness: compiles programs that flags name)

CORPUS_BUILD = Path(os.environ.get("XCAIRO_CORPUS_BUILD", "build/tests/programs"))
CORPUS_SOURCE = Path(os.environ.get("XCAIRO_CORPUS_SOURCE", Path(__file__).parents[1] / "programs"))

# cairo-run flags a VM(...) call reproduces: flag -> (keyword, value parser); other flags
# (inputs...) leave a program out.
_VALUE_FLAGS = {"--layout": ("layout", str), "--steps": ("steps", int),
                "--min_steps": ("min_steps", int),
                "--cairo_layout_params_file": ("cairo_layout_params_file", str),
                "--air_public_input": (None, None), "--air_private_input": (None, None)}
_PLAIN_FLAGS = {"--proof_mode": ("proof_mode", True), "--no_end": ("no_end", True),
                "--secure_run": ("secure_run", True), "--no_secure_run": ("secure_run", False),
                "--print_output": (None, None), "--print_info": (None, None),
                "--print_memory": (None, None), "--relocate_prints": (None, None),
                "--print_segments": (None, None)}


class CorpusProgram:
    def __init__(self, name, expected, vm_kwargs):
        self.name = name
        self.expected = expected
        self.json_path = CORPUS_BUILD / f"{name}.json"
        self.vm_kwargs = vm_kwargs
        self.layout = vm_kwargs.get("layout", "plain")
        self.proof_mode = vm_kwargs.get("proof_mode", False)

    def vm(self, xcairo, **kwargs):
        """The program's VM with the recorded flags' options."""
        return xcairo.VM(xcairo.Program.load(str(self.json_path)), **self.vm_kwargs, **kwargs)

    def __repr__(self):
        return self.name


def vm_kwargs(flags, directory):
    """The VM(...) keywords for cairo-run flags, or None when a flag has no VM equivalent."""
    kwargs = {}
    i = 0
    while i < len(flags):
        if flags[i] in _VALUE_FLAGS:
            keyword, parse = _VALUE_FLAGS[flags[i]]
            if keyword:
                kwargs[keyword] = parse(flags[i + 1].replace("{dir}", str(directory)))
            i += 2
        elif flags[i] in _PLAIN_FLAGS:
            keyword, value = _PLAIN_FLAGS[flags[i]]
            if keyword:
                kwargs[keyword] = value
            i += 1
        else:
            return None
    return kwargs


def corpus_programs(exit_code, max_steps=2_000_000):
    """Corpus programs with that exit code whose flags VM(...) keywords give (vm_kwargs)."""
    programs = []
    for path in sorted(CORPUS_SOURCE.glob("*/*.expected.json")):
        expected = json.loads(path.read_text())
        name = f"{path.parent.name}/{path.name[:-len('.expected.json')]}"
        source = path.with_name(path.name[:-len(".expected.json")] + ".cairo")
        if "REQUIRES:" in source.read_text() or not (CORPUS_BUILD / f"{name}.json").exists():
            continue
        flags = expected["flags"]
        kwargs = vm_kwargs(flags, path.parent)
        if expected["exit_code"] != exit_code or kwargs is None:
            continue
        # A failure in writing the AIR private input, or the CLI's dynamic-layout check, is not
        # the VM's.
        if exit_code != 0 and ("--air_private_input" in flags or "dynamic" in flags):
            continue
        if (expected.get("steps") or 0) > max_steps:
            continue
        programs.append(CorpusProgram(name, expected, kwargs))
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


def through_cairo_lang(expected):
    """Whether cairo-run's stderr is a Python traceback through cairo-lang's own files (cairo-run's
    end of run, a hint's memory write reaching a rule): xcairo has not those frames, only the
    last line compares."""
    return "site-packages/starkware/" in expected["stderr"]


def last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def assert_error_as_recorded(xcairo, error, corpus):
    """The VmError reads as cairo-run printed it: the whole text, or the last line (see
    through_cairo_lang, and cairo-run's tracebacks the corpus records by their last line)."""
    stderr = corpus.expected["stderr"].rstrip("\n")
    if corpus.expected["stderr_match"] == "exact" or (
            corpus.name.startswith("python_hints/") and not through_cairo_lang(corpus.expected)):
        # Hints run by the embedded Python: the whole text, Python traceback included.
        assert str(error) == stderr
    else:
        if "Got an exception while" not in stderr:
            assert isinstance(error, xcairo.UncaughtError)
        assert last_line(str(error)) == last_line(stderr)
