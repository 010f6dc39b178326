"""Which entries the associations should confirm again: `last_verified` empty or more than 12 months old.

Grouped by maintainer, so each association sees its own list; entries without maintainers are the
editors' to follow up. Entries unconfirmed for more than 24 months (or never confirmed, and added that
long ago or at an unknown date) come first in each group and are marked, as their data is the most
likely to mislead a reader. The markdown form is the monthly job summary and the body of the
freshness issue (Danish and English together, handles as @-mentions), and links each file to GitHub's
editor when the repository is known. Nothing here reads files.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Iterable

from .dates import months_before
from .model import STALE_AFTER_MONTHS, Entry
from .problems import LANGUAGES
from .summary import code, say, table

COLUMNS = ("freshness-column-entry", "freshness-column-file", "freshness-column-verified")
LONG_UNCONFIRMED_MONTHS = 24


@dataclass(frozen=True)
class Group:
    maintainer: str | None  # a GitHub handle without "@", or None for the entries nobody maintains
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Report:
    today: datetime.date
    groups: tuple[Group, ...]

    @property
    def count(self) -> int:
        return len({entry.slug for group in self.groups for entry in group.entries})


def long_unconfirmed(entry: Entry, today: datetime.date) -> bool:
    """Not confirmed for more than `LONG_UNCONFIRMED_MONTHS`, as far as the entry's dates tell."""
    since = entry.last_verified or entry.added
    return since is None or since < months_before(today, LONG_UNCONFIRMED_MONTHS)


def report(entries: Iterable[Entry], today: datetime.date) -> Report:
    stale = sorted(
        (entry for entry in entries if entry.is_stale(today, STALE_AFTER_MONTHS)), key=lambda entry: (not long_unconfirmed(entry, today), entry.sort_key)
    )
    handles = sorted({handle for entry in stale for handle in entry.maintainers}, key=str.casefold)
    groups = [Group(handle, tuple(entry for entry in stale if handle in entry.maintainers)) for handle in handles]
    unmaintained = tuple(entry for entry in stale if not entry.maintainers)
    if unmaintained:
        groups.append(Group(None, unmaintained))
    return Report(today, tuple(groups))


def render_text(result: Report, content_dir: str, lang: str) -> str:
    """For the terminal, in one language."""
    if not result.groups:
        return say("freshness-none", lang, months=STALE_AFTER_MONTHS) + "\n"
    lines = [_intro(result, lang), say("freshness-how-to", lang), ""]
    for group in result.groups:
        lines.append(_heading(group, lang))
        lines += [f"  {content_dir}/{entry.source_path}  {entry.name} ({_verified(entry, result.today, lang)})" for entry in group.entries]
        lines.append("")
    return "\n".join(lines)


def render_markdown(result: Report, content_dir: str, edit_url: str | None = None) -> str:
    """For GitHub (job summary and issue body), Danish and English together. With `edit_url` (the
    repository's `…/edit/<branch>/`), each file name opens the file in GitHub's editor."""
    lines = [f"## {say('freshness-title')}", ""]
    if not result.groups:
        return "\n".join([*lines, *(say("freshness-none", lang, months=STALE_AFTER_MONTHS) for lang in LANGUAGES), ""])
    lines += [f"{_intro(result, lang)} {say('freshness-how-to', lang)}\n" for lang in LANGUAGES]
    for group in result.groups:
        rows = [(entry.name, _file(f"{content_dir}/{entry.source_path}", edit_url), _verified(entry, result.today)) for entry in group.entries]
        lines += [f"### {_heading(group)}", "", *table(COLUMNS, rows), ""]
    return "\n".join(lines)


def _file(path: str, edit_url: str | None) -> str:
    return f"[{code(path)}]({edit_url}{path})" if edit_url else code(path)


def _intro(result: Report, lang: str) -> str:
    entries = say(f"count-entries-{'one' if result.count == 1 else 'other'}", lang, count=result.count)
    return say("freshness-intro", lang, entries=entries, months=STALE_AFTER_MONTHS, date=result.today.isoformat())


def _heading(group: Group, lang: str | None = None) -> str:
    return f"@{group.maintainer}" if group.maintainer else say("freshness-no-maintainer", lang)


def _verified(entry: Entry, today: datetime.date, lang: str | None = None) -> str:
    """When it was last confirmed, and the mark of a long-unconfirmed entry; both languages without `lang`."""
    if lang is None:
        said = [_verified(entry, today, each) for each in LANGUAGES]
        return said[0] if len(set(said)) == 1 else " · ".join(said)
    when = entry.last_verified.isoformat() if entry.last_verified else say("freshness-never", lang)
    if long_unconfirmed(entry, today):
        return f"{when} – {say('freshness-long-unconfirmed', lang, months=LONG_UNCONFIRMED_MONTHS)}"
    return when
