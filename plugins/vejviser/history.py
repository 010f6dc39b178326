"""When each entry changed, and which of its fields, from the git history of the entries' folder.

`entry_history` starts four git processes, whatever the number of entries: two `rev-parse` find the
repository and a shallow clone's boundary, `git log` lists the commits that touched the folder
(newest first) with the files each one added, modified or deleted, and one `git cat-file --batch`
gives both versions of the files of each entry's newest changes, which are read with the safe reader
and compared field by field, named as a reader names them (`phones`, `opening_hours`,
`address` … as sources name the facts they support; a `<slug>.<lang>.md` file counts as
`description`). What it promises:

- Only what the files say: dates are commit dates, fields are field names. No person's name or e-mail
  address is read.
- Graceful without history: outside a git repository, without git, or when git fails, there is no
  history (an empty mapping) and pages fall back to the entry's own dates. In a shallow clone the
  commits at the boundary have no parent to compare with, so they are left out: an entry is then dated
  by the changes that are really in the clone, or not at all.
- At most `MAX_CHANGES` changes an entry, newest first.
"""

from __future__ import annotations

import datetime
import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from .content import DESCRIPTION_SUFFIX, ENTRY_DIR, ENTRY_SUFFIXES
from .model import SOURCE_FIELDS
from .yamlsource import read_bytes

MAX_CHANGES = 5
DESCRIPTION_FIELD = "description"


@dataclass(frozen=True)
class Change:
    """One commit's change to an entry: its day, and the fields it changed, each with its value before
    and after (none when the commit added the entry)."""

    day: datetime.date
    values: tuple[tuple[str, Any, Any], ...] = ()  # (field, before, after), in reading order

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(field for field, _, _ in self.values)

    @property
    def added(self) -> bool:
        return not self.values


@dataclass(frozen=True)
class History:
    changes: tuple[Change, ...]  # newest first

    @property
    def last_changed(self) -> datetime.date:
        return self.changes[0].day


def entry_history(content_dir: str | Path) -> dict[str, History]:
    """Slug → its history, for the entries in `content_dir`'s entry folder; {} without usable history."""
    folder = (Path(content_dir) / ENTRY_DIR).resolve()
    try:
        top = Path(_git(folder, "rev-parse", "--show-toplevel").decode().strip())
        boundary = set(_shallow_commits(top))
        log = _git(top, "log", "--no-renames", "--format=%x00%H %cs", "--name-status", "--", folder.relative_to(top).as_posix())
        commits = [commit for commit in _commits(log) if commit[0] not in boundary]
        touched = _newest([(sha, status, path, *named) for sha, _, files in commits for status, path in files if (named := _slug_and_field(path))])
        blobs = _blobs(top, [name for sha, status, path, _, field in touched for name in _versions_needed(sha, status, path, field)])
    except (OSError, subprocess.CalledProcessError, ValueError):
        return {}
    # slug → sha → {field: (before, after)}, or None when the commit added the entry (one commit may
    # touch both an entry's YAML and its descriptions)
    changed: dict[str, dict[str, dict[str, tuple[Any, Any]] | None]] = {}
    for sha, status, path, slug, field in touched:
        before, after = blobs.get(f"{sha}^:{path}"), blobs.get(f"{sha}:{path}")
        if field is None and status == "D":
            continue  # the entry is gone: no page to show its history on
        if field is None:
            values = None if status == "A" else _changed_fields(before, after)
        else:
            values = {field: tuple(raw.decode("utf-8", "replace") if raw else "" for raw in (before, after))}
        if values == {}:
            continue  # a comment or the order of keys: nothing a reader sees
        by_commit = changed.setdefault(slug, {})
        earlier = by_commit.get(sha, {})
        by_commit[sha] = None if values is None or earlier is None else {**earlier, **values}
    days = {sha: day for sha, day, _ in commits}
    return {
        slug: History(tuple(Change(days[sha], _in_reading_order(values or {})) for sha, values in list(by_commit.items())[:MAX_CHANGES]))
        for slug, by_commit in changed.items()
    }


def _newest(touched: list[tuple[str, str, str, str, str | None]]) -> list[tuple[str, str, str, str, str | None]]:
    """Only each entry's `MAX_CHANGES` newest commits (`touched` is newest first): however long the
    history, no more files are read than the pages show."""
    kept: dict[str, list[str]] = {}
    newest = []
    for change in touched:
        sha, slug = change[0], change[3]
        shas = kept.setdefault(slug, [])
        if sha not in shas and len(shas) < MAX_CHANGES:
            shas.append(sha)
        if sha in shas:
            newest.append(change)
    return newest


def _versions_needed(sha: str, status: str, path: str, field: str | None) -> list[str]:
    """The blobs that tell what a file's change was: an entry file's two versions when it was modified;
    a description's old and new text, whichever exist."""
    if field is None:
        return [f"{sha}^:{path}", f"{sha}:{path}"] if status == "M" else []
    return [name for name, exists in ((f"{sha}^:{path}", status != "A"), (f"{sha}:{path}", status != "D")) if exists]


