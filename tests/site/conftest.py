"""Session fixtures: the fixture content and the shipped content, each built once with real Pelican;
the engine's wheel and a virtual environment with it installed."""

from __future__ import annotations

import pytest

from installed_engine import build_wheel, install
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


@pytest.fixture(scope="session")
def wheel(tmp_path_factory):
    """The engine's wheel (tests/site/installed_engine.py)."""
    return build_wheel(tmp_path_factory.mktemp("engine-source"), tmp_path_factory.mktemp("wheels"))


@pytest.fixture(scope="session")
def engine(wheel, tmp_path_factory):
    """The python of a fresh virtual environment with only the wheel's engine installed."""
    return install(wheel, tmp_path_factory.mktemp("venv"))
