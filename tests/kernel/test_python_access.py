"""xcairo.current() / xcairo.vm(NAME): the magics' VMs as xcairo.VM objects sharing their machine;
the view of a hint the VM is paused before (%ids, VM.hint()); one driver a machine, whether
magic, hint or thread."""
import pytest

from kernel_session import assert_alive, compiled, error_text, ok, recorded, result, text_of


def test_no_vm_is_a_clear_error(kernel):
    ok(kernel, "%reset\nimport xcairo")
    assert "%cairo_load" in error_text(kernel, "xcairo.current()")


def test_current_shares_the_magics_machine(kernel):
    ok(kernel, "%%cairo_load %s --name shared --layout small" % compiled("debug/succeeds"))
    assert result(kernel, "isinstance(xcairo.current(), xcairo.VM)") == "True"
    assert result(kernel, "xcairo.current() is xcairo.current() is xcairo.vm('shared')") == "True"
    ok(kernel, "%step 3")
    assert result(kernel, "xcairo.current().current_step") == "3"
    # Python steps the same machine: the magics see it.
    ok(kernel, "xcairo.current().step(2)")
    assert result(kernel, "xcairo.current().current_step") == "5"
    registers = text_of(ok(kernel, "%registers")).split("\n")
    assert registers[1].split()[registers[0].split().index("step")] == "5"


def test_two_vms_side_by_side(kernel):
    ok(kernel, "%%cairo_load %s --name left --layout small" % compiled("debug/succeeds"))
    ok(kernel, "%%cairo_load %s --name right --layout small" % compiled("python_hints/hint_loop"))
    ok(kernel, "%vm left\n%step 4\n%vm right\n%step 1")
    assert result(kernel, "(xcairo.vm('left').current_step, xcairo.vm('right').current_step)") == "(4, 1)"
    assert result(kernel, "xcairo.current() is xcairo.vm('right')") == "True"
    vms = text_of(ok(kernel, "%vms"))
    assert "left" in vms and "right" in vms
    # Each runs to its own end, with its own output (cairo-run's).
    ok(kernel, "%continue\n%vm left\n%continue")
    for name, program in (("left", "debug/succeeds"), ("right", "python_hints/hint_loop")):
        stdout = recorded(program)["stdout"]
        assert text_of(ok(kernel, "%%vm %s\n%%output" % name)).strip().endswith(
            stdout.split("\n\n")[0].split("Program output:\n")[1].rstrip()), name
    assert "no VM named" in error_text(kernel, "xcairo.vm('nowhere')")


def test_paused_before_a_hint_shows_its_ids(kernel):
    ok(kernel, "%%cairo_load %s --layout small" % compiled("python_hints/raise_value_error"))
    text = text_of(ok(kernel, "%break --hints\n%continue"))
    # The stop shows the hint's code (lines 5-8 of the source) marked with its instruction.
    assert "->     7              raise ValueError" in text and "->     9      return ();" in text
    # check(1): the hint's code and its ids.x, as the hint will see them.
    text = text_of(ok(kernel, "%ids"))
    assert "raise ValueError" in text and "ids.x  1" in text
    assert result(kernel, "h = xcairo.current().hint(); h.ids.x") == "1"
    assert result(kernel, "h.memory[h.pc] == xcairo.current().memory[xcairo.current().pc]") == "True"
    assert "ValueError" in result(kernel, "h.code")
    assert "has 1 hint" in error_text(kernel, "xcairo.current().hint(1)")
    # The view goes stale once the VM moves on; a new one sees check(5).
    ok(kernel, "%continue")
    assert "moved on" in error_text(kernel, "h.ids.x")
    assert result(kernel, "xcairo.current().hint().ids.x") == "5"


def test_a_failed_hint_stays_inspectable(kernel):
    ok(kernel, "%%cairo_load %s --layout small" % compiled("python_hints/raise_value_error"))
    error_text(kernel, "%continue")
    assert result(kernel, "str(xcairo.current().state)") == "'State.FAILED'"
    assert result(kernel, "xcairo.current().hint().ids.x") == "5"


# One driver a machine: a hint cannot drive the VM running it, nor a thread a VM another runs.
# on_first_print(action) calls action() from the first print() of a hint, on the thread running
# it: python_hints/prints prints first thing, so it hooks into the run without a program of its own.
ON_FIRST_PRINT = """
import builtins, threading, xcairo
def on_first_print(action):
    real_print = builtins.print
    def hooked(*args, **kwargs):
        builtins.print = real_print
        action()
        real_print(*args, **kwargs)
    builtins.print = hooked
"""
REENTERED = "xcairo: the VM is already running: a hint of its run cannot step, run or replace it"
PRINTS = "python_hints/prints"


def load_prints(kernel):
    ok(kernel, ON_FIRST_PRINT + "%%cairo_load %s --layout small" % compiled(PRINTS))


def hint_step():
    """The step at which the hint prints (cairo-run's own print of current_step)."""
    return int(recorded(PRINTS)["stdout"].split("step: ")[1].split()[0])


