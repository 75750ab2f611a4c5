#!/usr/bin/env python3
"""cairo-compile with a cache: the compiled JSON is kept under a key made of the source path,
its bytes, the compile flags and the compiler, so that fresh build trees reuse it.

Usage: compile_cached.py CAIRO_COMPILE SOURCE OUTPUT [cairo-compile flags...]
Cache directory: $XCAIRO_COMPILE_CACHE, else ~/.cache/xcairo/cairo-compile.
"""
import hashlib
import os
import shutil
import subprocess
import sys


def cache_key(compiler: str, source: str, flags: list) -> str:
    digest = hashlib.sha256()
    for part in [os.path.realpath(compiler), source, *flags]:
        digest.update(part.encode() + b"\0")
    with open(source, "rb") as f:
        digest.update(f.read())
    return digest.hexdigest()


def main() -> int:
    compiler, source, output, *flags = sys.argv[1:]
    cache_dir = os.environ.get("XCAIRO_COMPILE_CACHE") or os.path.expanduser(
        "~/.cache/xcairo/cairo-compile")
    cached = os.path.join(cache_dir, cache_key(compiler, source, flags) + ".json")
    if not os.path.exists(cached):
        os.makedirs(cache_dir, exist_ok=True)
        partial = f"{cached}.{os.getpid()}"
        result = subprocess.run([compiler, source, "--output", partial, *flags])
        if result.returncode != 0:
            return result.returncode
        os.replace(partial, cached)
    shutil.copyfile(cached, output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
