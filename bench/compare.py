#!/usr/bin/python3
"""Whole-run benchmark: xcairo-run against its peers, measured side by side in one invocation.

Peers: the Rust `cairo-vm` crate (bench/peers/cairo-vm-run) and StarkWare's Python `cairo-run`
(the pinned reference). Each program in bench/programs has a `const N = ...;` line that sizes
it; this script rewrites that line into temporary copies and compiles them with the pinned
cairo-compile. cairo-run is run on a smaller N (a full run takes minutes and gigabytes), so
compare steps/s, not wall times, across implementations.

Before timing, every implementation does one correctness run per program at the small N with
trace and memory files written: step counts, trace bytes and memory contents must agree, or the
script stops. Timed runs record the trace in memory and relocate it (as `cairo-run
--trace_file` does) but write no files, except where an implementation can only record the
trace by writing it (see --xcairo-trace-args).

Benchmarks are named <impl>/<phase>/<program>; the phase here is `whole` (the whole process:
load, run, relocate). Python 3 standard library only; run with /usr/bin/python3. Not for CI.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import hashlib
import json
import os
import platform
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from array import array
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROGRAMS_DIR = REPO / "bench" / "programs"
REFERENCE_BIN = Path("/opt/xcairo/cairo-lang-0.14.0.1/bin")
DEFAULT_XCAIRO = REPO / "build" / "vmcore" / "xcairo-run"
DEFAULT_CAIRO_VM = REPO / "bench" / "peers" / "cairo-vm-run" / "target" / "release" / "cairo-vm-run"

# Program -> (N for the native implementations, N for cairo-run and the correctness run).
DEFAULT_SIZES = {
    "fib_loop": (2_500_000, 100_000),  # 10,000,004 and 400,004 steps
    "recursion": (27, 22),  # 5,159,993 and 465,269 steps
    "builtins": (50_000, 2_000),  # 1,000,018 and 40,018 steps
    "hints": (10_000, 500),  # 9,115,717 steps and 443,174 hints; 471,378 and 22,394
}

CONST_N = re.compile(r"^const N = .*;$", re.MULTILINE)
LAYOUT_LINE = re.compile(r"^// LAYOUT: (\S+)$", re.MULTILINE)
STEPS = re.compile(r"^(?:Number of steps|steps): (\d+)", re.MULTILINE)
PHASE = "whole"


class BenchError(Exception):
    """A run failed or implementations disagree: the benchmark stops."""


@dataclass
class Impl:
    """One implementation: how to build its command line for a compiled program."""

    name: str
    exe: Path
    base_args: list[str]  # after the executable, before the program
    trace_args: list[str]  # timed runs: what turns the trace on without files
    small_only: bool = False  # cairo-run: timed on the small N

    def command(self, program: Path, layout: str, files: tuple[Path, Path] | None) -> list[str]:
        cmd = [str(self.exe), *self.base_args, "--program", str(program), "--layout", layout]
        if files is None:
            return cmd + self.trace_args
        trace, memory = files
        return cmd + ["--trace_file", str(trace), "--memory_file", str(memory)]


@dataclass
class Run:
    """One process run."""

    steps: int
    wall: float  # seconds, spawn to exit
    cpu: float  # seconds of user + system time of the child: steadier than wall on a busy machine
    max_rss_kib: int


@dataclass
class Result:
    """Timed runs of one benchmark."""

    impl: str
    program: str
    n: int
    hints: int  # hints executed in a run (counted from the trace)
    runs: list[Run] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.impl}/{PHASE}/{self.program}"

    @property
    def steps(self) -> int:
        return self.runs[0].steps

    @property
    def best_wall(self) -> float:
        return min(r.wall for r in self.runs)

    @property
    def best_cpu(self) -> float:
        return min(r.cpu for r in self.runs)

    @property
    def steps_per_s(self) -> float:
        return self.steps / self.best_wall

    @property
    def peak_rss_mib(self) -> float:
        return max(r.max_rss_kib for r in self.runs) / 1024.0


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run_process(cmd: list[str], workdir: Path) -> Run:
    """Runs `cmd`, returning its step count, wall time and the child's own peak RSS."""
    out_path, err_path = workdir / "stdout.txt", workdir / "stderr.txt"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here; keep Popen quiet
    stdout = out_path.read_text(errors="replace")
    match = STEPS.search(stdout)
    if proc.returncode != 0 or match is None or "status: error" in stdout:
        stderr = err_path.read_text(errors="replace")
        raise BenchError(
            f"run failed (exit code {proc.returncode}): {shlex.join(cmd)}\n"
            f"--- stdout ---\n{stdout[-2000:]}--- stderr ---\n{stderr[-4000:]}"
        )
    return Run(steps=int(match.group(1)), wall=wall, cpu=usage.ru_utime + usage.ru_stime,
               max_rss_kib=usage.ru_maxrss)


