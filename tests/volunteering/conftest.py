"""The fixture site, built once per test session with real Pelican (see sitebuild.py)."""

from __future__ import annotations

import pytest

from .sitebuild import BuiltSite, assemble_content, build


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> BuiltSite:
    root = tmp_path_factory.mktemp("volunteering-site")
    result = build(assemble_content(root / "content"), root / "output")
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(root / "output")
