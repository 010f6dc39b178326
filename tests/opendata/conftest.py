"""Fixture model objects for the export tests: the fictional entries in `fixtures/`, read the real way."""

from __future__ import annotations

import datetime
import json
import os
import shutil
from pathlib import Path

import pytest

from vejviser.content import Directory, load_directory
from vejviser.opendata.publication import Publication

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


@pytest.fixture
def directory(tmp_path: Path) -> Directory:
    return load_fixture_directory(tmp_path / "content")


@pytest.fixture(scope="session")
def real_directory() -> Directory:
    """The site's own content, as published."""
    directory = load_directory(REPO / "content", BUILD_DATE)
    assert directory.errors == [], [problem.format("en") for problem in directory.errors]
    return directory


@pytest.fixture
def publication() -> Publication:
    return Publication(SITEURL, BUILD_DATE, "Vejviser")


@pytest.fixture(scope="session")
def hsds_schema_dir() -> Path:
    """The official HSDS 3.0 schemas: `$HSDS_SCHEMA_DIR`, else `../shared/hsds-3.0` beside the repository."""
    path = Path(os.environ.get("HSDS_SCHEMA_DIR") or REPO.parent / "shared" / "hsds-3.0")
    if not (path / "compiled" / "organization.json").is_file():
        pytest.fail(f"HSDS 3.0 schemas not found in {path}; set HSDS_SCHEMA_DIR")
    return path


def read_schema(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))
