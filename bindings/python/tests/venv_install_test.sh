#!/bin/sh
# ctest python_venv_install: `pip install ./bindings/python` into a fresh virtual environment of
# Debian's interpreter, then the README's Python example runs from outside the source tree and
# imports the installed package, which loads the library bundled at install time.
#   venv_install_test.sh PYTHON PACKAGE_DIR LIBRARY EXAMPLE WORK_DIR
set -eu
python=$1 package=$2 library=$3 example=$4 work=$5
missing=""
"$python" -c "import venv, ensurepip" 2>/dev/null || missing="$missing python3-venv"
"$python" -c "import setuptools" 2>/dev/null || missing="$missing python3-setuptools"
"$python" -c "import wheel" 2>/dev/null || missing="$missing python3-wheel"
"$python" -m pip --version >/dev/null 2>&1 || missing="$missing python3-pip"
if [ -n "$missing" ]; then
  echo "SKIP: $python lacks Debian packages:$missing (./build.sh deps installs them)"
  exit 77
fi
rm -rf "$work"
mkdir -p "$work"
"$python" -m venv --system-site-packages "$work/venv"
# No registry is reachable: --no-index, and --no-build-isolation uses Debian's setuptools/wheel.
RURALGUARD_LIBRARY="$library" "$work/venv/bin/pip" install --quiet --no-index --no-build-isolation \
  --disable-pip-version-check "$package"
cp "$example" "$work/readme_example.py"
cd "$work"
# The installed package only: no RURALGUARD_LIBRARY, no PYTHONPATH, the source tree not on the path.
env -u RURALGUARD_LIBRARY -u PYTHONPATH "$work/venv/bin/python" -c '
import os, sys, ruralguard, ruralguard._lib as lib
pkg = os.path.dirname(ruralguard.__file__)
assert pkg.startswith(sys.prefix), pkg
assert os.path.isfile(os.path.join(pkg, "py.typed"))
assert lib.library_path == os.path.join(pkg, "libruralguard.so.0"), lib.library_path
print("installed", ruralguard.__version__, "at", pkg, "library", lib.library_path)'
env -u RURALGUARD_LIBRARY -u PYTHONPATH "$work/venv/bin/python" "$work/readme_example.py"
