"""Real Pelican builds of the shipped site plus the fictional fixture entries, for the export tests.

The build inputs (content, settings) are copied first, so every build of a test session reads
the same files. `build_published` runs the production settings (publishconf.py with its SITEURL,
`--fatal warnings`) as `make publish` does; `build_development` the development settings (no
SITEURL, relative links) as `make html` does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .common import BUILD_DATE, FIXTURES, REPO, SITEURL

BUILD_INPUTS = ("content", "pelicanconf.py", "publishconf.py")  # the theme is the installed engine's


def assemble(target: Path) -> Path:
    """A copy of the build inputs with the fixture entries added (they have locations, hours, roles)."""
    target.mkdir(parents=True)
    for name in BUILD_INPUTS:
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy2)(REPO / name, target / name)
    for entry in sorted((FIXTURES / "associations").glob("*.yaml")):
        shutil.copy2(entry, target / "content" / "associations" / entry.name)
    return target


def _run(source: Path, output: Path, settings_file: str, *flags: str, hash_seed: str) -> None:
    command = [sys.executable, "-m", "pelican", "content", "-o", str(output), "-s", settings_file, *flags]
    command += ["-e", f"VEJVISER_BUILD_DATE={json.dumps(BUILD_DATE.isoformat())}"]
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "VEJVISER_SITEURL": SITEURL}
    run = subprocess.run(command, cwd=source, capture_output=True, text=True, timeout=600, env=env)
    assert run.returncode == 0, run.stdout + run.stderr


def build_published(source: Path, output: Path, *, hash_seed: str = "0") -> Path:
    _run(source, output, "publishconf.py", "--fatal", "warnings", hash_seed=hash_seed)
    return output


def build_development(source: Path, output: Path) -> Path:
    _run(source, output, "pelicanconf.py", hash_seed="0")
    return output
