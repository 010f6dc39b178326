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


# The rooms' browse pages, one level below the section (`lokaler/trinfri/`); a room's page is at
# `lokaler/<id>/`, so no room may have one of these ids (`load.room_problems`).
ROOM_BROWSE: dict[str, Text] = {
    "step_free": Text("trinfri", "step-free"),
    "free": Text("gratis-for-foreninger", "free-for-associations"),
}


def rooms_url(lang: str) -> str:
    return section_url("rooms", lang)


def room_url(room_id: str, lang: str) -> str:
    return section_url("rooms", lang, room_id)


def room_browse_url(browse: str, lang: str) -> str:
    return section_url("rooms", lang, ROOM_BROWSE[browse].get(lang))


def networks_url(lang: str) -> str:
    return section_url("networks", lang)


def network_url(network_id: str, lang: str) -> str:
    return section_url("networks", lang, network_id)
