"""Many VMs at once: the GIL is released while a VM runs, runs can be interrupted, and a VM has
one driver at a time (another thread, or a hint of its run, is refused)."""
import json
import threading
import time

import pytest

from conftest import CORPUS_BUILD, CORPUS_SOURCE


def test_python_keeps_running_while_vms_run(xcairo, fib_loop):
    program, expected = fib_loop
    vms = [xcairo.VM(program, layout="small") for _ in range(3)]
    ticks = 0
    done = threading.Event()

    def ticker():
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            time.sleep(0.001)

    tick_thread = threading.Thread(target=ticker)
    tick_thread.start()
    results = [None] * len(vms)

    def run(i):
        results[i] = vms[i].run()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(vms))]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    done.set()
    tick_thread.join()
    for vm, result in zip(vms, results):
        assert result.cause == xcairo.StopCause.END
        assert vm.current_step == expected["steps"]
        assert [str(v) for v in vm.output()] == expected["output"]
    # The ticker ran during the runs (it would starve if the GIL were held).
    assert ticks >= min(5, int(elapsed * 1000) // 4)


def test_interrupt_from_another_thread(xcairo):
    program = xcairo.Program.load(str(CORPUS_BUILD / "long/fib_loop.json"))
    vm = xcairo.VM(program, layout="small")
    vm.request_interrupt()
    assert vm.run().cause == xcairo.StopCause.INTERRUPTED and vm.current_step == 0
    results = []
    thread = threading.Thread(target=lambda: results.append(vm.run()))
    thread.start()
    time.sleep(0.002)
    vm.request_interrupt()
    thread.join()
    first = results[0]
    # On a busy machine the run may end before the request comes.
    assert first.cause in (xcairo.StopCause.INTERRUPTED, xcairo.StopCause.END)
    if first.cause == xcairo.StopCause.INTERRUPTED:
        assert vm.state == xcairo.State.PAUSED
        assert vm.run().cause == xcairo.StopCause.END


class HintHook(dict):
    """python_hints/program_input's program_input: its hint's first read, program_input["values"],
    calls on_read() inside the hint, on the thread running the VM."""

    def __init__(self, on_read):
        super().__init__(json.loads((CORPUS_SOURCE / "python_hints/program_input.json").read_text()))
        self.on_read = on_read

    def __getitem__(self, key):
        if key == "values":
            self.on_read()
        return super().__getitem__(key)


def hooked_vm(xcairo, on_read):
    program = xcairo.Program.load(str(CORPUS_BUILD / "python_hints/program_input.json"))
    return xcairo.VM(program, layout="small", program_input=HintHook(on_read))


PROGRAM_INPUT = json.loads((CORPUS_SOURCE / "python_hints/program_input.expected.json").read_text())
WAIT = 60  # only against a hang: the events order the threads


def test_a_vm_running_in_a_thread_refuses_other_threads(xcairo):
    in_hint, tried = threading.Event(), threading.Event()

    def park():  # the run holds the VM while its hint waits (the GIL released)
        in_hint.set()
        assert tried.wait(WAIT)

    vm = hooked_vm(xcairo, park)
    end_pc, base = vm.end_pc, vm.program_base
    results = []
    runner = threading.Thread(target=lambda: results.append(vm.run()))
    runner.start()
    try:
        assert in_hint.wait(WAIT)
        for drive in (vm.step, vm.run):
            with pytest.raises(RuntimeError, match="^xcairo: the VM is already running in another thread$"):
                drive()
        for use in (lambda: vm.run_until_pc(end_pc), lambda: vm.pc, lambda: vm.memory[base],
                    lambda: vm.add_breakpoint(end_pc)):
            with pytest.raises(RuntimeError, match="^xcairo: the VM is running in another thread$"):
                use()
        assert repr(vm) == "<xcairo.VM running>"
    finally:
        tried.set()
        runner.join()
    # The run went on undisturbed; the VM is free again.
    assert results[0].cause == xcairo.StopCause.END
    assert [str(v) for v in vm.output()] == PROGRAM_INPUT["output"]
    assert vm.current_step == PROGRAM_INPUT["steps"]
    assert vm.step().cause == xcairo.StopCause.END


def test_a_hint_cannot_drive_its_own_vm(xcairo):
    seen = []

    def drive_from_the_hint():
        # Reading its own VM works from the hint: it is paused there.
        seen.append((vm.pc, vm.current_step, vm.memory[vm.fp - 3]))
        vm.step()

    vm = hooked_vm(xcairo, drive_from_the_hint)
    with pytest.raises(xcairo.VmException) as raised:
        vm.run()
    error = str(raised.value)
    # The hint's traceback: its line in the .cairo file, then the hook that tried to step.
    assert '\n  File "python_hints/program_input.cairo", line 11, in <module>\n' in error
    assert "in drive_from_the_hint\n    vm.step()\n" in error
    assert error.endswith("RuntimeError: xcairo: the VM is already running: a hint of its run cannot step, "
                          "run or replace it")
    # The hint failed the run where it stood, as any failing hint does; the VM stays inspectable.
    assert vm.state == xcairo.State.FAILED and str(vm.error) == error
    assert seen == [(vm.pc, vm.current_step, vm.memory[vm.fp - 3])] and raised.value.pc == vm.pc
    with pytest.raises(xcairo.VmException):
        vm.step()
