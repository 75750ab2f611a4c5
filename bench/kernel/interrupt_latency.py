"""Interrupt latency of the xcairo kernel: the time from the interrupt request (SIGINT, what
jupyter_client's interrupt_kernel sends in the kernelspec's default signal mode) to the
execute_reply of the interrupted cell, for an endless Cairo program under %continue and for a
Python loop.

Run from the repository root after building (JUPYTER_PATH finds the build tree's kernelspec):
    JUPYTER_PATH=build/share/jupyter /usr/bin/python3 bench/kernel/interrupt_latency.py
"""
import argparse
import os
import pathlib
import statistics
import sys
import time

from jupyter_client.manager import KernelManager

ROOT = pathlib.Path(__file__).resolve().parents[2]
TIMEOUT = 60

CASES = {
    # noend/spin: `jmp rel 0` forever, run by the C++ step loop.
    "cairo/%continue/noend/spin": "%continue",
    "python/while-true": "while True:\n    pass",
}


def wait_started(kc, msg_id):
    """Until the cell printed its marker (its code then runs)."""
    deadline = time.monotonic() + TIMEOUT
    while True:
        msg = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream"
                and "started" in msg["content"]["text"]):
            return


def reply_of(kc, msg_id, timeout):
    deadline = time.monotonic() + timeout
    while True:
        msg = kc.get_shell_msg(timeout=max(0.01, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def drain_iopub(kc):
    while True:
        try:
            kc.get_iopub_msg(timeout=0.2)
        except Exception:
            return


def measure(km, kc, body, warmup):
    """Seconds from the interrupt to the reply; None when the signal came before the cell's code
    (the kernel drops it by design) and the cell had to be interrupted again."""
    msg_id = kc.execute("print('started', flush=True)\n" + body)
    wait_started(kc, msg_id)
    time.sleep(warmup)  # well inside the loop
    start = time.perf_counter()
    km.interrupt_kernel()
    reply = reply_of(kc, msg_id, TIMEOUT)
    elapsed = time.perf_counter() - start
    drain_iopub(kc)
    if reply["content"]["status"] != "error" or "KeyboardInterrupt" not in reply["content"]["ename"]:
        raise RuntimeError("the cell ended otherwise: %r" % reply["content"])
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--warmup", type=float, default=0.3, help="seconds the cell runs before the interrupt")
    parser.add_argument("--programs", default=str(ROOT / "build/tests/programs"))
    args = parser.parse_args()

    km = KernelManager(kernel_name="xcairo")
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        reply = reply_of(kc, kc.execute("%%cairo_load %s --no_trace"
                                        % os.path.join(args.programs, "noend/spin.json")), TIMEOUT)
        assert reply["content"]["status"] == "ok", reply["content"]
        drain_iopub(kc)
        print("| case | n | median ms | max ms |")
        print("|---|---:|---:|---:|")
        # The floor: a cell doing nothing, from its request to its reply.
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            reply_of(kc, kc.execute("pass"), TIMEOUT)
            times.append(time.perf_counter() - start)
            drain_iopub(kc)
        print("| round trip of `pass` (no interrupt) | %d | %.1f | %.1f |"
              % (len(times), 1000 * statistics.median(times), 1000 * max(times)))
        for name, body in CASES.items():
            times = [measure(km, kc, body, args.warmup) for _ in range(args.repeat)]
            print("| %s | %d | %.1f | %.1f |" % (name, len(times), 1000 * statistics.median(times),
                                                1000 * max(times)))
            sys.stdout.flush()
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
