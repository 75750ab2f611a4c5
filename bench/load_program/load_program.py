#!/usr/bin/env -S /usr/bin/python3
"""Steps of a program loaded by a hint (vm_load_program) against the same program run directly:
bench/programs/fib_loop.cairo with N iterations, run by xcairo-run directly and through
loader.cairo; the loader with N = 1 gives the cost of Python and cairo-lang's import to subtract.
CPU time (user + system) of the child, best of 3.

Usage: bench/load_program/load_program.py [--build build] [--n 2000000]
"""
import argparse
import os
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMPILE = "/opt/xcairo/cairo-lang-0.14.0.1/bin/cairo-compile"


def compile_program(source: Path, out: Path, n=None) -> Path:
    text = source.read_text()
    if n is not None:
        text = text.replace("const N = 2500000;", f"const N = {n};")
    cairo = out.with_suffix(".cairo")
    cairo.write_text(text)
    subprocess.run([COMPILE, str(cairo), "--output", str(out)], check=True)
    return out


def best_cpu(command, repeats=3):
    """(user, system) seconds of the run with the least user + system time."""
    best = None
    for _ in range(repeats):
        before = os.times()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        after = os.times()
        cpu = (after.children_user - before.children_user,
               after.children_system - before.children_system)
        if best is None or sum(cpu) < sum(best):
            best = cpu
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build", type=Path, default=ROOT / "build")
    parser.add_argument("--n", type=int, default=2_000_000)
    args = parser.parse_args()
    run = [str(args.build / "vmcore/xcairo-run")]
    with tempfile.TemporaryDirectory() as tmp:
        fib = ROOT / "bench/programs/fib_loop.cairo"
        big = compile_program(fib, Path(tmp) / "fib.json", args.n)
        small = compile_program(fib, Path(tmp) / "fib_1.json", 1)
        loader = compile_program(Path(__file__).parent / "loader.cairo", Path(tmp) / "loader.json")
        direct = best_cpu(run + ["--program", str(big)])
        loaded = best_cpu(run + ["--program", str(loader), "--program_input", str(big)])
        start_up = best_cpu(run + ["--program", str(loader), "--program_input", str(small)])
    steps = 4 * args.n
    print(f"fib_loop N = {args.n:,} (about {steps:,} steps), CPU seconds (user + system):")
    print(f"  directly: {direct[0]:.2f} + {direct[1]:.2f}")
    print(f"  loaded by a hint: {loaded[0]:.2f} + {loaded[1]:.2f} "
          f"(loader with N = 1: {start_up[0]:.2f} + {start_up[1]:.2f})")
    extra = [loaded[i] - start_up[i] for i in range(2)]
    print(f"  the loaded steps: {extra[0]:.2f} + {extra[1]:.2f}, "
          f"{sum(extra) / sum(direct):.2f}x the direct run")


if __name__ == "__main__":
    main()
