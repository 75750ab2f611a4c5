"""Hints run by the embedded Python, in the module and in xcairo-run, against cairo-run's
recorded results (tests/programs/python_hints, and the native library hints that read Python
hints' variables: hints_bridge, hints_merkle)."""
import json
import os
import subprocess
import threading

import pytest

from conftest import CORPUS_BUILD, CORPUS_SOURCE, harness, last_line, through_cairo_lang

FAMILIES = ("python_hints", "hints_bridge", "hints_merkle")
PROGRAMS = sorted((family, p.name[:-len(".cairo")])
                  for family in FAMILIES for p in (CORPUS_SOURCE / family).glob("*.cairo"))


def expectation(name, family="python_hints"):
    return json.loads((CORPUS_SOURCE / family / f"{name}.expected.json").read_text())


def program_path(name, family="python_hints"):
    return str(CORPUS_BUILD / family / f"{name}.json")


@pytest.mark.parametrize("family, name", PROGRAMS)
def test_xcairo_run_prints_what_cairo_run_prints(family, name, tmp_path):
    # The whole stderr, Python traceback included (the corpus test compares its last line only).
    expected = expectation(name, family)
    harness.compile_inputs(expected["flags"], family, tmp_path,
                           harness.DEFAULT_REFERENCE_DIR / "bin" / "cairo-compile")
    flags = harness.expand(expected["flags"], family, tmp_path)
    result = subprocess.run([os.environ["XCAIRO_RUN"], "--program", program_path(name, family),
                             *flags], capture_output=True, text=True, cwd=tmp_path)
    if through_cairo_lang(expected):
        assert last_line(result.stderr) == last_line(expected["stderr"])
    else:
        assert result.stderr == expected["stderr"]
    assert (result.returncode, result.stdout) == (expected["exit_code"], expected["stdout"])


def test_syntax_error_text_is_the_hints_line_where_the_source_resolves():
    # CPython reads a SyntaxError's line from the .cairo file when the path resolves from the
    # working directory; the caret must still point into the hint's own (dedented) line.
    expected = expectation("syntax_error")
    result = subprocess.run([os.environ["XCAIRO_RUN"], "--program", program_path("syntax_error")],
                            capture_output=True, text=True, cwd=CORPUS_SOURCE)
    assert (CORPUS_SOURCE / "python_hints/syntax_error.cairo").exists()
    assert (result.returncode, result.stderr) == (expected["exit_code"], expected["stderr"])


def test_no_python_hints_refuses_at_load(tmp_path):
    result = subprocess.run([os.environ["XCAIRO_RUN"], "--program", program_path("scopes"),
                             "--layout", "small", "--no_python_hints"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: xcairo-run: --no_python_hints: the hint at pc 0:")


def test_program_input_and_hint_locals(xcairo):
    expected = expectation("program_input")
    program_input = json.loads((CORPUS_SOURCE / "python_hints/program_input.json").read_text())
    vm = xcairo.VM(xcairo.Program.load(program_path("program_input")), layout="small",
                   program_input=program_input)
    vm.run()
    assert [str(v) for v in vm.output()] == expected["output"]
    assert vm.hint_locals["program_input"] is program_input


@pytest.mark.parametrize("name", ["scopes", "rule_deduce_segment"])
def test_hints_run_in_parallel_vms(xcairo, name):
    # Each VM has its own scopes and memory rules; the GIL is taken for each hint or rule only.
    expected = expectation(name)
    program = xcairo.Program.load(program_path(name))
    vms = [xcairo.VM(program, layout="small") for _ in range(4)]
    threads = [threading.Thread(target=vm.run) for vm in vms]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for vm in vms:
        assert vm.state == xcairo.State.FINISHED
        assert [str(v) for v in vm.output()] == expected["output"]


def test_stop_before_hints(xcairo):
    vm = xcairo.VM(xcairo.Program.load(program_path("scopes")), layout="small")
    vm.stop_before_hints = True
    result = vm.run()
    assert result.cause == xcairo.StopCause.BEFORE_HINTS
    hint_pcs = {vm.program_base + pc for pc in vm.program.hints}
    assert vm.pc in hint_pcs
    while vm.run().cause == xcairo.StopCause.BEFORE_HINTS:
        assert vm.pc in hint_pcs
    assert vm.state == xcairo.State.FINISHED
    assert [str(v) for v in vm.output()] == expectation("scopes")["output"]


@pytest.mark.parametrize("value, found", [
    ("'text'", "holds an object of type str; native hints read only None, ints, Relocatables"),
    ("[1, 2]", "holds a list; native hints take a dict with int keys in [0, P) there."),
    ("{-1: 2}", "holds an int outside [0, P); native hints take a dict with int keys in [0, P)"),
    ("{1: {2: object()}}", "holds an object of type object;"),
])
def test_native_hints_name_a_caller_variable_they_cannot_read(xcairo, value, found):
    # dict_new (native) reads the initial_dict that the program's own hint sets.
    program = json.loads(open(program_path("dict_key_missing", "hints_bridge")).read())
    hints = [h for hs in program["hints"].values() for h in hs if h["code"] == "initial_dict = {1: 2}"]
    assert len(hints) == 1
    hints[0]["code"] = f"initial_dict = {value}"
    vm = xcairo.VM(xcairo.Program.from_json(json.dumps(program)), layout="small")
    with pytest.raises(xcairo.VmError) as error:
        vm.run()
    assert f"TypeError: xcairo: the scope variable 'initial_dict' set by a Python hint {found}" \
        in str(error.value)