def memory_digest(path: Path) -> str:
    """Digest of a binary memory file as a set of (address, value): cairo-run writes its cells
    in insertion order, cairo-vm in address order."""
    data = path.read_bytes()
    if len(data) % 40:
        raise BenchError(f"{path}: size {len(data)} is not a multiple of 40 bytes")
    cells = [data[i : i + 40] for i in range(0, len(data), 40)]
    cells.sort(key=lambda cell: int.from_bytes(cell[:8], "little"))  # addresses are little-endian
    return hashlib.sha256(b"".join(cells)).hexdigest()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def hint_count(compiled: Path, trace: Path) -> int:
    """Hints executed in a run: the hints at each pc of its trace (a binary trace holds
    little-endian (ap, fp, pc) words, the program segment relocated to address 1)."""
    hints = {int(pc) + 1: len(h) for pc, h in json.loads(compiled.read_text())["hints"].items()}
    if not hints:
        return 0
    words = array("Q")
    words.frombytes(trace.read_bytes())
    if sys.byteorder != "little":
        words.byteswap()
    visits = collections.Counter(words[2::3])
    return sum(visits[pc] * n for pc, n in hints.items())


def sized_source(source: Path, n: int, out_dir: Path) -> Path:
    text = source.read_text()
    if not CONST_N.search(text):
        raise BenchError(f"{source}: no `const N = ...;` line to size the program")
    sized = out_dir / f"{source.stem}_N{n}.cairo"
    sized.write_text(CONST_N.sub(f"const N = {n};", text, count=1))
    return sized


