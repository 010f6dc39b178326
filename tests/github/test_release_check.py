"""scripts/release-check: the engine is released only when the tag, pyproject.toml and CHANGELOG.md agree,
because a site upgrades by the version in its lock and by what the changelog says it must change."""

from __future__ import annotations

import subprocess
import sys
from importlib.machinery import SourceFileLoader
from importlib.util import module_from_spec, spec_from_loader

import pytest

from .conftest import ROOT

SCRIPT = ROOT / "scripts" / "release-check"
_loader = SourceFileLoader("release_check", str(SCRIPT))
release_check = module_from_spec(spec_from_loader("release_check", _loader))
_loader.exec_module(release_check)

PYPROJECT = '[project]\nname = "vejviser"\nversion = "0.2.0"\n'
CHANGELOG = """# Changelog

## [Unreleased]

## [0.2.0] - 2027-01-15

### Added
- Something.

**Sites must:** nothing.

## [0.1.0] - 2026-12-06

**Sites must:** set things.
"""


def test_a_tag_that_agrees_with_the_version_and_a_dated_entry_passes():
    assert release_check.problems("v0.2.0", PYPROJECT, CHANGELOG) == []


@pytest.mark.parametrize(("tag", "changelog", "problem"), [
    ("0.2.0", CHANGELOG, "is not vX.Y.Z"),
    ("v0.3.0", CHANGELOG, "pyproject.toml says version 0.2.0, the tag 0.3.0"),
    ("v0.2.0", CHANGELOG.replace("## [0.2.0] - 2027-01-15", "## [0.2.0]"), "no dated entry"),
    ("v0.2.0", CHANGELOG.replace("**Sites must:** nothing.\n", ""), "does not say what sites must change"),
])
def test_a_tag_the_package_or_changelog_does_not_agree_with_is_refused(tag, changelog, problem):
    assert any(problem in found for found in release_check.problems(tag, PYPROJECT, changelog))


def test_the_repositorys_own_version_is_releasable():
    version = next(line.split('"')[1] for line in (ROOT / "pyproject.toml").read_text("utf-8").splitlines() if line.startswith("version = "))
    done = subprocess.run([sys.executable, str(SCRIPT), f"v{version}"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    refused = subprocess.run([sys.executable, str(SCRIPT), "v99.0.0"], capture_output=True, text=True)
    assert refused.returncode == 1 and "release-check: pyproject.toml says version" in refused.stderr
