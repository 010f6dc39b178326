"""Session fixtures: the fixture content and the shipped content, each built once with real Pelican."""

from __future__ import annotations

import pytest

from pelican_build import FIXTURES, REPO, BuiltSite, assemble_content, build


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> BuiltSite:
    root = tmp_path_factory.mktemp("fixture-site")
    content = assemble_content(root / "content", FIXTURES / "content")
    result = build(content, root / "output")
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(root / "output", result.stdout + result.stderr)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> BuiltSite:
    root = tmp_path_factory.mktemp("real-site")
    result = build(REPO / "content", root / "output", build_date=None)  # today, as `make html` does
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(root / "output", result.stdout + result.stderr)
