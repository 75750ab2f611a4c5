#!/usr/bin/env bash
# Configures and builds xcairo (Release) into build/; extra arguments go to CMake's configure step.
# Then installs the kernelspec of the xcairo Jupyter kernel for the user.
set -euo pipefail
cd "$(dirname "$0")/.."
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
[ -f build/CMakeCache.txt ] || cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=Release "$@"
cmake --build build -j "$(nproc)"
# The kernel's kernelspec (when the kernel was built) goes to the user's Jupyter directory
# (~/.local/share/jupyter/kernels/xcairo); it runs build/kernel/xcairo in place.
if [ -f build/share/jupyter/kernels/xcairo/kernel.json ]; then
  /usr/bin/jupyter kernelspec install --user --replace --name xcairo build/share/jupyter/kernels/xcairo
fi
