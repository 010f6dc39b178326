"""The fixture site, built once per test session with real Pelican (see sitebuild.py), and the same
entries built with only the shipped kinds files (no grants, no alerts, no contact points), as
Esbjerg's site has them today."""

from __future__ import annotations

import pytest

from volunteering.sitebuild import BuiltSite

from .sitebuild import assemble_content, build


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> BuiltSite:
    root = tmp_path_factory.mktemp("kinds-site")
    result = build(assemble_content(root / "content"), root / "output")
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(root / "output")


@pytest.fixture(scope="session")
def empty_site(tmp_path_factory) -> BuiltSite:
    root = tmp_path_factory.mktemp("kinds-empty-site")
    result = build(assemble_content(root / "content", with_kinds=False), root / "output")
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(root / "output")
