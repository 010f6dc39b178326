"""The lock file: every install goes through it, and it holds what pyproject.toml asks for.

A fresh clone installs exactly the versions the tests were run against only if nothing installs around
the lock: the Makefile installs it with hashes required, and the workflows and .ci/run install through
the Makefile alone.
"""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from .conftest import ROOT
from .test_workflows import WORKFLOW_FILES, load, steps

LOCK = ROOT / "requirements.lock"
# Commands that install Python packages, in any spelling a script might use.
INSTALLS = re.compile(r"\b(?:pip3?|uv pip|uv|pipx|poetry|conda)\s+(?:install|add|sync)\b|\beasy_install\b")


def locked() -> dict[str, list[tuple[str, str]]]:
    """Package name → [(version, environment marker)] as pinned in the lock, each with its hashes."""
    pins: dict[str, list[tuple[str, str]]] = {}
    for block in re.split(r"\n(?=[a-z0-9])", LOCK.read_text("utf-8")):
        if block.startswith("#") or not block.strip():
            continue
        head = block.split("\\", 1)[0].strip()
        assert "--hash=sha256:" in block, f"no hash for {head}"
        requirement = Requirement(head)
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", head
        pins.setdefault(canonicalize_name(requirement.name), []).append((specifier.version, str(requirement.marker or "")))
    return pins


def test_the_lock_pins_every_package_with_hashes():
    pins = locked()
    assert len(pins) > 50  # direct and transitive
    assert {"pelican", "pyyaml", "jinja2", "pagefind", "playwright", "setuptools", "uv"} <= set(pins)


def test_the_lock_satisfies_pyproject():
    """A dependency added to pyproject.toml but not locked (forgot `make lock`) fails here, not on a
    fresh machine."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    wanted = [*project["dependencies"]]
    for extra in ("test", "bench", "tools"):
        wanted += project["optional-dependencies"][extra]
    pins = locked()
    for text in wanted:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        if name == "vejviser":
            continue
        assert name in pins, f"{text} is not in requirements.lock: run `make lock`"
        for version, _marker in pins[name]:
            assert requirement.specifier.contains(version, prereleases=True), f"{name}=={version} does not satisfy {text}"


def test_make_installs_the_lock_with_hashes_and_nothing_else():
    makefile = (ROOT / "Makefile").read_text("utf-8")
    installs = [line.strip() for line in makefile.splitlines() if INSTALLS.search(line)]
    assert installs == [
        "$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)",
        "$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .",
    ]
    assert "LOCK := requirements.lock" in makefile


def test_workflows_and_ci_install_only_through_make():
    scripts = {".ci/run": (ROOT / ".ci" / "run").read_text("utf-8")}
    for path in WORKFLOW_FILES:
        for number, step in enumerate(steps(load(path))):
            scripts[f"{path.name} step {number}"] = step.get("run", "")
    offenders = {where: INSTALLS.findall(script) for where, script in scripts.items() if INSTALLS.search(script)}
    assert offenders == {}
    assert re.search(r"^make test$", scripts[".ci/run"], flags=re.MULTILINE)


def test_the_install_check_catches_an_install_around_the_lock():
    assert INSTALLS.search("python -m pip install requests")
    assert INSTALLS.search("uv pip install -e .")
    assert not INSTALLS.search("make install")
