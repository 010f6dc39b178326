"""An entry as its Danish page will show it, in Markdown: the preview in a pull request's job summary.

A contributor who edits from the browser cannot build the site; the summary of the pull request's
checks (`vejviser changes --format markdown`) shows each added or edited entry's facts as a reader
will get them: name and summary, what help, for whom, where, phones, e-mail, website, places with
their opening hours, volunteer roles and sources, with the vocabularies' labels rather than ids.
Headings are in Danish and English, as everything in a job summary; the facts in Danish, as the
Danish page shows them (and a line says when the English page will show Danish text).
"""

from __future__ import annotations

from pathlib import Path

from .builddate import build_date
from .changes import REMOVED, Change
from .content import load_directory

from .i18n import format_clock, weekday_names
from .model import Entry, Location
from .summary import plain, say
from .vocabulary import Vocabularies

LANG = "da"


def entry_preview(entry: Entry, vocabularies: Vocabularies) -> str:
    """Markdown: a heading, the summary as a quote, then a list of the facts that are there."""
    def labels(vocabulary: str, ids) -> str:
        return ", ".join(vocabularies[vocabulary].label(term, LANG) for term in ids)

    facts = [
        ("preview-needs", labels("needs", entry.needs)),
        ("preview-for", labels("target_groups", entry.target_groups)),
        ("preview-where", labels("areas", entry.areas)),
        ("preview-phones", "; ".join(f"{phone.number}" + (f" ({phone.purpose.get(LANG)})" if phone.purpose else "") for phone in entry.contact.phones)),
        ("preview-email", entry.contact.email or ""),
        ("preview-website", entry.contact.website or ""),
        *((("preview-place", _place(location, vocabularies)) for location in entry.locations)),
        ("preview-roles", "; ".join(role.title.get(LANG) + (f" ({role.date.isoformat()})" if role.date else "") for role in entry.volunteering)),
        ("preview-sources", "; ".join(f"{source.url or source.title} ({source.read.isoformat()})" for source in entry.sources)),
    ]
    lines = [f"### {plain(entry.name)}", "", f"> {plain(entry.summary.get(LANG))}", ""]
    lines += [f"- **{say(code)}:** {plain(value)}" for code, value in facts if value]
    if not entry.summary.en:
        lines.append(f"- {say('preview-no-english')}")
    return "\n".join(lines) + "\n"


def changed_entries_preview(found: list[Change], content: Path) -> str:
    """Each added or edited entry as its page will show it (`vejviser.preview`); an entry with errors
    of its own is named, with the check to look at instead."""
    shown = [change for change in found if change.status != REMOVED]
    if not shown:
        return ""
    directory = load_directory(content, build_date(), processes=1)
    entries = {entry.slug: entry for entry in directory.entries}
    parts = [f"## {say('preview-title')}", "", say("preview-intro"), ""]
    for change in shown:
        entry = entries.get(change.slug)
        parts.append(entry_preview(entry, directory.vocabularies) if entry else f"### {plain(change.name)}\n\n{say('preview-has-errors')}\n")
    return "\n".join(parts)


def _place(location: Location, vocabularies: Vocabularies) -> str:
    town = vocabularies.areas.label(location.town, LANG) if location.town else ""
    where = ", ".join(part for part in (location.name, location.address, f"{location.postcode} {town}".strip()) if part)
    if not location.opening_hours:
        return where
    names = weekday_names(LANG)
    open_days = [
        f"{names[day]} {', '.join(f'{format_clock(opens, LANG)}–{format_clock(closes, LANG)}' for opens, closes in times)}"
        for day, times in location.opening_hours.by_day()
        if times
    ]
    return f"{where}: {'; '.join(open_days)}" if open_days else where

