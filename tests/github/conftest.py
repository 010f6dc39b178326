"""Fixtures for the contribution pipeline: a repository with fixture entries, and the real `vejviser` command.

`repository` is a temporary folder laid out like the project (content/ with the fixture entries and the
project's own vocabularies, an empty .github/). `vejviser(...)` runs the command line in this process
(the same `main` the console script calls, started once: quick); `vejviser_process(...)` runs the
installed console script itself, for the exit codes and wiring a contributor's shell sees.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from vejviser.cli import main

ROOT = Path(__file__).resolve().parents[2]
TODAY_EPOCH = "1748736000"  # 2025-06-01: reports and warnings do not drift with the calendar
FIXTURE_CONTENT = Path(__file__).parent / "fixtures" / "content"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    """A command installed next to this Python (the project's virtualenv), found even if PATH lacks it."""
    path = BIN / name
    assert path.exists(), f"{name} is not installed in {BIN}: run `make install` (it is in the test extra)"
    return str(path)


def run(*command: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    environment.pop("GITHUB_ACTIONS", None)  # annotations only when a test asks for them
    environment.update(env or {})
    return subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=120)


def write_repository(folder: Path) -> Path:
    shutil.copytree(FIXTURE_CONTENT, folder / "content")
    shutil.copytree(ROOT / "content" / "vocabularies", folder / "content" / "vocabularies")
    (folder / ".github").mkdir()
    return folder


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    return write_repository(tmp_path / "repo")


@dataclass
class Finished:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def vejviser(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """`vejviser(*args, cwd=…, env=…)` → a finished run of the command line, in this process."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", TODAY_EPOCH)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)

    def vejviser(*args: str, cwd: Path, env: dict[str, str] | None = None) -> Finished:
        with monkeypatch.context() as scoped:
            scoped.chdir(cwd)
            for name, value in (env or {}).items():
                scoped.setenv(name, value)
            capsys.readouterr()
            code = main(list(args))
            out = capsys.readouterr()
        return Finished(code, out.out, out.err)

    return vejviser


@pytest.fixture
def vejviser_process():
    """`vejviser_process(*args, cwd=…)` → the installed console script, run as a contributor would."""

    def vejviser_process(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return run(tool("vejviser"), *args, cwd=cwd, env={"SOURCE_DATE_EPOCH": TODAY_EPOCH, **(env or {})})

    return vejviser_process
