"""xcairo.current() / xcairo.vm(NAME): the magics' VMs as xcairo.VM objects sharing their machine;
the view of a hint the VM is paused before (%ids, VM.hint())."""
from kernel_session import compiled, error_text, ok, recorded, result, text_of


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
