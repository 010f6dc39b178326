"""The pages of the kinds of content, as `PageSpec`s the directory generator writes with its own.

- `puljer/` | `en/grants/`: "Åbne puljer" – open calls (soonest deadline first), then coming ones;
  closed ones are gone at the build date; links to the feed and the calendar;
- `puljer/<id>/` | `en/grants/<id>/`: one current grant with everything about it;
- `kontakt-kommunen/` | `en/contact-the-municipality/`: the municipality's contact points by topic;
- `lokaler/` | `en/rooms/`: every room, by town; browse pages for step-free rooms and rooms free for
  associations (`lokaler/trinfri/`, `lokaler/gratis-for-foreninger/`), the lists without JavaScript;
- `lokaler/<id>/` | `en/rooms/<id>/`: one room with everything that matters for booking it;
- `netvaerk/` | `en/networks/`: the networks between associations; `netvaerk/<id>/`: one network and its members.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import partial
from typing import Any

from markupsafe import Markup

from ..directory.context import LocationView, MarkdownCache, common, location_view
from ..directory.pages import PageSpec
from ..directory.site import Site
from ..model import Entry
from ..opendata.jsonld import jsonld_script
from ..text import Text
from .addresses import (
    ROOM_BROWSE, contacts_url, grant_url, grants_calendar_url, grants_feed_url, grants_url, network_url, networks_url,
    room_browse_url, room_url, rooms_url,
)  # fmt: skip
from .contacts import TOPICS
from .grants import COMING, OPEN, Grant, current_grants
from .networks import Network
from .roomld import room_jsonld
from .rooms import FACILITY_LABELS, WHO_MAY_BORROW, Room


@dataclass(frozen=True)
class GrantView:
    """A grant as a page shows it on a build date: its status, the days left, its Markdown rendered."""

    grant: Grant
    status: str  # grants.OPEN or grants.COMING
    days_left: int
    who_may_apply: Markup
    supports: Markup
    apply_note: Markup | None

    @classmethod
    def of(cls, grant: Grant, today: datetime.date, lang: str, markdown: MarkdownCache) -> "GrantView":
        return cls(
            grant, grant.status(today), grant.days_left(today),
            markdown(grant.who_may_apply, lang, 3), markdown(grant.supports, lang, 3), markdown(grant.apply_note, lang, 3),
        )


def kind_pages(site: Site, *, markdown: MarkdownCache) -> list[PageSpec]:
    """Receiver of `vejviser.signals.directory_pages`."""
    grants = current_grants(site.kinds.grants, site.build_date)
    return [
        _grants_page(site, grants, markdown),
        *(_grant_page(site, grant, markdown) for grant in grants),
        _contacts_page(site, markdown),
        *room_pages(site, markdown),
        *network_pages(site, markdown),
    ]


def _grants_page(site: Site, grants: tuple[Grant, ...], markdown: MarkdownCache) -> PageSpec:
    def variables(lang: str) -> dict[str, Any]:
        views = [GrantView.of(grant, site.build_date, lang, markdown) for grant in grants]
        return {
            **common(site, lang, grants_url),
            "open_grants": [view for view in views if view.status == OPEN],
            "coming_grants": [view for view in views if view.status == COMING],
            "feed_url": grants_feed_url(lang),
            "calendar_url": grants_calendar_url(lang),
            "contacts_url": contacts_url(lang),
        }

    return PageSpec("grants", grants_url, variables)


def _grant_page(site: Site, grant: Grant, markdown: MarkdownCache) -> PageSpec:
    url_of = partial(grant_url, grant.id)

    def variables(lang: str) -> dict[str, Any]:
        return {
            **common(site, lang, url_of, needs=grant.needs),
            "view": GrantView.of(grant, site.build_date, lang, markdown),
            "calendar_url": grants_calendar_url(lang),
        }

    return PageSpec("grant", url_of, variables)


def _contacts_page(site: Site, markdown: MarkdownCache) -> PageSpec:
    points = site.kinds.contacts
    topics = [(topic, [point for point in points if point.topic == topic]) for topic in TOPICS]

    def variables(lang: str) -> dict[str, Any]:
        return {
            **common(site, lang, contacts_url),
            # (topic, [(contact point, what it helps with as HTML)]), only topics with contact points
            "topics": [(topic, [(point, markdown(point.helps_with, lang, 4)) for point in found]) for topic, found in topics if found],
            "grants_url": grants_url(lang),
        }

    return PageSpec("municipal_contacts", contacts_url, variables)


@dataclass(frozen=True)
class RoomView:
    """A room as its page shows it: Markdown rendered, its place as the entries' places are shown,
    and its schema.org JSON-LD."""

    room: Room
    description: Markup | None
    location: LocationView
    facilities: tuple[Text, ...]
    who_may_borrow: Text
    owner: Entry | None  # when the owner is an entry of the directory
    jsonld: Markup


def room_pages(site: Site, markdown: MarkdownCache) -> list[PageSpec]:
    rooms = site.kinds.rooms
    entries = {entry.slug: entry for entry in site.entries}
    groups = {key: tuple(room for room in rooms if ROOM_BROWSE_RULES[key](room)) for key in ROOM_BROWSE}
    return [
        _rooms_listing(site, rooms_url, rooms, groups, None),
        *(_rooms_listing(site, partial(room_browse_url, key), groups[key], groups, key) for key in ROOM_BROWSE),
        *(_room_page(site, room, entries.get(room.owner_entry or ""), markdown) for room in rooms),
    ]


ROOM_BROWSE_RULES = {"step_free": lambda room: room.step_free, "free": lambda room: bool(room.free_for_associations)}


def _rooms_listing(site: Site, url_of, rooms: tuple[Room, ...], groups: dict[str, tuple[Room, ...]], browse: str | None) -> PageSpec:
    towns = site.vocabularies.areas

    def variables(lang: str) -> dict[str, Any]:
        by_town = [(term, [room for room in rooms if room.town == term.id]) for term in towns]
        return {
            **common(site, lang, url_of),
            "rooms": rooms,
            "browse": browse,  # None on the section's main page
            "by_town": [(term, found) for term, found in by_town if found] if browse is None else [],
            "browse_counts": {key: len(group) for key, group in groups.items()},
            "browse_urls": {key: room_browse_url(key, lang) for key in ROOM_BROWSE},
        }

    return PageSpec("rooms", url_of, variables)


def _room_page(site: Site, room: Room, owner: Entry | None, markdown: MarkdownCache) -> PageSpec:
    url_of = partial(room_url, room.id)

    def variables(lang: str) -> dict[str, Any]:
        view = RoomView(
            room, markdown(room.description, lang, 3), location_view(site, room.location, lang),
            tuple(FACILITY_LABELS[facility] for facility in room.facilities), WHO_MAY_BORROW[room.who_may_borrow], owner,
            jsonld_script(room_jsonld(room, lang, site.vocabularies)),
        )  # fmt: skip
        return {**common(site, lang, url_of), "view": view}

    return PageSpec("room", url_of, variables)


@dataclass(frozen=True)
class NetworkView:
    """A network as its page shows it: Markdown rendered, members that are entries as the entries."""

    network: Network
    purpose: Markup
    who_can_join: Markup
    members: tuple[tuple[Entry | None, Any], ...]  # (the member's entry, or None; the Member)


def network_pages(site: Site, markdown: MarkdownCache) -> list[PageSpec]:
    networks = site.kinds.networks
    entries = {entry.slug: entry for entry in site.entries}
    listing = PageSpec("networks", networks_url, lambda lang: {**common(site, lang, networks_url), "networks": networks})
    return [listing, *(_network_page(site, network, entries, markdown) for network in networks)]


def _network_page(site: Site, network: Network, entries: dict[str, Entry], markdown: MarkdownCache) -> PageSpec:
    url_of = partial(network_url, network.id)
    members = tuple((entries.get(member.entry) if member.entry else None, member) for member in network.members)

    def variables(lang: str) -> dict[str, Any]:
        view = NetworkView(network, markdown(network.purpose, lang, 3), markdown(network.who_can_join, lang, 3), members)
        return {**common(site, lang, url_of), "view": view}

    return PageSpec("network", url_of, variables)
