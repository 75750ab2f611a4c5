#!/usr/bin/env -S /usr/bin/python3
"""Library hint coverage: how often runs executed each hint text of cairo-lang's common library.

Usage: hint_report.py [--check] [--corpus PROGRAMS_DIR] [--library JSON] [--pending FILE] COUNTS...

COUNTS are files written by `xcairo-run --hint_counts FILE` (one JSON line a run; a file may hold
many runs) or directories searched for *.jsonl files. The corpus tests write one file a program
under build/hint_counts/<family>/<name>.jsonl; with --corpus, the files of programs no longer in
PROGRAMS_DIR are ignored.

Prints one row per library hint text (library_hints.json): its executions by native handlers,
by the hint executor (Python), its places in the library and first line.
With --check, exits 1 while a library text was executed natively zero times, unless
COVERAGE_PENDING lists it, and while COVERAGE_PENDING lists a text that no longer needs it.
"""

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_pending(path: Path) -> dict:
    """{library place ("file.cairo:line"): reason} of the pending file."""
    pending = {}
    for line in path.read_text().splitlines():
        place, _, reason = line.partition("#")
        if place.strip():
            pending[place.strip()] = reason.strip()
    return pending


def count_files(paths, corpus):
    """The counts files to read: the files given, and the *.jsonl under the directories given
    (those of programs still in the corpus, with --corpus)."""
    for path in paths:
        if path.is_file():
            yield path
            continue
        for file in sorted(path.rglob("*.jsonl")):
            relative = file.relative_to(path).with_suffix(".cairo")
            if corpus is None or (corpus / relative).exists():
                yield file


def read_counts(files):
    """({code: [native executions, executor executions]}, number of runs)."""
    counts, runs = {}, 0
    for file in files:
        for line in file.read_text().splitlines():
            if not line.strip():
                continue
            runs += 1
            for hint in json.loads(line)["hints"]:
                entry = counts.setdefault(hint["code"], [0, 0])
                entry[0 if hint["native"] else 1] += hint["executions"]
    return counts, runs


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("counts", nargs="+", type=Path, help="--hint_counts files or directories")
    parser.add_argument("--library", type=Path, default=HERE / "library_hints.json")
    parser.add_argument("--pending", type=Path, default=HERE / "COVERAGE_PENDING")
    parser.add_argument("--corpus", type=Path, help="tests/programs: ignore counts of removed programs")
    parser.add_argument("--check", action="store_true",
                        help="fail on library texts not executed natively (and stale pending entries)")
    args = parser.parse_args()

    library = json.loads(args.library.read_text())
    pending = load_pending(args.pending)
    counts, runs = read_counts(count_files(args.counts, args.corpus))

    rows, uncovered, stale = [], [], []
    pending_used = set()
    for entry in sorted(library, key=lambda e: e["where"][0]):
        native, other = counts.get(entry["code"], [0, 0])
        where = ", ".join(entry["where"])
        first_line = entry["code"].split("\n", 1)[0]
        listed = [place for place in entry["where"] if place in pending]
        pending_used.update(listed)
        status = "pending" if listed else ""
        if native == 0 and not listed:
            uncovered.append(f"{where}: {first_line}")
            status = "NOT COVERED"
        if native > 0 and listed:
            stale.append(f"{', '.join(listed)}: executed natively {native} times, remove it")
        rows.append((native, other, status, where, first_line))

    print(f"Library hint texts executed by {runs} runs (native, Python executor):")
    for native, other, status, where, first_line in rows:
        print(f"{native:>9} {other:>6}  {status:<11} {where[:60]:<60} {first_line[:60]}")
    covered = sum(1 for row in rows if row[0] > 0)
    print(f"{covered} of {len(rows)} library hint texts executed natively; "
          f"{len(pending_used)} places pending in {args.pending.name}.")
    for place in sorted(set(pending) - pending_used):
        stale.append(f"{place}: no library hint text is at this place")
    if uncovered:
        print(f"\nLibrary hint texts that no run executed natively ({len(uncovered)}): add corpus "
              f"programs that call them (tests/programs/hints*/):")
        print("\n".join(f"  {line}" for line in uncovered))
    if stale:
        print(f"\nStale entries of {args.pending}:")
        print("\n".join(f"  {line}" for line in stale))
    return 1 if args.check and (uncovered or stale) else 0


if __name__ == "__main__":
    sys.exit(main())
