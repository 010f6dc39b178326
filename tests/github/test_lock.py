"""The lock files: every install goes through them, and they hold what pyproject.toml and package.json ask for.

A fresh clone installs exactly the versions the tests were run against only if nothing installs around
the locks: the Makefile installs requirements.lock with hashes required and package-lock.json with
`npm ci`, and the workflows and .ci/run install through the Makefile alone.
"""

from __future__ import annotations

import json
import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from .conftest import ROOT
from .test_workflows import WORKFLOW_FILES, load, steps

LOCK = ROOT / "requirements.lock"
# Commands that install Python packages, in any spelling a script might use.
INSTALLS = re.compile(r"\b(?:pip3?|uv pip|uv|pipx|poetry|conda)\s+(?:install|add|sync)\b|\beasy_install\b")
# … and Node.js packages.
NODE_INSTALLS = re.compile(r"\b(?:npm|yarn|pnpm)\s+(?:install|i|ci|add)\b|\bnpx\b")


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
    assert {"pelican", "pyyaml", "jinja2", "pagefind-bin", "playwright", "setuptools", "uv"} <= set(pins)


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
    commands = [line.strip() for line in makefile.splitlines() if not line.lstrip().startswith("#")]
    installs = [line for line in commands if INSTALLS.search(line) or NODE_INSTALLS.search(line)]
    assert installs == [
        "$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)",
        "$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .",
        "npm ci --ignore-scripts --no-audit --no-fund",
    ]
    assert "LOCK := requirements.lock" in makefile


def test_workflows_and_ci_install_only_through_make():
    scripts = {".ci/run": (ROOT / ".ci" / "run").read_text("utf-8")}
    for path in WORKFLOW_FILES:
        for number, step in enumerate(steps(load(path))):
            scripts[f"{path.name} step {number}"] = step.get("run", "")
    offenders = {
        where: INSTALLS.findall(script) + NODE_INSTALLS.findall(script)
        for where, script in scripts.items()
        if INSTALLS.search(script) or NODE_INSTALLS.search(script)
    }
    assert offenders == {}
    assert re.search(r"^make test$", scripts[".ci/run"], flags=re.MULTILINE)


def test_the_install_check_catches_an_install_around_the_lock():
    assert INSTALLS.search("python -m pip install requests")
    assert INSTALLS.search("uv pip install -e .")
    assert not INSTALLS.search("make install")


def test_the_npm_lock_pins_what_package_json_asks_for_with_integrity_hashes():
    """`npm ci` refuses a lock that does not match package.json; this says so before a fresh machine does."""
    package = json.loads((ROOT / "package.json").read_text("utf-8"))
    lock = json.loads((ROOT / "package-lock.json").read_text("utf-8"))
    assert lock["lockfileVersion"] >= 2 and lock["packages"][""]["dependencies"] == package["dependencies"]
    assert all(re.fullmatch(r"\d+\.\d+\.\d+", version) for version in package["dependencies"].values())  # exact pins
    installed = {path: entry for path, entry in lock["packages"].items() if path}
    assert "node_modules/lighthouse" in installed
    assert all(entry.get("integrity", "").startswith("sha512-") for entry in installed.values())
    assert not [path for path, entry in installed.items() if entry.get("hasInstallScript")]  # --ignore-scripts loses nothing
