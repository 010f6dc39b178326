"""The engine as a site installs it: a wheel built from a copy of the sources, installed offline into a
fresh virtual environment (`tests/site/conftest.py` makes both session fixtures, `wheel` and `engine`).

The repository gets no build/ folder. The virtual environment sees the test environment's packages for
the engine's dependencies only: that environment's `vejviser` is an editable install whose path file a
plain path line does not process, so whatever runs there can only use the wheel's engine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from pelican_build import REPO


def build_wheel(source: Path, wheels: Path) -> Path:
    """The engine's wheel, built (without network) from a copy of the sources in `source`."""
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    shutil.copytree(REPO / "plugins", source / "plugins", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(wheels)], cwd=source)
    [built] = wheels.glob("vejviser-*.whl")
    return built


def install(wheel: Path, venv: Path) -> Path:
    """The python of a new virtual environment with the wheel installed (its dependencies: ours)."""
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=venv)
    python = venv / "bin" / "python"
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-index", "--no-deps", "-q", str(wheel)], cwd=venv)
    [site_packages] = (venv / "lib").glob("python3*/site-packages")
    (site_packages / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", "utf-8")
    return python


def run(command: list[str], cwd: Path) -> str:
    """Run `command` without this environment's PYTHONPATH and VIRTUAL_ENV; its output, or a failed test."""
    env = {name: value for name, value in os.environ.items() if name not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout
