"""Which entries a branch adds, edits or removes compared with its base: the pull request's job summary.

Asks git which files changed between the merge base of `base` and `head`, keeps those in the entries'
folder and groups them by entry (`x.yaml`, `x.da.md` and `x.en.md` are one entry). Names come from the
committed files: the new version for added and edited entries, the old one for removed entries.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import PurePosixPath

from .content import DESCRIPTION_SUFFIX, ENTRY_SUFFIXES
from .summary import code, say, table
from .yamlsource import read_bytes

ADDED, EDITED, REMOVED = "added", "edited", "removed"
COLUMNS = ("changes-column-change", "changes-column-entry", "changes-column-file")


@dataclass(frozen=True)
class Change:
    status: str  # ADDED, EDITED or REMOVED
    slug: str
    name: str  # the entry's name, or its slug if the file has no name that can be read
    path: str  # the entry's YAML file, relative to the repository


class GitError(Exception):
    """git could not compare, e.g. an unknown base or not a git repository; `args[0]` is git's message."""


def entry_changes(base: str, entry_dir: str, head: str = "HEAD", repository: str = ".") -> list[Change]:
    """The changed entries in `entry_dir` (relative to `repository`), added first, then edited, then removed."""
    diff = _git(repository, "diff", "--name-status", "--no-renames", "--relative", "-z", f"{base}...{head}", "--", entry_dir)
    fields = diff.decode("utf-8", "replace").split("\0")
    by_slug: dict[str, dict[str, str]] = {}  # slug → {path: git status letter}
    for status, path in zip(fields[0::2], fields[1::2]):
        slug = _slug(path, entry_dir)
        if slug:
            by_slug.setdefault(slug, {})[path] = status
    return sorted((_change(repository, base, head, slug, paths) for slug, paths in by_slug.items()), key=_order)


def render_markdown(changes: list[Change]) -> str:
    """Danish and English together."""
    lines = [f"## {say('changes-title')}", ""]
    if not changes:
        return "\n".join([*lines, say("changes-none"), ""])
    rows = [(say(f"changes-{change.status}"), change.name, code(change.path)) for change in changes]
    return "\n".join([*lines, *table(COLUMNS, rows), ""])


def render_text(changes: list[Change], lang: str) -> str:
    if not changes:
        return say("changes-none", lang) + "\n"
    return "".join(f"{say(f'changes-{change.status}', lang)}: {change.name} ({change.path})\n" for change in changes)


def _slug(path: str, entry_dir: str) -> str | None:
    """`content/associations/x.da.md` → `x`; None for a file that belongs to no entry (e.g. a README)."""
    file = PurePosixPath(path)
    if file.parent != PurePosixPath(entry_dir) or file.suffix not in (*ENTRY_SUFFIXES, DESCRIPTION_SUFFIX):
        return None
    return None if file.name.lower() == "readme.md" else file.name.split(".", 1)[0]


def _change(repository: str, base: str, head: str, slug: str, paths: dict[str, str]) -> Change:
    entry_files = [path for path in paths if PurePosixPath(path).suffix in ENTRY_SUFFIXES]
    statuses = {paths[path] for path in entry_files}
    status = ADDED if "A" in statuses else REMOVED if "D" in statuses else EDITED
    folder = PurePosixPath(next(iter(paths))).parent
    candidates = entry_files or [str(folder / f"{slug}{suffix}") for suffix in ENTRY_SUFFIXES]
    for path in candidates:  # only a description changed: its entry file is one of these
        name = _name(repository, base if status == REMOVED else head, path)
        if name:
            return Change(status, slug, name, path)
    return Change(status, slug, slug, candidates[0])


def _name(repository: str, revision: str, path: str) -> str | None:
    try:
        raw = _git(repository, "show", f"{revision}:./{path}")
    except GitError:
        return None
    data = read_bytes(raw, path).data
    name = data.get("name") if isinstance(data, dict) else None
    return name.strip() if isinstance(name, str) and name.strip() else None


def _order(change: Change) -> tuple[int, str]:
    return (ADDED, EDITED, REMOVED).index(change.status), change.path


def _git(repository: str, *args: str) -> bytes:
    try:
        result = subprocess.run(["git", "-C", repository, *args], capture_output=True)
    except OSError as error:  # git itself is missing
        raise GitError(str(error)) from None
    if result.returncode != 0:
        raise GitError(result.stderr.decode("utf-8", "replace").strip() or f"git {args[0]} failed")
    return result.stdout