def registers_step(kernel):
    registers = text_of(ok(kernel, "%registers")).split("\n")
    return int(registers[1].split()[registers[0].split().index("step")])


def assert_runs_to_its_end(kernel):
    text = text_of(ok(kernel, "%run\n%output"))
    assert text.rstrip().endswith(recorded(PRINTS)["output"][-1]), text
    assert result(kernel, "str(xcairo.current().state)") == "'State.FINISHED'"


def test_a_hint_cannot_step_the_vm_running_it(kernel):
    load_prints(kernel)
    text = error_text(kernel, "on_first_print(lambda: xcairo.current().step())\n%continue")
    # The hint failed with the error, its traceback naming its line (prints.cairo:10).
    assert "RuntimeError: " + REENTERED in text
    assert 'prints.cairo", line 10, in <module>' in text
    assert result(kernel, "str(xcairo.current().state)") == "'State.FAILED'"
    assert registers_step(kernel) == hint_step()
    assert_runs_to_its_end(kernel)


@pytest.mark.parametrize("magic", ["step", "continue", "run", "next", "reset",
                                   "cairo_load %s --name prints" % compiled(PRINTS)],
                         ids=["step", "continue", "run", "next", "reset", "cairo_load"])
def test_a_hint_cannot_drive_or_drop_its_vm_with_a_magic(kernel, magic):
    load_prints(kernel)
    text = error_text(kernel, "on_first_print(lambda: get_ipython().run_line_magic(%r, %r))\n%%continue"
                      % tuple((magic + " ").split(" ", 1)))
    assert "CairoError: " + REENTERED in text
    assert "prints" in text_of(ok(kernel, "%vms"))
    assert registers_step(kernel) == hint_step()
    assert_runs_to_its_end(kernel)


def test_a_hint_reads_the_vm_running_it(kernel):
    load_prints(kernel)
    text = text_of(ok(kernel, """seen = []
def look():
    vm = xcairo.current()
    seen.append((vm.current_step, vm.memory[vm.fp]))
    get_ipython().run_line_magic("registers", "")
on_first_print(look)
%continue"""))
    # local x = 12 is at fp; %registers showed the hint's step, before the hint's prints.
    assert result(kernel, "seen") == "[(%d, 12)]" % hint_step()
    assert text.index("step  state") < text.index("x = 12") < text.index("the run ended")


def test_a_thread_cannot_drive_the_vm_continue_runs(kernel):
    load_prints(kernel)
    ok(kernel, """in_hint, tried, refused = threading.Event(), threading.Event(), []
def try_to_drive():
    in_hint.wait(60)
    for attempt in (lambda: xcairo.current().step(), lambda: xcairo.current().pc,
                    lambda: get_ipython().run_line_magic("step", ""),
                    lambda: get_ipython().run_line_magic("registers", "")):
        try:
            attempt()
            refused.append(None)
        except Exception as e:
            refused.append(str(e))
    tried.set()
def park():
    in_hint.set()
    tried.wait(60)
threading.Thread(target=try_to_drive).start()
on_first_print(park)
%continue""")
    assert result(kernel, "'|'.join(refused)") == repr("|".join(
        ["xcairo: the VM is already running in another thread"] + ["xcairo: the VM is running in another thread"] * 3))
    assert result(kernel, "str(xcairo.current().state)") == "'State.FINISHED'"
    assert text_of(ok(kernel, "%output")).rstrip().endswith(recorded(PRINTS)["output"][-1])


def test_magics_cannot_drive_a_vm_a_thread_runs(kernel):
    load_prints(kernel)
    ok(kernel, """in_hint, release, results = threading.Event(), threading.Event(), []
def park():
    in_hint.set()
    release.wait(60)
on_first_print(park)
runner = threading.Thread(target=lambda: results.append(xcairo.current().run()))
runner.start()
assert in_hint.wait(60)""")
    try:
        for magic in ("%step", "%continue", "%run", "%registers", "%reset"):
            text = error_text(kernel, magic)
            assert "CairoError" in text and text.endswith(": xcairo: the VM is running in another thread"), magic
    finally:
        ok(kernel, "release.set()\nrunner.join()")
    assert result(kernel, "str(results[0].cause)") == "'StopCause.END'"
    assert text_of(ok(kernel, "%output")).rstrip().endswith(recorded(PRINTS)["output"][-1])
    assert_alive(kernel)


def test_the_stop_shown_is_the_vm_run_even_if_a_hint_switches_vms(kernel):
    ok(kernel, "%%cairo_load %s --name other --layout small" % compiled("debug/succeeds"))
    load_prints(kernel)
    text = text_of(ok(kernel, 'on_first_print(lambda: get_ipython().run_line_magic("vm", "other"))\n%continue'))
    assert "Current VM: other" in text and "[prints] the run ended after %d steps" % recorded(PRINTS)["steps"] in text
    assert result(kernel, "xcairo.current() is xcairo.vm('other')") == "True"
