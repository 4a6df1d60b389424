"""Bundles the built libruralguard.so into the package when RURALGUARD_LIBRARY names it.

Everything else is declared in pyproject.toml. `RURALGUARD_LIBRARY=/path/to/libruralguard.so
pip install --no-build-isolation ./bindings/python` installs a package that loads that copy of the
library (ruralguard/_lib.py looks next to itself before the system loader); without the variable
the package is pure Python and loads libruralguard.so.0 from the system.
"""

import os
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.dist import Distribution

_LIBRARY = os.environ.get("RURALGUARD_LIBRARY")
_BUNDLED_NAME = "libruralguard.so.0"  # the SONAME of major version 0


class _BuildPy(build_py):
    def run(self):
        super().run()
        if _LIBRARY:
            if not os.path.isfile(_LIBRARY):
                raise SystemExit(f"RURALGUARD_LIBRARY={_LIBRARY!r} is not a file (give an absolute "
                                 f"path: pip runs this build in {os.getcwd()!r})")
            target = os.path.join(self.build_lib, "ruralguard", _BUNDLED_NAME)
            shutil.copyfile(os.path.realpath(_LIBRARY), target)  # the file, not a symlink


class _Distribution(Distribution):
    def has_ext_modules(self):
        # A bundled shared library makes the wheel platform-specific (linux_x86_64, cpXY).
        return bool(_LIBRARY)


setup(cmdclass={"build_py": _BuildPy}, distclass=_Distribution)
