"""The Cairo program corpus (tests/programs): discovery, flags, compilation and runs.

Shared by the recorder (`record`) and the checker (`check_program.py`) so that both
compile and run a program in exactly the same way.

Layout: tests/programs/<family>/<name>.cairo, with the cairo-run flags of the family in
tests/programs/<family>/FLAGS and its cairo-compile flags (if any) in
tests/programs/<family>/COMPILE_FLAGS. Leading `//` comment lines of a program may carry
`// FLAGS: ...` and `// COMPILE_FLAGS: ...` (each replaces the family's) and
`// REQUIRES: <capability>`. Flags may name `{dir}/<file>` (an input file of the family directory,
e.g. a layout parameters file; its sha256 is recorded), `{air_public_input}` and
`{air_private_input}` (files the harness chooses, whose JSON is recorded and compared), and
`{compiled}/<file>.cairo` (a flag of its own: another program of the family directory, compiled as
the corpus is, e.g. a program that a hint loads from --program_input; its source's sha256 is
recorded).
The expectation of a program is tests/programs/<family>/<name>.expected.json.
"""

import dataclasses
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

PROGRAMS_DIR = Path(__file__).resolve().parent.parent / "programs"
DEFAULT_REFERENCE_DIR = Path(
    os.environ.get("XCAIRO_REFERENCE_DIR", "/opt/xcairo/cairo-lang-0.14.0.1")
)
RECORD_COMMAND = "tests/reference/record"

# Flags the harness adds itself: a program's flags must not name them.
HARNESS_FLAGS = ("--program", "--trace_file", "--memory_file")
# Placeholders of the flags: the AIR input files (in the run's work directory) and the family
# directory (input files).
AIR_FILES = {"{air_public_input}": "air_public_input.json",
             "{air_private_input}": "air_private_input.json"}
DIR_PLACEHOLDER = "{dir}"
COMPILED_PLACEHOLDER = "{compiled}/"

TRACE_RECORD = 24  # ap, fp, pc: three little-endian u64.
MEMORY_RECORD = 40  # address (u64) then value (32 bytes), little-endian.


class CorpusError(Exception):
    """A problem with the corpus itself (not with the VM under test)."""


@dataclasses.dataclass(frozen=True, order=True)
class Program:
    family: str
    name: str

    @property
    def id(self) -> str:
        return f"{self.family}/{self.name}"

    @property
    def source(self) -> Path:
        return PROGRAMS_DIR / self.family / f"{self.name}.cairo"

    @property
    def expectation_path(self) -> Path:
        return PROGRAMS_DIR / self.family / f"{self.name}.expected.json"

    def source_sha256(self) -> str:
        return sha256_file(self.source)

    def header(self, key: str):
        """Value of a leading `// KEY: value` comment line, or None."""
        for line in self.source.read_text().splitlines():
            if not line.startswith("//"):
                break
            m = re.match(rf"//\s*{key}:\s*(.*)$", line)
            if m:
                return m.group(1).strip()
        return None

    def flags(self) -> list:
        text = self.header("FLAGS")
        if text is None:
            flags_file = PROGRAMS_DIR / self.family / "FLAGS"
            if not flags_file.exists():
                raise CorpusError(f"{self.id}: no {flags_file} and no '// FLAGS:' line")
            text = flags_file.read_text()
        flags = shlex.split(text, comments=True)
        for flag in flags:
            if is_input(flag) and not self.input_path(flag).exists():
                raise CorpusError(f"{self.id}: {flag}: no such input file")
        for flag in flags:
            if flag.split("=")[0] in HARNESS_FLAGS:
                raise CorpusError(f"{self.id}: {flag} is set by the harness, not by FLAGS")
        return flags

    def compile_flags(self) -> list:
        text = self.header("COMPILE_FLAGS")
        if text is None:
            flags_file = PROGRAMS_DIR / self.family / "COMPILE_FLAGS"
            text = flags_file.read_text() if flags_file.exists() else ""
        return shlex.split(text, comments=True)

    def input_path(self, flag: str) -> Path:
        """The input file a flag names (the source of a `{compiled}/` one)."""
        if flag.startswith(COMPILED_PLACEHOLDER):
            return PROGRAMS_DIR / self.family / flag.removeprefix(COMPILED_PLACEHOLDER)
        return Path(flag.replace(DIR_PLACEHOLDER, str(PROGRAMS_DIR / self.family)))

    def input_hashes(self) -> dict:
        """sha256 of each input file the flags name, by its flag."""
        return {flag: sha256_file(self.input_path(flag))
                for flag in self.flags() if is_input(flag)}

    def requires(self):
        return self.header("REQUIRES")

    def load_expectation(self):
        if not self.expectation_path.exists():
            return None
        return json.loads(self.expectation_path.read_text())

    def save_expectation(self, expectation: dict):
        text = json.dumps(expectation, indent=2, sort_keys=True) + "\n"
        self.expectation_path.write_text(text)

    def compile(self, output: Path, compiler: Path):
        """Compiles like tests/programs/CMakeLists.txt does: relative path, from PROGRAMS_DIR."""
        cmd = [str(compiler), f"{self.family}/{self.name}.cairo", "--output", str(output),
               "--debug_info_with_source", *self.compile_flags()]
        proc = subprocess.run(cmd, cwd=PROGRAMS_DIR, capture_output=True, text=True)
        if proc.returncode != 0:
            raise CorpusError(f"{self.id}: cairo-compile failed:\n{proc.stderr}{proc.stdout}")


