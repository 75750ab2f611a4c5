"""The Cairo magics over the protocol, on corpus programs; expected values come from cairo-run's
recorded results (tests/programs/<family>/<name>.expected.json)."""
import time

import pytest

from kernel_session import SOURCES, assert_alive, compiled, failing, ok, recorded, text_of


def test_magics_are_registered(kernel):
    outputs = ok(kernel, "print(sorted(get_ipython().magics_manager.lsmagic()['line']))")
    listed = text_of(outputs)
    for name in ("cairo_load", "vms", "vm", "step", "next", "finish", "continue", "run", "break",
                 "breaks", "delete", "registers", "memory", "ids", "trace", "output", "disasm",
                 "reset", "cairo_path"):
        assert "'%s'" % name in listed


def test_help_does_not_end_the_kernel(kernel):
    outputs = ok(kernel, "%step -h\n%cairo_load --help")
    text = text_of(outputs)
    assert "usage: %step" in text and "usage: %cairo_load" in text and "--program_input" in text
    assert_alive(kernel)


def test_run_to_the_end_shows_cairo_runs_output(kernel):
    outputs = ok(kernel, "%%cairo_load %s --layout small" % compiled("debug/succeeds"))
    loaded = outputs[0]["content"]["data"]
    assert "text/html" in loaded and "debug/succeeds.cairo" in loaded["text/plain"]
    outputs = ok(kernel, "%step 2")
    assert "after 2 steps" in text_of(outputs)
    ok(kernel, "%continue")
    outputs = ok(kernel, "%output")
    stdout = recorded("debug/succeeds")["stdout"]
    assert text_of(outputs).strip() == stdout.split("\n\n")[0].strip()
    outputs = ok(kernel, "%registers")
    assert str(recorded("debug/succeeds")["steps"]) in text_of(outputs)


def test_breakpoints_stop_the_run(kernel):
    ok(kernel, "%%cairo_load %s --name bp --layout small" % compiled("debug/succeeds"))
    outputs = ok(kernel, "%break serialize_word")
    assert "Breakpoint" in text_of(outputs)
    outputs = ok(kernel, "%run")
    assert "breakpoint" in text_of(outputs)
    outputs = ok(kernel, "%breaks")
    assert "serialize_word" in text_of(outputs)
    ok(kernel, "%finish\n%next\n%ids\n%memory fp 4\n%trace 3\n%disasm 0-6")
    outputs = ok(kernel, "%vms")
    assert "bp" in text_of(outputs)
    breakpoint_id = text_of(ok(kernel, "%breaks")).split("\n")[1].split()[0]
    ok(kernel, "%%delete %s\n%%continue" % breakpoint_id)
    outputs = ok(kernel, "%breaks")
    assert "No breakpoints" in text_of(outputs)


def test_failing_assert_is_an_error_reply(kernel):
    ok(kernel, "%%cairo_load %s --layout small" % compiled("debug/assert_fails"))
    reply, outputs = failing(kernel, "%continue")
    stdout = recorded("debug/assert_fails")["stdout"]
    location = stdout.split("\n")[2]  # "debug/assert_fails.cairo:9:9: Error at pc=0:11:"
    assert location in reply["evalue"]
    assert "the run failed" in text_of(outputs)
    assert_alive(kernel)


@pytest.mark.parametrize("code", [
    "%step abc",
    "%cairo_load",
    "%memory nowhere",
    "%cairo_load /nonexistent/program.json",
    "%%cairo_load %s" % (SOURCES / "debug/succeeds.cairo"),  # not compiled: not JSON
    "%vm no_such_vm",
    "%break no_such_function",
])
def test_bad_input_is_an_error_reply(kernel, code):
    failing(kernel, code)
    assert_alive(kernel)


def test_interrupt_stops_an_endless_program(kernel):
    ok(kernel, "%%cairo_load %s --name spin --no_trace" % compiled("noend/spin"))
    # The signal may land between the print and the magic (a plain KeyboardInterrupt): try again.
    for _ in range(5):
        msg_id = kernel.send("print('started', flush=True)\n%continue")
        kernel.wait_for_stream(msg_id, "started")
        time.sleep(0.5)
        reply = kernel.interrupt_until_reply(msg_id)
        outputs = kernel.outputs_until_idle(msg_id)
        assert reply["status"] == "error" and "KeyboardInterrupt" in reply["ename"]
        if "interrupted" in text_of(outputs):
            break
    assert "interrupted" in text_of(outputs)
    outputs = ok(kernel, "%registers")
    assert "paused" in text_of(outputs)
    assert_alive(kernel)


def test_completion_of_magic_arguments(kernel):
    ok(kernel, "%%cairo_load %s --name completion_vm --layout small" % compiled("debug/succeeds"))
    for code, wanted in (("%vm compl", "completion_vm"), ("%cairo_load --la", "--layout"),
                         ("%break __main__.ma", "__main__.main"), ("%ste", "%step")):
        kernel.kc.complete(code, len(code))
        reply = kernel.kc.get_shell_msg(timeout=60)["content"]
        assert wanted in reply["matches"], (code, reply)


def test_reset_forgets_the_vms(kernel):
    ok(kernel, "%reset")
    outputs = ok(kernel, "%vms")
    assert "No VM loaded" in text_of(outputs)
    failing(kernel, "%step")


def test_xcairo_module_is_embedded(kernel):
    code = ("import xcairo\n"
            "vm = xcairo.VM(xcairo.Program.load(%r), layout='small')\n"
            "vm.run()\n"
            "print(vm.current_step)" % compiled("debug/succeeds"))
    outputs = ok(kernel, code)
    assert text_of(outputs).strip() == str(recorded("debug/succeeds")["steps"])
    outputs = ok(kernel, "print(xcairo.__file__ if hasattr(xcairo, '__file__') else 'embedded')")
    assert text_of(outputs).strip() == "embedded"


def test_python_hints_run_and_print_into_the_cell(kernel):
    ok(kernel, "%%cairo_load %s --layout small" % compiled("python_hints/prints"))
    outputs = ok(kernel, "%continue\n%output")
    stdout = recorded("python_hints/prints")["stdout"]
    hint_prints, program_output = stdout.split("Program output:\n")
    text = text_of(outputs)
    assert hint_prints in text
    assert "Program output:\n" + program_output.split("\n\n")[0] in text
