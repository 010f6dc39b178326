"""Build the real site with the real Pelican command, the way `make html` does, into any folder.

The browser tests build the shipped `content/` plus the fictional entries in `tests/browser/content/`
(every optional section on one entry, none on another), with the build date fixed, so every page type
they visit exists and looks the same on every run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BROWSER_ENTRIES = Path(__file__).parent / "content" / "associations"
# Fictional grants, rooms, networks, an alert and contact points (vejviser.kinds), over the shipped empty ones.
BROWSER_KINDS = Path(__file__).parent / "content"
KIND_FILES = ("alerts.yaml", "municipal_contacts.yaml")
# 2026-06-01 12:00 UTC: the day the browser-test site is "built on" (see content/README.md).
BROWSER_SITE_EPOCH = "1780315200"
# What a build reads from the working tree besides the installed `vejviser` package.
BUILD_INPUTS = ("content", "pelicanconf.py", "publishconf.py")


def copy_build_inputs(destination: Path, extra_entries: Path | None = None, extra_kinds: Path | None = None) -> Path:
    """Copy content and settings to `destination` (plus `extra_entries`' YAML files, and the grants,
    alerts and contact points in `extra_kinds`); returns it."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in BUILD_INPUTS:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, destination / name)
        elif source.is_file():
            shutil.copy2(source, destination / name)
    if extra_entries is not None:
        for entry in sorted(extra_entries.glob("*.yaml")):
            shutil.copy2(entry, destination / "content" / "associations" / entry.name)
    if extra_kinds is not None:
        for folder in ("grants", "rooms", "networks"):
            for item in sorted((extra_kinds / folder).glob("*.yaml")):
                shutil.copy2(item, destination / "content" / folder / item.name)
        for name in KIND_FILES:
            if (extra_kinds / name).is_file():
                shutil.copy2(extra_kinds / name, destination / "content" / name)
    return destination


def build(
    source: Path,
    output: Path,
    *,
    settings: str = "pelicanconf.py",
    source_date_epoch: str,
    hash_seed: str | None = None,
    processes: int | None = None,
    siteurl: str | None = None,
) -> None:
    """Run `pelican content -o output -s settings` in `source`; raises with Pelican's output if it fails.

    `hash_seed` fixes PYTHONHASHSEED, e.g. to make two builds iterate their sets in different orders;
    `processes` sets VEJVISER_PROCESSES (default: every core); `siteurl` the address publishconf.py
    builds for (VEJVISER_SITEURL).
    """
    env = {**os.environ, "SOURCE_DATE_EPOCH": source_date_epoch}
    if siteurl is not None:
        env["VEJVISER_SITEURL"] = siteurl
    if hash_seed is not None:
        env["PYTHONHASHSEED"] = hash_seed
    command = [sys.executable, "-m", "pelican", "content", "-o", str(output), "-s", settings, "--fatal", "errors"]
    if processes is not None:
        command += ["-e", f"VEJVISER_PROCESSES={processes}"]
    run = subprocess.run(
        command,
        cwd=source,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        raise RuntimeError(f"pelican failed in {source} (exit {run.returncode}):\n{run.stdout}\n{run.stderr}")


def build_browser_site(workdir: Path) -> Path:
    """The site the browser tests visit: shipped content + browser-test entries, grants, alert and
    contact points, fixed build date."""
    source = copy_build_inputs(workdir / "source", extra_entries=BROWSER_ENTRIES, extra_kinds=BROWSER_KINDS)
    output = workdir / "output"
    build(source, output, source_date_epoch=BROWSER_SITE_EPOCH)
    return output


def head_commit_epoch() -> str:
    """The commit time of HEAD, as reproducible-build tooling sets SOURCE_DATE_EPOCH."""
    return subprocess.run(
        ["git", "log", "-1", "--format=%ct"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.strip()
