"""Where the grants' and contacts' pages and files are, in every language (beside `vejviser.urls`)."""

from __future__ import annotations

from ..text import Text
from ..urls import section_url

FEED_FILE = Text("puljer.atom.xml", "grants.atom.xml")
CALENDAR_FILE = Text("frister.ics", "deadlines.ics")


def grants_url(lang: str) -> str:
    return section_url("grants", lang)


def grant_url(grant_id: str, lang: str) -> str:
    return section_url("grants", lang, grant_id)


def grants_feed_url(lang: str) -> str:
    return grants_url(lang) + FEED_FILE.get(lang)


def grants_calendar_url(lang: str) -> str:
    return grants_url(lang) + CALENDAR_FILE.get(lang)


def contacts_url(lang: str) -> str:
    return section_url("contacts", lang)
