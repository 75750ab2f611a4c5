#!/usr/bin/env -S /usr/bin/python3
"""Python hint costs: a trivial hint (`x = 1`) per loop iteration in xcairo-run and cairo-run,
minus the same loop without the hint, divided by N; then two xcairo.VM runs of fib_loop in two
threads against the same two in series.

Usage: bench/python_hints/python_hints.py [--build build] [--n 100000] [--n-ref 100000]
"""
import argparse
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = Path("/opt/xcairo/cairo-lang-0.14.0.1/bin")


def compile_loop(tmp: Path, n: int, hint: bool) -> Path:
    source = (Path(__file__).parent / "hint_loop.cairo").read_text()
    source = source.replace("const N = 1000;", f"const N = {n};")
    source = source.replace("    // HINT_LINE", "    %{ x = 1 %}" if hint else "")
    cairo, out = tmp / f"loop_{n}_{hint}.cairo", tmp / f"loop_{n}_{hint}.json"
    cairo.write_text(source)
    subprocess.run([str(REFERENCE / "cairo-compile"), str(cairo), "--output", str(out)], check=True)
    return out


def best_of(action, repeats=3) -> float:
    """The shortest wall time of `repeats` calls of `action`."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def best_time(command) -> float:
    return best_of(lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL))


def per_hint(runner: str, tmp: Path, n: int) -> float:
    with_hint = best_time([runner, "--program", str(compile_loop(tmp, n, True)), "--layout", "plain"])
    without = best_time([runner, "--program", str(compile_loop(tmp, n, False)), "--layout", "plain"])
    print(f"  {Path(runner).name}: N={n}: {with_hint:.3f} s with the hint, {without:.3f} s without")
    return (with_hint - without) / n


def threads_vs_series(build: Path, n_runs: int = 2, repeats: int = 5):
    """Best of `repeats` for the runs one after the other and for the runs in parallel threads."""
    sys.path.insert(0, str(build / "python"))
    import xcairo
    program = xcairo.Program.load(str(build / "tests/programs/long/fib_loop.json"))

    def run_one():
        xcairo.VM(program, layout="small").run()

    def series():
        for _ in range(n_runs):
            run_one()

    def in_threads():
        threads = [threading.Thread(target=run_one) for _ in range(n_runs)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    return best_of(series, repeats), best_of(in_threads, repeats)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", type=Path, default=ROOT / "build")
    parser.add_argument("--n", type=int, default=100000, help="iterations for xcairo-run")
    parser.add_argument("--n-ref", type=int, default=100000, help="iterations for cairo-run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="xcairo-bench-hints-") as tmp:
        tmp = Path(tmp)
        xcairo = per_hint(str(args.build / "vmcore/xcairo-run"), tmp, args.n)
        reference = per_hint(str(REFERENCE / "cairo-run"), tmp, args.n_ref)
    print(f"per trivial hint: xcairo-run {xcairo * 1e6:.2f} us, cairo-run {reference * 1e6:.2f} us")
    series, threads = threads_vs_series(args.build)
    print(f"two fib_loop VMs: in series {series:.3f} s, in two threads {threads:.3f} s "
          f"(speed-up {series / threads:.2f})")


if __name__ == "__main__":
    main()
