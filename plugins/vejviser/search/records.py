"""What Pagefind indexes, built from the model: one record per page a citizen can land on, per language.

- an entry's page: its name, summary, description, steps and the labels of its filters (needs,
  target groups, towns, ways to take part, languages, "free" …), so "gratis" or "Ribe" finds it too;
- each current volunteer role's page (`urls.role_url`), carrying its entry's needs and areas;
- each current grant's page (`vejviser.kinds`): its title, who grants it, what it supports, who may apply;
- each room's page (`vejviser.kinds`): its name, owner, town, description and facilities;
- each content page (about, privacy, the volunteer guide …).

Listings and navigation pages are not indexed: they only repeat what the entries say.

A record's text comes in passages with weights, so what a page is about outranks what it mentions in
passing: the name is the heading; an entry's needs and target groups count three times a plain word,
its summary twice. ("Gæld" then finds debt advice before a page where something "gælder".)

An entry also carries the words people use for its needs and target groups (the vocabularies'
`words`: "depri", "inkasso", "lonley" …) with the weight of a topic, so a search in everyday words
finds the entries tagged with the need first; these words are indexed, never shown. Each word is kept
as written even when a longer one begins with it ("penge" beside "pengeproblemer"): Pagefind finds a
word by its start, but ranks a whole-word match above a prefix match, so without it a page that says
"penge" in passing outranked debt advice. ("gaeld" for "gæld" is search.js's part: a word the index
does not know is tried with æ, ø, å.)

What a result shows is the record's `title` and its `meta`: `summary`, `kind`, `town`, and `title_lang`
and `summary_lang` when the title or summary is Danish on an English record (an entry's name always,
text without a translation). Filters: `facets.py`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from itertools import chain
from typing import Iterable, Iterator, Protocol

from markupsafe import Markup

from .. import urls
from ..markup import render_markdown, sanitize_page
from ..model import Entry, VolunteerRole
from ..text import DEFAULT_LANG, Text
from ..vocabulary import Vocabularies
from ..i18n import format_date
from ..kinds.addresses import grant_url, room_url
from ..kinds.grants import Grant
from ..kinds.rooms import FACILITY_LABELS, Room
from .facets import PAGE_SELECTION, ValueLabels, entry_selection, grant_selection, pagefind_filters, role_selection, room_selection

ROLE_KIND = Text("Frivillig hos {entry}", "Volunteer with {entry}")
PAGE_KIND = Text("Information", "Information")
GRANT_KIND = Text("Pulje · frist {deadline}", "Grant · deadline {deadline}")
ROOM_KIND = Text("Lokale", "Room")
ROLE_SUMMARY_WORDS = 30  # a role's summary is the start of its description
BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|blockquote|td|th|dt|dd)>|<br\s*/?>", re.IGNORECASE)

# Pagefind's weights (0–10, quadratic: 2 counts about four times 1); the title is a heading (7).
OTHER_NAMES = 5.0
TOPIC = 3.0  # an entry's needs and target groups, and the words people use for them
SUMMARY = 2.0
PLAIN = 1.0


@dataclass(frozen=True)
class Passage:
    text: str
    weight: float = PLAIN


@dataclass(frozen=True)
class SearchRecord:
    url: str  # from the site root, starting with "/"
    language: str
    title: str
    passages: tuple[Passage, ...]
    meta: dict[str, str]
    filters: dict[str, list[str]]

    @property
    def text(self) -> str:
        return "\n".join([self.title, *(passage.text for passage in self.passages)])


class ContentPage(Protocol):
    """The parts of a Pelican content page that are indexed."""

    url: str
    lang: str
    title: str
    content: str  # HTML
    summary: str  # HTML


class RecordBuilder:
    """Records in one language, with every label in that language."""

    def __init__(self, vocabularies: Vocabularies, build_date: datetime.date, lang: str):
        self.vocabularies = vocabularies
        self.build_date = build_date
        self.lang = lang
        self._labels = ValueLabels(lang, vocabularies)

    def entry(self, entry: Entry) -> SearchRecord:
        lang = self.lang
        labels = self._labels(entry_selection(entry, self.build_date))
        kind = self.vocabularies.kinds.label(entry.kind, lang)
        topics = _words(labels, "need", "target_group")
        peoples_words = self._peoples_words(entry)
        passages = [
            Passage(", ".join(entry.alternate_names), OTHER_NAMES),
            Passage(topics, TOPIC),
            Passage(peoples_words, TOPIC),
            Passage(entry.summary.get(lang), SUMMARY),
            Passage(kind),
            Passage(_markdown_text(entry.description, lang)),
            *(Passage(step) for step in (entry.get_started.get(lang) if entry.get_started else ())),
            Passage(_words(labels, "area", "attendance", "language", "good_to_know")),
        ]
        meta = {"summary": entry.summary.get(lang), "kind": kind, **self._town(entry)}
        if lang != DEFAULT_LANG:
            meta["title_lang"] = DEFAULT_LANG  # an entry's name is written in the directory's own language
        if entry.summary.is_fallback(lang):
            meta["summary_lang"] = entry.summary.lang_for(lang)
        return self._record(urls.entry_url(entry.slug, lang), entry.name, passages, meta, labels)

    def role(self, entry: Entry, role: VolunteerRole) -> SearchRecord:
        lang = self.lang
        labels = self._labels(role_selection(entry, role))
        description = _markdown_text(role.description, lang)
        passages = [
            Passage(entry.name, SUMMARY),
            Passage(description),
            Passage(role.hours.get(lang) if role.hours else ""),
            # "frivillig" finds roles; their entry's needs do not ("sorg" should find help, not tasks).
            Passage(_words(labels, "type", "commitment", "area", "good_to_know")),
        ]
        meta = {
            "summary": _shorten(description, ROLE_SUMMARY_WORDS),
            "kind": ROLE_KIND.get(lang).format(entry=entry.name),
            **self._town(entry),
        }
        if role.title.is_fallback(lang):
            meta["title_lang"] = role.title.lang_for(lang)
        if role.description.is_fallback(lang):
            meta["summary_lang"] = role.description.lang_for(lang)
        return self._record(urls.role_url(entry.slug, role.id, lang), role.title.get(lang), passages, meta, labels)

    def grant(self, grant: Grant) -> SearchRecord:
        lang = self.lang
        supports = _markdown_text(grant.supports, lang)
        passages = [
            Passage(grant.granted_by.get(lang), SUMMARY),
            Passage(supports, SUMMARY),
            Passage(_markdown_text(grant.who_may_apply, lang)),
            Passage(grant.amount.get(lang) if grant.amount else ""),
        ]
        meta = {"summary": _shorten(supports, ROLE_SUMMARY_WORDS), "kind": GRANT_KIND.get(lang).format(deadline=format_date(grant.deadline, lang))}
        if grant.title.is_fallback(lang):
            meta["title_lang"] = grant.title.lang_for(lang)
        if grant.supports.is_fallback(lang):
            meta["summary_lang"] = grant.supports.lang_for(lang)
        return self._record(grant_url(grant.id, lang), grant.title.get(lang), passages, meta, self._labels(grant_selection(grant)))

    def room(self, room: Room) -> SearchRecord:
        lang = self.lang
        labels = self._labels(room_selection(room))
        town = self.vocabularies.areas.label(room.town, lang) if room.town else ""
        passages = [
            Passage(room.owner_name.get(lang) if room.owner_name else "", SUMMARY),
            Passage(", ".join(part for part in (room.location.address, town) if part), SUMMARY),
            Passage(_markdown_text(room.description, lang)),
            Passage(", ".join(FACILITY_LABELS[facility].get(lang) for facility in room.facilities)),
            Passage(_words(labels, "room_facts")),
        ]
        meta = {"summary": ", ".join(part for part in (room.location.address, town) if part), "kind": ROOM_KIND.get(lang), **({"town": town} if town else {})}
        if lang != DEFAULT_LANG:
            meta["title_lang"] = DEFAULT_LANG  # a room's name is written as the place calls it
        return self._record(room_url(room.id, lang), room.name, passages, meta, labels)

    def page(self, page: ContentPage) -> SearchRecord:
        summary = _html_text(page.summary)
        passages = [Passage(summary, SUMMARY), Passage(_html_text(sanitize_page(page.content)))]
        meta = {"summary": summary, "kind": PAGE_KIND.get(self.lang)}
        return self._record(page.url, page.title, passages, meta, self._labels(PAGE_SELECTION))

    def _peoples_words(self, entry: Entry) -> str:
        """The words people use for the entry's needs and target groups, each once, in `lang`. (A kind's
        words are for spelling suggestions only: "forening" or "helpline" would rank every one alike.)"""
        needs, groups = self.vocabularies.needs, self.vocabularies.target_groups
        terms = [*(needs[need] for need in entry.needs), *(groups[group] for group in entry.target_groups)]
        return ", ".join(dict.fromkeys(word for term in terms for word in term.words(self.lang)))

    def _town(self, entry: Entry) -> dict[str, str]:
        towns = ", ".join(self.vocabularies.areas.label(area, self.lang) for area in entry.towns)
        return {"town": towns} if towns else {}

    def _record(self, url: str, title: str, passages: list[Passage], meta: dict[str, str], labels: dict[str, list[str]]) -> SearchRecord:
        kept = tuple(passage for passage in passages if passage.text)
        return SearchRecord("/" + url, self.lang, title, kept, meta, pagefind_filters(labels, self.lang))


def search_records(
    entries: Iterable[Entry],
    pages: Iterable[ContentPage],
    vocabularies: Vocabularies,
    build_date: datetime.date,
    languages: Iterable[str],
    grants: Iterable[Grant] = (),
    rooms: Iterable[Room] = (),
) -> Iterator[SearchRecord]:
    """Every record of the site, language by language: entries (A–Å), their current roles, the
    current grants and the rooms (in the order given), content pages."""
    entries, pages, grants, rooms = list(entries), list(pages), list(grants), list(rooms)
    for lang in languages:
        builder = RecordBuilder(vocabularies, build_date, lang)
        yield from (builder.entry(entry) for entry in entries)
        yield from (builder.role(entry, role) for entry in entries for role in entry.current_roles(build_date))
        yield from (builder.grant(grant) for grant in grants)
        yield from (builder.room(room) for room in rooms)
        yield from (builder.page(page) for page in pages if page.lang == lang)


def _words(labels: dict[str, list[str]], *keys: str) -> str:
    """The labels of the facets `keys` as searchable text."""
    return ", ".join(chain.from_iterable(labels.get(key, ()) for key in keys))


def _markdown_text(text: Text | None, lang: str) -> str:
    return _html_text(render_markdown(text.get(lang))) if text else ""


def _html_text(html: str) -> str:
    """Sanitized HTML → plain text, with a space where a block ends, so "<p>a</p><p>b</p>" is "a b"."""
    return Markup(BLOCK_END.sub(" ", html)).striptags()


def _shorten(text: str, words: int) -> str:
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"