def discover(selectors=()) -> list:
    """All programs, or those named by `family`, `family/name` or a path to a .cairo file."""
    programs = sorted(
        Program(path.parent.name, path.stem) for path in PROGRAMS_DIR.glob("*/*.cairo")
    )
    if not selectors:
        return programs
    chosen = []
    for selector in selectors:
        key = Path(selector).resolve().relative_to(PROGRAMS_DIR).as_posix() \
            if selector.endswith(".cairo") else selector.strip("/")
        key = key.removesuffix(".cairo")
        matches = [p for p in programs if key in (p.family, p.id)]
        if not matches:
            raise CorpusError(f"no program or family named '{selector}' in {PROGRAMS_DIR}")
        chosen += [p for p in matches if p not in chosen]
    return chosen


@dataclasses.dataclass
class RunResult:
    exit_code: int
    stdout: str
    stderr: str
    trace: Path
    memory: Path
    workdir: Path

    def air_input(self, placeholder: str):
        """The AIR input file's JSON (the private input with its file paths cut to their names),
        '' when cairo-run created it but wrote nothing, None when it does not exist."""
        path = self.workdir / AIR_FILES[placeholder]
        if not path.exists():
            return None
        text = path.read_text()
        if not text:
            return ""
        data = json.loads(text)
        for key in ("trace_path", "memory_path"):
            if isinstance(data, dict) and key in data:
                data[key] = Path(data[key]).name
        return data


def is_input(flag: str) -> bool:
    """Whether a flag names an input file of the family directory."""
    return DIR_PLACEHOLDER in flag or flag.startswith(COMPILED_PLACEHOLDER)


def compiled_path(flag: str, workdir: Path) -> Path:
    """Where the harness compiles the program of a `{compiled}/` flag."""
    return workdir / Path(flag.removeprefix(COMPILED_PLACEHOLDER)).with_suffix(".json").name


def expand(flags: list, family: str, workdir: Path) -> list:
    """The flags with their placeholders replaced."""
    out = []
    for flag in flags:
        if flag.startswith(COMPILED_PLACEHOLDER):
            out.append(str(compiled_path(flag, workdir)))
            continue
        flag = flag.replace(DIR_PLACEHOLDER, str(PROGRAMS_DIR / family))
        out.append(str(workdir / AIR_FILES[flag]) if flag in AIR_FILES else flag)
    return out


def compile_inputs(flags: list, family: str, workdir: Path, compiler: Path):
    """Compiles the programs of the `{compiled}/` flags into workdir, as the corpus is compiled
    (from PROGRAMS_DIR, so their debug info names them relative to it)."""
    for flag in flags:
        if not flag.startswith(COMPILED_PLACEHOLDER):
            continue
        source = f"{family}/{flag.removeprefix(COMPILED_PLACEHOLDER)}"
        cmd = [sys.executable, str(Path(__file__).resolve().parent / "compile_cached.py"),
               str(compiler), source, str(compiled_path(flag, workdir)), "--debug_info_with_source"]
        proc = subprocess.run(cmd, cwd=PROGRAMS_DIR, capture_output=True, text=True)
        if proc.returncode != 0:
            raise CorpusError(f"{source}: cairo-compile failed:\n{proc.stderr}{proc.stdout}")


def run(runner: Path, program_json: Path, flags: list, workdir: Path, family: str,
        compiler: Path = DEFAULT_REFERENCE_DIR / "bin" / "cairo-compile") -> RunResult:
    """Runs `runner` (cairo-run or xcairo-run) with the corpus flags, trace and memory files;
    `compiler` compiles the programs that flags name."""
    compile_inputs(flags, family, workdir, compiler)
    trace, memory = workdir / "trace.bin", workdir / "memory.bin"
    cmd = [str(runner), "--program", str(program_json), *expand(flags, family, workdir),
           "--trace_file", str(trace), "--memory_file", str(memory)]
    try:
        # cairo-run prints "⋮" in memory dumps: make it UTF-8 whatever the locale.
        proc = subprocess.run(cmd, capture_output=True, encoding="utf-8", errors="replace",
                              env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    except OSError as err:
        raise CorpusError(f"cannot run {runner}: {err}") from None
    return RunResult(proc.returncode, proc.stdout, proc.stderr, trace, memory, workdir)


def sha256_file(path: Path):
    """sha256 of a file, or None when the runner did not create it."""
    if not path.exists():
        return None
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def last_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""
