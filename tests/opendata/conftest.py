"""Fixtures for the export tests: the fictional entries in `fixtures/` read the real way, the site's own
content, the official HSDS schemas, and real Pelican builds (production and development settings)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vejviser.content import Directory, load_directory
from vejviser.opendata.publication import Publication

from .common import BUILD_DATE, REPO, SITEURL, load_fixture_directory
from .sitebuild import assemble, build_development, build_published


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


@pytest.fixture(scope="session")
def site_source(tmp_path_factory) -> Path:
    """The shipped site (content, theme, settings) plus the fictional fixture entries."""
    return assemble(tmp_path_factory.mktemp("site") / "source")


@pytest.fixture(scope="session")
def published_site(site_source, tmp_path_factory) -> Path:
    """Built as `make publish` does: publishconf.py (absolute SITEURL), --fatal warnings."""
    return build_published(site_source, tmp_path_factory.mktemp("published") / "output")


@pytest.fixture(scope="session")
def development_site(site_source, tmp_path_factory) -> Path:
    """Built as `make html` does: no SITEURL, relative links, so it can be served from anywhere."""
    return build_development(site_source, tmp_path_factory.mktemp("development") / "output")
