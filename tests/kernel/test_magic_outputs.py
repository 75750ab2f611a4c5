"""Each magic's output and errors, on corpus programs. Expected values come from the programs'
sources and from cairo-run's recorded results, never from the kernel's own earlier output."""
import re

import pytest

from kernel_session import assert_alive, compiled, failing, ok, recorded, result, text_of


def shown(kernel, code):
    """The text a cell that must succeed shows."""
    return text_of(ok(kernel, code))


def error(kernel, code):
    return failing(kernel, code)[0]["evalue"]


def table(text):
    """The rows of a magic's text table, split on blanks, after its header."""
    lines = [line for line in text.split("\n") if line.strip()]
    return [line.split() for line in lines[1:]]


def at_serialize_word(kernel, name="outputs"):
    """debug/succeeds at its first serialize_word(5) call: 3 steps (two pushes and the call)."""
    ok(kernel, "%%cairo_load %s --name %s --layout small\nimport xcairo" % (compiled("debug/succeeds"), name))
    ok(kernel, "%break serialize_word\n%continue")


def test_step_and_next_over_a_call(kernel):
    ok(kernel, "%%cairo_load %s --name stepping --layout small\nimport xcairo" % compiled("debug/succeeds"))
    text = shown(kernel, "%step 2")
    assert "stopped after 2 steps" in text and "->" in text  # the source, current line marked
    # main's third instruction is `call serialize_word`: %next runs the call to its return.
    call_pc, fp = result(kernel, "xcairo.current().pc.offset"), result(kernel, "xcairo.current().fp")
    ok(kernel, "%next")
    assert result(kernel, "xcairo.current().fp") == fp
    assert int(result(kernel, "xcairo.current().pc.offset")) == int(call_pc) + 2  # call rel IMM: 2 cells
    assert int(result(kernel, "xcairo.current().current_step")) > 3


def test_breaks_memory_trace_and_disasm(kernel):
    at_serialize_word(kernel)
    rows = table(shown(kernel, "%breaks"))
    assert "0:0" in rows[0] and "serialize_word" in rows[0]
    # serialize_word(5): word is [fp - 3], output_ptr [fp - 4] (the output segment's base).
    fp = result(kernel, "xcairo.current().fp.offset")
    rows = table(shown(kernel, "%%memory 1:%d 2" % (int(fp) - 4)))
    assert rows[0][0] == "1:%d" % (int(fp) - 4) and rows[1][1] == "5"
    assert table(shown(kernel, "%memory fp 1"))[0][-2:] == ["<-", "fp"]
    rows = table(shown(kernel, "%trace 2"))
    assert [row[0] for row in rows] == ["1", "2"]
    assert rows[1][1] == result(kernel, "str(xcairo.current().trace()[2][0])").strip("'")
    text = shown(kernel, "%disasm 0-1")
    assert text.startswith("-> 0:0  ")  # the breakpoint's pc, marked as current


def test_finish_returns_to_the_caller(kernel):
    ok(kernel, "%%cairo_load %s --name finishing --layout small\nimport xcairo" % compiled("debug/succeeds"))
    main_fp = result(kernel, "xcairo.current().fp")
    ok(kernel, "%break serialize_word\n%continue")
    assert result(kernel, "xcairo.current().fp") != main_fp
    ok(kernel, "%finish")
    assert result(kernel, "xcairo.current().fp") == main_fp


def test_run_starts_again_and_keeps_breakpoints(kernel):
    at_serialize_word(kernel, "rerun")
    ok(kernel, "%continue")  # the second serialize_word(-5)
    text = shown(kernel, "%run")
    assert re.search(r"breakpoint \d+ at pc 0:0 after 3 steps", text)
    assert result(kernel, "xcairo.current().current_step") == "3"


def test_output_and_trace_messages(kernel):
    ok(kernel, "%%cairo_load %s --name quiet --no_trace --layout small" % compiled("python_hints/raise_value_error"))
    assert "does not use the output builtin" in shown(kernel, "%output")
    assert "--no_trace" in shown(kernel, "%trace")
    assert "Search path:" in shown(kernel, "%cairo_path")


@pytest.mark.parametrize("code, reason", [
    ("%step --bogus", "unrecognized argument: --bogus"),
    ("%step 1 2", "unrecognized argument: 2"),
    ("%vm", "required: NAME"),
    ("%delete 99", "no breakpoint 99"),
    ("%delete x", "not a non-negative integer"),
    ("%memory 1:2 many", "not a non-negative integer"),
    ("%trace -3", "not a non-negative integer"),
    ("%disasm 9-2", "RANGE is START-END"),
    ("%cairo_path /nonexistent/dir", "not a directory"),
    ("%break 100000", "outside the program"),
    ("%break succeeds.cairo:999", "no instruction starts at"),
    ("%cairo_load x.json --layout", "expected one argument"),
    ("%%cairo_load %s --program_input /nonexistent.json" % compiled("debug/succeeds"), "no such program input"),
])
def test_errors_say_why(kernel, code, reason):
    at_serialize_word(kernel, "errors")
    assert reason in error(kernel, code)
    assert_alive(kernel)


@pytest.mark.parametrize("program", ["errors/assert_plain", "errors/assert_with_attr",
                                     "python_hints/raise_value_error", "python_hints/raise_custom"])
def test_a_failed_run_replies_cairo_runs_error(kernel, program):
    """A failing assert or hint: the error reply carries cairo-run's message, location and
    tracebacks (as far as the recorder compares them), and the kernel stays up."""
    ok(kernel, "%%cairo_load %s --layout small" % compiled(program))
    expected = recorded(program)
    got = error(kernel, "%continue").strip()
    if expected["stderr_match"] == "exact":
        assert got == expected["stderr"].strip()
    else:
        assert got.split("\n")[-1] == expected["stderr"].strip().split("\n")[-1]
        assert got.split("\n")[0] == expected["stderr"].split("\n")[0]
    assert_alive(kernel)


@pytest.mark.parametrize("magic", ["step", "break", "cairo_load"])
def test_inspecting_a_magic_shows_its_help(kernel, magic):
    code = "%" + magic
    reply = kernel.reply(kernel.kc.inspect(code, len(code)))
    assert reply["found"], reply
    assert "usage: %" + magic in reply["data"]["text/plain"]
