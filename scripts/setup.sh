#!/usr/bin/env bash
# Installs everything xcairo needs on Debian 12: build tools and libraries from Debian,
# and the reference (cairo-lang, pinned) in its own virtual environment.
# Idempotent; installs as root (re-runs itself with sudo when started by another user).
# XCAIRO_REFERENCE_DIR overrides where the reference goes.
set -euo pipefail

CAIRO_LANG_VERSION=0.14.0.1
REFERENCE_DIR=${XCAIRO_REFERENCE_DIR:-/opt/xcairo/cairo-lang-$CAIRO_LANG_VERSION}
PYTHON=/usr/bin/python3

if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup.sh installs Debian packages: run it as root" >&2; exit 1; }
  exec sudo --preserve-env=XCAIRO_REFERENCE_DIR "$0" "$@"
fi

echo "== Debian packages"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends \
  build-essential cmake ninja-build ccache git pkg-config \
  libgtest-dev libgmock-dev libbenchmark-dev nlohmann-json3-dev \
  python3 python3-dev python3-venv python3-pytest libgmp-dev \
  pybind11-dev xeus-dev xeus-python-dev python3-xeus-python-shell python3-ipython cppzmq-dev libzmq3-dev \
  jupyter-client python3-jupyter-client python3-nbclient python3-jupyter-kernel-test python3-nbformat

echo "== reference: cairo-lang $CAIRO_LANG_VERSION in $REFERENCE_DIR"
if [ ! -x "$REFERENCE_DIR/bin/cairo-run" ]; then
  "$PYTHON" -m venv "$REFERENCE_DIR"
  "$REFERENCE_DIR/bin/pip" install -q --upgrade pip wheel setuptools
  "$REFERENCE_DIR/bin/pip" install -q "cairo-lang==$CAIRO_LANG_VERSION"
fi
# cairo-lang targets Python 3.9; on 3.11 a mutable dataclass default breaks the import of instances.py.
instances=$("$REFERENCE_DIR/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/starkware/cairo/lang/instances.py
sed -i 's/cpu_instance_def: CpuInstanceDef = field(default=CpuInstanceDef())/cpu_instance_def: CpuInstanceDef = field(default_factory=CpuInstanceDef)/' "$instances"
"$REFERENCE_DIR/bin/cairo-run" --help >/dev/null
echo "reference ready: $REFERENCE_DIR/bin/cairo-compile, $REFERENCE_DIR/bin/cairo-run"
