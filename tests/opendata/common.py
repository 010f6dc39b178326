"""What the export tests share: where things are, the fixed build date and site address, and loaders."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

from vejviser.content import Directory, load_directory

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
BUILD_DATE = datetime.date(2026, 11, 22)
SITEURL = "https://vejviser.example"


def fixture_content(target: Path) -> Path:
    """A content folder with the site's vocabularies and the fictional test entries."""
    shutil.copytree(REPO / "content" / "vocabularies", target / "vocabularies")
    shutil.copytree(FIXTURES / "associations", target / "associations")
    return target


def load_fixture_directory(target: Path) -> Directory:
    directory = load_directory(fixture_content(target), BUILD_DATE)
    assert directory.errors == [], [problem.format("en") for problem in directory.errors]
    return directory


def read_schema(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))
