"""SIGINT: the kernel survives it while idle; it stops Python code, sleeps and C++ loops."""
import time


def assert_usable(kernel):
    reply, outputs = kernel.execute("40 + 2")
    assert reply["status"] == "ok"
    assert outputs[-1]["content"]["data"]["text/plain"] == "42"


def test_idle_interrupts_leave_the_kernel_alive(kernel):
    for _ in range(3):
        kernel.km.interrupt_kernel()
        time.sleep(0.3)
        assert kernel.km.is_alive()
    assert_usable(kernel)


def interrupted(kernel, code):
    msg_id = kernel.send("print('started', flush=True)\n" + code)
    kernel.wait_for_stream(msg_id, "started")
    reply = kernel.interrupt_until_reply(msg_id)
    kernel.outputs_until_idle(msg_id)
    return reply


def test_interrupt_stops_a_python_loop(kernel):
    reply = interrupted(kernel, "while True:\n    pass")
    assert reply["status"] == "error"
    assert "KeyboardInterrupt" in reply["ename"]
    assert_usable(kernel)


def test_interrupt_stops_a_sleep(kernel):
    reply = interrupted(kernel, "import time\ntime.sleep(600)")
    assert reply["status"] == "error"
    assert "KeyboardInterrupt" in reply["ename"]
    assert_usable(kernel)


def test_interrupt_during_input_is_harmless(kernel):
    msg_id = kernel.kc.execute("answer = input('name? ')", allow_stdin=True)
    request = kernel.kc.get_stdin_msg(timeout=60)
    assert request["content"]["prompt"] == "name? "
    kernel.km.interrupt_kernel()
    time.sleep(0.5)
    assert kernel.km.is_alive()
    # The pending input still takes its answer; the interrupt then ends the cell.
    kernel.kc.input("cairo")
    reply = kernel.reply(msg_id)
    kernel.outputs_until_idle(msg_id)
    assert reply["status"] == "error" and "KeyboardInterrupt" in reply["ename"]
    assert_usable(kernel)