def compile_program(cairo_compile: Path, source: Path, n: int, out_dir: Path) -> Path:
    sized = sized_source(source, n, out_dir)
    compiled = sized.with_suffix(".json")
    cmd = [str(cairo_compile), str(sized), "--output", str(compiled)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise BenchError(f"cairo-compile failed: {shlex.join(cmd)}\n{done.stderr}")
    return compiled


def check_program(impls: list[Impl], program: str, compiled: Path, n: int, layout: str,
                  workdir: Path) -> int:
    """Correctness run: same steps, same trace bytes, same memory cells, or stop. Returns the
    number of hints executed."""
    seen: dict[str, tuple[int, str, str]] = {}
    hints = 0
    for impl in impls:
        trace, memory = workdir / f"{impl.name}.trace", workdir / f"{impl.name}.memory"
        run = run_process(impl.command(compiled, layout, (trace, memory)), workdir)
        seen[impl.name] = (run.steps, file_digest(trace), memory_digest(memory))
        hints = hint_count(compiled, trace)
        trace.unlink()
        memory.unlink()
        log(f"  check {impl.name}/{program} N={n}: {run.steps} steps")
    if len(set(seen.values())) > 1:
        lines = [f"    {name}: steps={s} trace={t[:16]} memory={m[:16]}"
                 for name, (s, t, m) in seen.items()]
        raise BenchError(f"implementations disagree on {program} N={n}:\n" + "\n".join(lines))
    return hints


def count_big_run(impl: Impl, compiled: Path, layout: str, workdir: Path) -> tuple[int, int]:
    """Steps and hints of an untimed run (its trace written to count the hints)."""
    trace, memory = workdir / "big.trace", workdir / "big.memory"
    run = run_process(impl.command(compiled, layout, (trace, memory)), workdir)
    hints = hint_count(compiled, trace)
    trace.unlink()
    memory.unlink()
    return run.steps, hints


def parse_sizes(items: list[str], option: str) -> dict[str, int]:
    sizes = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not value.isdigit():
            raise SystemExit(f"{option} expects PROGRAM=N, got '{item}'")
        sizes[name] = int(value)
    return sizes


def resolve_programs(spec: str | None) -> list[Path]:
    if not spec:
        return sorted(PROGRAMS_DIR.glob("*.cairo"))
    paths = []
    for item in spec.split(","):
        path = Path(item) if item.endswith(".cairo") else PROGRAMS_DIR / f"{item}.cairo"
        if not path.is_file():
            raise SystemExit(f"no such program: {path}")
        paths.append(path)
    return paths


def default_size(source: Path) -> tuple[int, int]:
    if source.stem in DEFAULT_SIZES:
        return DEFAULT_SIZES[source.stem]
    match = re.search(r"^const N = (\d+);$", source.read_text(), re.MULTILINE)
    if match is None:
        raise SystemExit(f"{source}: no `const N = <integer>;` line")
    return int(match.group(1)), int(match.group(1))


def program_layout(source: Path, override: str | None) -> str:
    """--layout, else the program's `// LAYOUT: name` line, else plain."""
    if override:
        return override
    match = LAYOUT_LINE.search(source.read_text())
    return match.group(1) if match else "plain"


def machine_line() -> str:
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        mem_kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f"{mem_kib / 1024 / 1024:.1f} GiB RAM"
    except (OSError, AttributeError):
        mem = "unknown RAM"
    return f"{model}, {os.cpu_count()} logical CPUs, {mem}, {platform.system()} {platform.release()}"


def busy_note() -> str:
    """The 1-minute load average: other work on the machine skews wall times."""
    load = os.getloadavg()[0]
    note = f"load average {load:.2f} at start"
    return note + (" (machine busy: figures are pessimistic)" if load > 0.5 else "")


def fmt_int(value: int) -> str:
    return f"{value:,}"


def ratio(results: dict[tuple[str, str], Result], a: str, b: str, program: str) -> str:
    ra, rb = results.get((a, program)), results.get((b, program))
    if ra is None or rb is None:
        return "—"
    value = ra.steps_per_s / rb.steps_per_s
    return f"{value:,.2f}×" if value < 100 else f"{value:,.0f}×"


def markdown(results: dict[tuple[str, str], Result], impls: list[Impl], layouts: dict[str, str],
             args: argparse.Namespace, load_note: str) -> str:
    today = datetime.date.today().isoformat()
    programs = list(layouts)
    if len(set(layouts.values())) == 1:
        layout_note = f"layout `{next(iter(layouts.values()))}`"
    else:
        layout_note = "layouts " + ", ".join(f"`{l}` ({p})" for p, l in layouts.items())
    lines = [
        f"Measured {today} on {machine_line()}, {load_note}; {layout_note}, "
        f"best of {args.repeat} runs; wall time of the whole process, steps/s = steps / best wall, "
        "CPU = the child's user + system time, CPU per hint = best CPU / hints executed (the "
        "steps between hints included), peak RSS = the child's `ru_maxrss`.",
        "",
        "| benchmark | N | steps | hints | best wall (s) | best CPU (s) | steps/s | CPU per hint "
        "| peak RSS (MiB) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for program in programs:
        for impl in impls:
            r = results.get((impl.name, program))
            if r is None:
                continue
            per_hint = f"{r.best_cpu / r.hints * 1e6:,.2f} µs" if r.hints else "—"
            lines.append(
                f"| `{r.name}` | {fmt_int(r.n)} | {fmt_int(r.steps)} | {fmt_int(r.hints)} "
                f"| {r.best_wall:.3f} | {r.best_cpu:.3f} | {r.steps_per_s / 1e6:,.3f} M | {per_hint} "
                f"| {r.peak_rss_mib:,.0f} |"
            )
    pairs = [("xcairo", "cairo-vm"), ("xcairo", "cairo-run"), ("cairo-vm", "cairo-run")]
    names = {impl.name for impl in impls}
    pairs = [(a, b) for a, b in pairs if a in names and b in names]
    if pairs:
        lines += ["", "Speed ratios (steps/s over steps/s; above 1× means the first is faster):", ""]
        lines.append("| program | " + " | ".join(f"{a} ÷ {b}" for a, b in pairs) + " |")
        lines.append("|---|" + "---:|" * len(pairs))
        for program in programs:
            cells = " | ".join(ratio(results, a, b, program) for a, b in pairs)
            lines.append(f"| {program} | {cells} |")
    return "\n".join(lines) + "\n"


def make_impls(args: argparse.Namespace, workdir: Path) -> list[Impl]:
    impls = []
    xcairo = Path(args.xcairo) if args.xcairo else DEFAULT_XCAIRO
    if xcairo.is_file() and os.access(xcairo, os.X_OK):
        trace_args = shlex.split(args.xcairo_trace_args.format(trace=workdir / "xcairo.trace"))
        impls.append(Impl("xcairo", xcairo, ["--print_info"], trace_args))
    elif args.xcairo:
        raise SystemExit(f"--xcairo {xcairo}: not an executable")
    else:
        log(f"note: {xcairo} not found (build it, or pass --xcairo): measuring the peers only")
    cairo_vm = Path(args.cairo_vm)
    if not (cairo_vm.is_file() and os.access(cairo_vm, os.X_OK)):
        raise SystemExit(
            f"{cairo_vm} not found: build it with\n"
            f"  cargo build --release --manifest-path {DEFAULT_CAIRO_VM.parents[2] / 'Cargo.toml'}"
        )
    impls.append(Impl("cairo-vm", cairo_vm, [], []))
    if not args.skip_cairo_run:
        cairo_run = Path(args.cairo_run)
        if not cairo_run.is_file():
            raise SystemExit(f"{cairo_run} not found (or pass --skip-cairo-run)")
        impls.append(Impl("cairo-run", cairo_run, ["--print_info"], [], small_only=True))
    return impls


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--xcairo", help=f"xcairo-run executable (default: {DEFAULT_XCAIRO}, "
                        "skipped with a note if absent)")
    parser.add_argument("--cairo-vm", default=str(DEFAULT_CAIRO_VM),
                        help="the Rust peer harness (default: %(default)s)")
    parser.add_argument("--cairo-run", default=str(REFERENCE_BIN / "cairo-run"),
                        help="the reference cairo-run (default: %(default)s)")
    parser.add_argument("--cairo-compile", default=str(REFERENCE_BIN / "cairo-compile"),
                        help="the reference cairo-compile (default: %(default)s)")
    parser.add_argument("--programs", help="comma-separated names in bench/programs or paths to "
                        ".cairo files with a `const N` line (default: all of bench/programs)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs each; best is kept "
                        "(default: %(default)s)")
    parser.add_argument("--skip-cairo-run", action="store_true",
                        help="do not run (nor time) the Python reference")
    parser.add_argument("--layout", help="layout for every run (default: the program's "
                        "`// LAYOUT: name` line, else plain)")
    parser.add_argument("--n", action="append", default=[], metavar="PROGRAM=N",
                        help="N for the native implementations (repeatable)")
    parser.add_argument("--cairo-run-n", action="append", default=[], metavar="PROGRAM=N",
                        help="N for cairo-run and the correctness run (repeatable)")
    parser.add_argument("--xcairo-trace-args", default="--trace_file /dev/null",
                        help="xcairo-run arguments for timed runs: xcairo-run relocates and "
                        "serializes its trace when writing it, so /dev/null does that work and "
                        "skips only the file write, as the peers do; {trace} is a file in a "
                        "RAM-backed temp dir (default: '%(default)s')")
    parser.add_argument("--output", help="also write the Markdown table to this file")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def benchmark(args: argparse.Namespace, workdir: Path) -> str:
    load_note = busy_note()
    impls = make_impls(args, workdir)
    sources = resolve_programs(args.programs)
    full_n, small_n = parse_sizes(args.n, "--n"), parse_sizes(args.cairo_run_n, "--cairo-run-n")
    log("implementations: " + ", ".join(f"{i.name} ({i.exe})" for i in impls))

    # Compile, then one correctness run per implementation and program.
    plan = []  # (program, layout, {impl name: (N, compiled)})
    for source in sources:
        name = source.stem
        layout = program_layout(source, args.layout)
        big_default, small_default = default_size(source)
        big, small = full_n.get(name, big_default), small_n.get(name, small_default)
        log(f"{name}: compiling N={small}" + (f" and N={big}" if big != small else ""))
        compiled_small = compile_program(Path(args.cairo_compile), source, small, workdir)
        compiled_big = (compiled_small if big == small
                        else compile_program(Path(args.cairo_compile), source, big, workdir))
        small_hints = check_program(impls, name, compiled_small, small, layout, workdir)
        big_hints = small_hints
        # Native implementations also agree on the large N before it is timed; the first one
        # writes its trace there, to count the hints.
        big_steps = {}
        for impl in (i for i in impls if not i.small_only and big != small):
            if not big_steps:
                big_steps[impl.name], big_hints = count_big_run(impl, compiled_big, layout, workdir)
            else:
                big_steps[impl.name] = run_process(impl.command(compiled_big, layout, None),
                                                   workdir).steps
        if len(set(big_steps.values())) > 1:
            raise BenchError(f"step counts disagree on {name} N={big}: {big_steps}")
        sizes = {i.name: (small, compiled_small, small_hints) if i.small_only
                 else (big, compiled_big, big_hints) for i in impls}
        plan.append((name, layout, sizes))

    # Timed runs, round-robin so that drift on the machine spreads over every implementation.
    results: dict[tuple[str, str], Result] = {}
    for name, layout, sizes in plan:
        for impl in impls:
            n, _, hints = sizes[impl.name]
            results[(impl.name, name)] = Result(impl.name, name, n, hints)
        for rep in range(args.repeat):
            for impl in impls:
                n, compiled, _ = sizes[impl.name]
                run = run_process(impl.command(compiled, layout, None), workdir)
                result = results[(impl.name, name)]
                if result.runs and run.steps != result.steps:
                    raise BenchError(f"{result.name}: step count changed between runs")
                result.runs.append(run)
                log(f"  {result.name} N={n} run {rep + 1}/{args.repeat}: {run.wall:.3f} s "
                    f"(CPU {run.cpu:.3f} s), "
                    f"{run.steps} steps, {run.max_rss_kib / 1024:.0f} MiB")
    return markdown(results, impls, {name: layout for name, layout, _ in plan}, args, load_note)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # A RAM-backed temp dir keeps file writes (where an implementation needs them) off the disk.
    shm = Path("/dev/shm")
    workdir = Path(tempfile.mkdtemp(prefix="xcairo-bench-",
                                    dir=shm if shm.is_dir() and os.access(shm, os.W_OK) else None))
    try:
        table = benchmark(args, workdir)
    except BenchError as err:
        log(f"error: {err}")
        return 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(table, end="")
    if args.output:
        Path(args.output).write_text(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
