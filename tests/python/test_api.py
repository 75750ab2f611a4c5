"""The VM API: stepping, breakpoints, memory, segments, trace, errors, pickling.

Values checked come from cairo-run's recorded expectations (the corpus) or from the same
program run another way with the module.
"""
import pickle

import pytest

from conftest import CORPUS_BUILD, corpus_programs


def load(xcairo, name):
    return xcairo.Program.load(str(CORPUS_BUILD / f"{name}.json"))


def test_stepping_matches_one_run(xcairo, fib_loop):
    program, expected = fib_loop
    whole = xcairo.VM(program, layout="small")
    whole.run()
    stepped = xcairo.VM(program, layout="small")
    assert stepped.state == xcairo.State.NOT_STARTED
    assert stepped.step().steps == 1
    assert stepped.step(999).steps == 999
    assert stepped.current_step == 1000 and stepped.state == xcairo.State.PAUSED
    assert len(stepped.trace()) == 1000
    assert stepped.trace() == whole.trace()[:1000]
    result = stepped.run()
    assert result.cause == xcairo.StopCause.END and result.steps == expected["steps"] - 1000
    assert [str(v) for v in stepped.output()] == expected["output"]
    assert stepped.relocated_trace() == whole.relocated_trace()


def test_registers_and_memory(xcairo):
    vm = xcairo.VM(load(xcairo, "basic/locals"))
    assert vm.pc == vm.program_base + vm.program.main
    assert vm.ap == vm.fp
    # main's frame: [fp - 2] the return fp, [fp - 1] the return pc (the end pc).
    assert vm.memory[vm.fp - 1] == vm.end_pc
    assert isinstance(vm.memory[vm.program_base], int)
    assert vm.memory.get(vm.ap) is None and vm.ap not in vm.memory
    with pytest.raises(KeyError):
        vm.memory[vm.ap + 100]
    with pytest.raises(TypeError):
        vm.memory[3]


def test_memory_is_write_once(xcairo):
    vm = xcairo.VM(load(xcairo, "basic/locals"))
    base = vm.segments.add()
    assert base == xcairo.Relocatable(len(vm.segments) - 1, 0)
    vm.memory[base] = -1
    assert vm.memory[base] == xcairo.PRIME - 1
    vm.memory[base] = xcairo.PRIME - 1  # the same value again
    vm.memory[base + 1] = base
    with pytest.raises(xcairo.Error, match="Inconsistent memory assignment at address"):
        vm.memory[base] = 5
    assert vm.segments.get_segment_used_size(base.segment_index) == 2
    assert vm.segments.add_temp_segment().segment_index == -1


def test_breakpoints_and_run_until_pc(xcairo):
    program = load(xcairo, "basic/locals")
    reference = xcairo.VM(program)
    reference.run()
    pcs = [entry[0] for entry in reference.trace()]
    target = pcs[3]
    vm = xcairo.VM(program)
    vm.add_breakpoint(target)
    assert vm.breakpoints == [target]
    result = vm.run()
    assert result.cause == xcairo.StopCause.BREAKPOINT and vm.pc == target
    assert vm.current_step == pcs.index(target)
    vm.remove_breakpoint(target)
    assert vm.run().cause == xcairo.StopCause.END
    assert vm.trace() == reference.trace()

    until = xcairo.VM(program)
    assert until.run_until_pc(target).cause == xcairo.StopCause.REACHED_PC
    assert until.current_step == pcs.index(target) and until.breakpoints == []
    with pytest.raises(xcairo.Error, match="not a pc of the program segment"):
        until.add_breakpoint(until.ap)


def test_relocation_needs_the_end(xcairo):
    vm = xcairo.VM(load(xcairo, "basic/locals"))
    vm.step()
    with pytest.raises(RuntimeError, match="has not finished"):
        vm.relocate()
    vm.run()
    vm.relocate()
    assert vm.info_text().startswith("Number of steps: ")


def test_failure_keeps_the_vm_inspectable(xcairo):
    corpus = next(p for p in corpus_programs(exit_code=1) if p.name == "errors/assert_with_attr")
    vm = corpus.vm(xcairo)
    with pytest.raises(xcairo.VmException) as raised:
        vm.run()
    error = raised.value
    assert str(error) == corpus.expected["stderr"].rstrip("\n")
    assert error.pc == vm.pc and vm.state == xcairo.State.FAILED
    assert error.message in str(error) and error.location in str(error)
    assert str(vm.error) == str(error)
    with pytest.raises(xcairo.VmException):
        vm.step()
    assert vm.memory[vm.fp - 1] is not None


def test_constructor_errors(xcairo, fib_loop):
    program, _ = fib_loop
    with pytest.raises(xcairo.Error, match='unknown layout "nope"'):
        xcairo.VM(program, layout="nope")
    output_program = load(xcairo, "output/holes")
    with pytest.raises(xcairo.RunAssertionError, match="are not present in layout"):
        xcairo.VM(output_program, layout="plain")
    with pytest.raises(xcairo.LoadError):
        xcairo.Program.from_json("{")
    with pytest.raises(xcairo.LoadError):
        xcairo.Program.load("/nonexistent/program.json")


def test_program_accessors_and_pickling(xcairo):
    program = load(xcairo, "basic/locals")
    assert program.main == program.get_label("main")
    assert program.identifiers["__main__.main"]["type"] == "function"
    assert program.get_identifier("__main__.main")["pc"] == program.main
    location = program.instruction_location(program.main)
    assert location["filename"].endswith("locals.cairo")
    assert program.file_content(location["filename"]) is not None
    copy = pickle.loads(pickle.dumps(program))
    assert copy.data == program.data and copy.identifiers == program.identifiers
    a, b = xcairo.VM(program), xcairo.VM(copy)
    a.run()
    b.run()
    assert a.relocated_trace() == b.relocated_trace()
    r = xcairo.Relocatable(2, 7)
    assert pickle.loads(pickle.dumps(r)) == r and hash(r) == hash(xcairo.Relocatable(2, 7))
    assert (r + 3) - r == 3 and str(r - 7) == "2:0"
