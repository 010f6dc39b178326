"""Atom feeds of new and updated entries, one per language.

An entry is "new" on its `added` date and "updated" on the latest of its `last_verified` date and the
day git last saw it change (`Directory.history`); entries with no date at all are not in the feed. The
newest `MAX_ENTRIES` are listed. Atom entry ids are `urn:uuid:`s made from the entry's slug and the
feed's language: the same in every build, so a feed reader sees an update as the same item changed,
and distinct per language, so a reader that follows both feeds does not merge the translations. The
feed's own id is a `urn:uuid:` too, so it is permanent whatever the site's address. Links are
absolute when SITEURL is, else root-relative (development builds).

`atom_document` writes any feed of this shape from a `Feed` and its `FeedItem`s; the volunteering
plugin's feeds of new roles use it too. Built with xml.etree rather than a feed library: the format is
small, and this way every date comes from the data (feedgenerator, which Pelican uses, falls back to
the wall clock for an empty feed).
"""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from ..builddate import TIMEZONE
from ..content import Directory
from ..model import Entry
from ..urls import entry_url, home_url, lang_prefix
from ..history import History
from .hsds import stable_id
from .labels import FEED_TITLE
from .publication import Publication

ATOM_NS = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_ENTRIES = 50


def feed_url(lang: str) -> str:
    return f"{lang_prefix(lang)}feeds/entries.atom.xml"


def changed_on(entry: Entry, history: History | None = None) -> datetime.date | None:
    """The last date the entry was added, confirmed or changed."""
    dates = [day for day in (entry.added, entry.last_verified, history and history.last_changed) if day]
    return max(dates) if dates else None


def entry_id(slug: str, lang: str) -> str:
    return f"urn:uuid:{stable_id('feed-entry', lang, slug)}"


def _timestamp(day: datetime.date) -> str:
    """Midnight in Denmark, RFC 3339."""
    return datetime.datetime.combine(day, datetime.time(), TIMEZONE).isoformat()


def _element(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    element.text = text
    return element


@dataclass(frozen=True)
class FeedItem:
    """One Atom entry. Dates are days, written as midnight in Denmark."""

    id: str
    title: str
    link: str  # absolute when SITEURL is, else root-relative
    updated: datetime.date
    summary: str
    summary_lang: str | None = None  # set when the summary is not in the feed's language (a fallback)
    summary_type: str = "text"  # or "html": sanitized HTML, which a feed reader shows formatted
    published: datetime.date | None = None
    categories: tuple[tuple[str, str], ...] = ()  # (term, label)


@dataclass(frozen=True)
class Feed:
    """An Atom feed's own metadata; `url` and `page_url` are site URLs from `vejviser.urls`."""

    lang: str
    title: str
    id: str
    url: str
    page_url: str


def atom_document(feed: Feed, items: list[FeedItem], publication: Publication) -> bytes:
    """The Atom XML of `items` in the order given; the feed is as new as its newest item (else the build date)."""
    # Atom as the default namespace, declared on the root; not with ET.register_namespace, which is
    # global (the sitemap registers its own default namespace, which turned Atom elements into "ns0:").
    root = ET.Element("feed", {"xmlns": ATOM_NS, XML_LANG: feed.lang})
    _element(root, "title", feed.title)
    _element(root, "id", feed.id)
    _element(root, "link", rel="self", href=publication.link(feed.url))
    _element(root, "link", rel="alternate", type="text/html", href=publication.link(feed.page_url))
    _element(root, "updated", _timestamp(max((item.updated for item in items), default=publication.build_date)))
    author = _element(root, "author")
    _element(author, "name", publication.name)
    for item in items:
        entry = _element(root, "entry")
        _element(entry, "id", item.id)
        _element(entry, "title", item.title)
        _element(entry, "link", rel="alternate", type="text/html", href=item.link)
        if item.published:
            _element(entry, "published", _timestamp(item.published))
        _element(entry, "updated", _timestamp(item.updated))
        summary = _element(entry, "summary", item.summary)
        if item.summary_type != "text":
            summary.set("type", item.summary_type)
        if item.summary_lang:
            summary.set(XML_LANG, item.summary_lang)
        for term, label in item.categories:
            _element(entry, "category", term=term, label=label)
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def atom_feed(directory: Directory, publication: Publication, lang: str) -> bytes:
    changed = {entry.slug: changed_on(entry, directory.history.get(entry.slug)) for entry in directory.entries}
    dated = [(changed[entry.slug], entry) for entry in directory.entries if changed[entry.slug]]
    newest = sorted(dated, key=lambda item: (-item[0].toordinal(), item[1].slug))[:MAX_ENTRIES]
    items = [
        FeedItem(
            id=entry_id(entry.slug, lang),
            title=entry.name,
            link=publication.link(entry_url(entry.slug, lang)),
            updated=day,
            summary=entry.summary.get(lang),
            summary_lang=entry.summary.lang_for(lang) if entry.summary.is_fallback(lang) else None,
            published=entry.added,
            categories=tuple((need, directory.vocabularies.needs.label(need, lang)) for need in entry.needs),
        )
        for day, entry in newest
    ]
    feed = Feed(lang, f"{FEED_TITLE.get(lang)} – {publication.name}", f"urn:uuid:{stable_id('feed', lang)}", feed_url(lang), home_url(lang))
    return atom_document(feed, items, publication)