def _git(where: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(where), *args], capture_output=True, check=True, timeout=120).stdout


def _shallow_commits(top: Path) -> list[str]:
    """The commits at a shallow clone's boundary (none in a full clone)."""
    shallow = Path(_git(top, "rev-parse", "--path-format=absolute", "--git-path", "shallow").decode().strip())
    return shallow.read_text().split() if shallow.is_file() else []


def _commits(log: bytes) -> list[tuple[str, datetime.date, list[tuple[str, str]]]]:
    """(sha, day, [(status, path)]) from `git log --format=%x00%H %cs --name-status`, newest first."""
    commits = []
    for record in log.decode("utf-8", "replace").split("\x00")[1:]:
        head, *lines = record.strip("\n").split("\n")
        sha, day = head.split()
        files = [tuple(line.split("\t", 1)) for line in lines if "\t" in line]
        commits.append((sha, datetime.date.fromisoformat(day), [(status[:1], path) for status, path in files]))
    return commits


def _slug_and_field(path: str) -> tuple[str, str | None] | None:
    """`…/x.yaml` → ("x", None); `…/x.da.md` → ("x", "description"); None for other files."""
    name = PurePosixPath(path).name
    if name.endswith(DESCRIPTION_SUFFIX) and name.count(".") == 2:
        return name.split(".", 1)[0], DESCRIPTION_FIELD
    stem, suffix = name.rsplit(".", 1) if "." in name else (name, "")
    return (stem, None) if f".{suffix}" in ENTRY_SUFFIXES else None


def _blobs(top: Path, names: list[str]) -> dict[str, bytes]:
    """The contents of `names` (`rev:path`), read by one `git cat-file --batch`; missing ones left out."""
    if not names:
        return {}
    output = subprocess.run(
        ["git", "-C", str(top), "cat-file", "--batch"], input="".join(f"{name}\n" for name in names).encode(), capture_output=True, check=True, timeout=300
    ).stdout
    found, at = {}, 0
    for name in names:
        end = output.index(b"\n", at)
        header = output[at:end].split()
        at = end + 1
        if header[-1] == b"missing":
            continue
        size = int(header[2])
        found[name] = output[at : at + size]
        at += size + 1
    return found


# What a reader calls a change, by the file's top-level field: the contact's and the places' parts by
# their own names (the names sources use, `model.SOURCE_FIELDS`); bookkeeping fields not at all.
NOT_SHOWN = frozenset({"maintainers", "added"})
ORDER = {name: index for index, name in enumerate(SOURCE_FIELDS)}  # what a reader acts on first
RENAMED = {"alternate_names": "name"}
LOCATION_PARTS = {"opening_hours": "opening_hours", "accessibility": "accessibility"}  # any other part: "address"


def _changed_fields(before: bytes | None, after: bytes | None) -> dict[str, tuple[Any, Any]]:
    """Field → (value before, value after) for the fields that differ, as a reader names them; {}
    when either version cannot be read. A part of the contact has its own value; a part of the places
    has the places' whole list."""
    old, new = (_data(raw) for raw in (before, after))
    if old is None or new is None:
        return {}
    changed: dict[str, tuple[Any, Any]] = {}
    for key in {*old, *new} - NOT_SHOWN:
        was, now = old.get(key), new.get(key)
        if was == now:
            continue
        if key == "contact" and isinstance(was or {}, dict) and isinstance(now or {}, dict):
            parts = {*(was or {}), *(now or {})}
            changed |= {part: ((was or {}).get(part), (now or {}).get(part)) for part in parts if (was or {}).get(part) != (now or {}).get(part)}
        elif key == "locations" and isinstance(was or [], list) and isinstance(now or [], list):
            changed |= {part: (was, now) for part in _location_changes(was or [], now or [])}
        else:
            changed[RENAMED.get(key, key)] = (was, now)
    return changed


def _in_reading_order(values: dict[str, tuple[Any, Any]]) -> tuple[tuple[str, Any, Any], ...]:
    return tuple((name, *values[name]) for name in sorted(values, key=lambda name: (ORDER.get(name, len(ORDER)), name)))


def _location_changes(was: list[Any], now: list[Any]) -> set[str]:
    changed: set[str] = set()
    for index in range(max(len(was), len(now))):
        old = was[index] if index < len(was) and isinstance(was[index], dict) else {}
        new = now[index] if index < len(now) and isinstance(now[index], dict) else {}
        changed |= {LOCATION_PARTS.get(part, "address") for part in {*old, *new} if old.get(part) != new.get(part)}
    return changed


def _data(raw: bytes | None) -> dict[str, Any] | None:
    if raw is None:
        return None
    data = read_bytes(raw, "history").data
    return data if isinstance(data, dict) else None
