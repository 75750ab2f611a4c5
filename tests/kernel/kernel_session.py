"""A running xcairo kernel driven over ZMQ by jupyter_client, for the protocol tests."""
import json
import os
import pathlib
import queue
import time

from jupyter_client.manager import KernelManager

TIMEOUT = 60  # generous: the machine may be loaded


class KernelSession:
    """Starts the `xcairo` kernel (found through JUPYTER_PATH) and runs cells on it."""

    def __init__(self, cwd=None):
        self.km = KernelManager(kernel_name="xcairo")
        self.km.start_kernel(cwd=cwd)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=TIMEOUT)

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)

    def send(self, code):
        """Sends a cell without waiting; returns its msg_id."""
        return self.kc.execute(code)

    def outputs_until_idle(self, msg_id, timeout=TIMEOUT):
        """The iopub messages of a request (stream, display_data, error...) up to its idle status."""
        deadline = time.monotonic() + timeout
        outputs = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind = msg["msg_type"]
            if kind == "status" and msg["content"]["execution_state"] == "idle":
                return outputs
            if kind not in ("status", "execute_input"):
                outputs.append(msg)

    def reply(self, msg_id, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while True:
            msg = self.kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg["content"]

    def execute(self, code, timeout=TIMEOUT):
        """Runs a cell; returns (reply content, iopub outputs)."""
        msg_id = self.send(code)
        reply = self.reply(msg_id, timeout)
        return reply, self.outputs_until_idle(msg_id, timeout)

    def wait_for_stream(self, msg_id, text, timeout=TIMEOUT):
        """Waits until the cell has printed `text` (it is then running)."""
        deadline = time.monotonic() + timeout
        seen = ""
        while text not in seen:
            msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
                seen += msg["content"]["text"]

    def interrupt_until_reply(self, msg_id, attempts=10):
        """Interrupts until the cell replies (a signal landing just before the cell's code runs
        is dropped by design, so it is sent again)."""
        for _ in range(attempts):
            self.km.interrupt_kernel()
            try:
                return self.reply(msg_id, timeout=5)
            except queue.Empty:
                continue
        raise AssertionError("the cell did not stop after %d interrupts" % attempts)


def text_of(outputs):
    """Everything the outputs show as text: streams, text/plain data, error names and values."""
    parts = []
    for msg in outputs:
        content = msg["content"]
        if msg["msg_type"] == "stream":
            parts.append(content["text"])
        elif msg["msg_type"] in ("display_data", "execute_result"):
            parts.append(content["data"].get("text/plain", ""))
        elif msg["msg_type"] == "error":
            parts.append(content["ename"] + ": " + content["evalue"])
    return "".join(parts)


# Helpers of the tests over corpus programs: compiled by the build (XCAIRO_PROGRAMS), with
# cairo-run's recorded results beside their sources.
PROGRAMS = pathlib.Path(os.environ.get("XCAIRO_PROGRAMS", "."))
SOURCES = pathlib.Path(__file__).resolve().parent.parent / "programs"


def compiled(program):
    return str(PROGRAMS / (program + ".json"))


def recorded(program):
    """cairo-run's recorded results (tests/programs/<family>/<name>.expected.json)."""
    return json.loads((SOURCES / (program + ".expected.json")).read_text())


def ok(kernel, code):
    """Runs a cell that must succeed; its outputs."""
    reply, outputs = kernel.execute(code)
    assert reply["status"] == "ok", (code, reply, text_of(outputs))
    return outputs


def failing(kernel, code):
    """Runs a cell that must fail; its reply and outputs."""
    reply, outputs = kernel.execute(code)
    assert reply["status"] == "error", (code, text_of(outputs))
    return reply, outputs


def error_text(kernel, code):
    """The error of a cell that must fail: "ename: evalue"."""
    reply, _ = failing(kernel, code)
    return reply["ename"] + ": " + reply["evalue"]


def result(kernel, code):
    """The text/plain of the result of a cell that must succeed."""
    outputs = ok(kernel, code)
    results = [m for m in outputs if m["msg_type"] == "execute_result"]
    assert results, (code, text_of(outputs))
    return results[-1]["content"]["data"]["text/plain"]


def assert_alive(kernel):
    assert result(kernel, "6 * 7") == "42"
