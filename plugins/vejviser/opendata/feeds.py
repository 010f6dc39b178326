"""Atom feeds of new and updated entries, one per language.

An entry is "new" on its `added` date and "updated" on its `last_verified` date; entries with neither
date are not in the feed. The newest `MAX_ENTRIES` are listed. Atom entry ids are `urn:uuid:` of
the entry's HSDS organization id, so a feed reader sees an update as the same item changed; the
feed's own id is a `urn:uuid:` too, so it is permanent whatever the site's address. Links are
absolute when SITEURL is, else root-relative (development builds).

Built with xml.etree rather than a feed library: the format is small, and this way every date comes
from the data (feedgenerator, which Pelican uses, falls back to the wall clock for an empty feed).
"""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET

from ..builddate import TIMEZONE
from ..content import Directory
from ..model import Entry
from ..urls import entry_url, home_url, lang_prefix
from .hsds import organization_id, stable_id
from .labels import FEED_TITLE
from .publication import Publication

ATOM_NS = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_ENTRIES = 50

ET.register_namespace("", ATOM_NS)


def feed_url(lang: str) -> str:
    return f"{lang_prefix(lang)}feeds/entries.atom.xml"


def changed_on(entry: Entry) -> datetime.date | None:
    """The last date the entry was added or confirmed."""
    dates = [day for day in (entry.added, entry.last_verified) if day]
    return max(dates) if dates else None


def _timestamp(day: datetime.date) -> str:
    """Midnight in Denmark, RFC 3339."""
    return datetime.datetime.combine(day, datetime.time(), TIMEZONE).isoformat()


def _element(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attributes)
    element.text = text
    return element


def atom_feed(directory: Directory, publication: Publication, lang: str) -> bytes:
    dated = [(changed_on(entry), entry) for entry in directory.entries if changed_on(entry)]
    newest = sorted(dated, key=lambda item: (-item[0].toordinal(), item[1].slug))[:MAX_ENTRIES]
    feed = ET.Element(f"{{{ATOM_NS}}}feed", {XML_LANG: lang})
    _element(feed, "title", f"{FEED_TITLE.get(lang)} – {publication.name}")
    _element(feed, "id", f"urn:uuid:{stable_id('feed', lang)}")
    _element(feed, "link", rel="self", href=publication.link(feed_url(lang)))
    _element(feed, "link", rel="alternate", type="text/html", href=publication.link(home_url(lang)))
    _element(feed, "updated", _timestamp(newest[0][0] if newest else publication.build_date))
    author = _element(feed, "author")
    _element(author, "name", publication.name)
    for day, entry in newest:
        item = _element(feed, "entry")
        _element(item, "id", f"urn:uuid:{organization_id(entry.slug)}")
        _element(item, "title", entry.name)
        _element(item, "link", rel="alternate", type="text/html", href=publication.link(entry_url(entry.slug, lang)))
        if entry.added:
            _element(item, "published", _timestamp(entry.added))
        _element(item, "updated", _timestamp(day))
        summary = _element(item, "summary", entry.summary.get(lang))
        if entry.summary.is_fallback(lang):
            summary.set(XML_LANG, entry.summary.lang_for(lang))
        for need in entry.needs:
            _element(item, "category", term=need, label=directory.vocabularies.needs.label(need, lang))
    ET.indent(feed)
    return ET.tostring(feed, encoding="UTF-8", xml_declaration=True) + b"\n"
