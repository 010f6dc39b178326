"""Shared set-up for the validator and CLI tests: a real content folder in a temporary directory.

Every test runs in its own folder with the real vocabularies and an empty `associations/`, from that
folder, so paths print as a contributor sees them (`content/associations/x.yaml`). The build date is
fixed, GitHub Actions is off unless a test turns it on, and `VEJVISER_DEBUG` makes an unexpected
exception fail the test instead of becoming exit code 2.
"""

from __future__ import annotations

import shutil
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from vejviser.cli import main

REPO = Path(__file__).resolve().parents[2]
TODAY = "2026-06-15"
# 2026-06-15 12:00 UTC; builddate reads SOURCE_DATE_EPOCH.
TODAY_EPOCH = "1781524800"

# The smallest valid entry; tests add lines after it, so their line numbers start at 8.
MINIMAL = """\
name: Eksempelforeningen
kind: association
summary:
  da: En forening, der kun findes i testene.
needs: [loneliness]
areas: [esbjerg]
last_verified:
"""


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEJVISER_DEBUG", "1")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", TODAY_EPOCH)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(REPO / "content" / "vocabularies", folder / "vocabularies")
    (folder / "associations").mkdir()
    monkeypatch.chdir(tmp_path)
    return Path("content")


def write(content: Path, name: str, text: str | bytes) -> Path:
    path = content / "associations" / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text), "utf-8")
    return path


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):
    def run(*argv: str) -> Result:
        code = main(list(argv))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def validate(content: Path, run):
    """Write one entry file, validate it, return the result (`name` defaults to a valid slug)."""

    def validate(text: str | bytes, name: str = "eksempelforeningen.yaml", *extra: str) -> Result:
        path = write(content, name, text)
        return run("validate", str(path), *extra)

    return validate
