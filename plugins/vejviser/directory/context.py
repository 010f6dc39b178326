"""Template variables for each kind of page, assembled in one place.

Every page gets `common(...)`: its language, its URL in every language (`alternates`), whether it
shows the quick-exit button, and `links` (every URL in its language). Each page kind adds its own
variables below. Other plugins that need more on a page (JSON-LD, search filters) add it here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable
from urllib.parse import quote

from markupsafe import Markup

from ..i18n import format_clock, weekday_names
from ..markup import render_markdown
from ..model import Entry, Location, OpeningHours, VolunteerRole
from ..provider import provider_of
from ..text import Text
from .site import Site

UrlOf = Callable[[str], str]  # language → URL


@dataclass(frozen=True)
class Alternate:
    lang: str
    url: str
    current: bool


def common(site: Site, lang: str, url_of: UrlOf, *, sensitive: bool = False, needs: Iterable[str] = ()) -> dict[str, Any]:
    """What every page gets; `needs`: what the page is about, for the alerts that apply to those needs."""
    return {
        "lang": lang,
        "alternates": [Alternate(other, url_of(other), other == lang) for other in site.languages],
        "links": site.links[lang],
        "quick_exit": sensitive,
        "alerts": site.alerts_on(url_of(lang), lang, needs) if site.alerts else (),
        # A new site before its first entry: pages say so once instead of counting "0 services".
        "directory_empty": not site.entries,
    }


class MarkdownCache:
    """Each distinct Markdown text is rendered once per build, whichever pages show it.

    `top_heading`: the level its own headings start at (one below the heading it sits under).
    """

    def __init__(self) -> None:
        self._html: dict[tuple[str, int], Markup] = {}

    def __call__(self, text: Text | None, lang: str, top_heading: int = 3) -> Markup | None:
        if text is None:
            return None
        key = (text.get(lang), top_heading)
        html = self._html.get(key)
        if html is None:
            html = self._html[key] = render_markdown(*key)
        return html


@dataclass(frozen=True)
class HoursRow:
    day: str  # "mon"
    name: str  # "mandag" / "Monday"
    intervals: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class LocationView:
    location: Location
    directions_url: str | None
    hours: tuple[HoursRow, ...]
    upcoming_exceptions: tuple
    open_data: str  # weekly hours for the "open now" script, times as shown: "mon 10.00-14.00;tue …"
    closed_dates: str  # upcoming dates it is closed, comma separated
    special_hours: str  # upcoming dates with other hours: "2025-12-24 10.00-12.00;…"


@dataclass(frozen=True)
class RoleView:
    role: VolunteerRole
    description: Markup
    how_to_apply: Markup
    heading_level: int  # of the headings beside its description ("How to apply")

    @classmethod
    def of(cls, role: VolunteerRole, lang: str, markdown: MarkdownCache, heading_level: int) -> "RoleView":
        """A role with its Markdown rendered in `lang`: the description's own headings start at
        `heading_level`, those of how to apply one below. 4 on an entry's page (role titles are h3),
        2 on the role's own page (its title is the h1)."""
        description = markdown(role.description, lang, heading_level)
        return cls(role, description, markdown(role.how_to_apply, lang, heading_level + 1), heading_level)


def _directions_url(site: Site, location: Location) -> str | None:
    """A route planner link to the coordinates, else to the street address; none for just a postcode."""
    if location.latitude is not None and location.longitude is not None:
        destination = f"{location.latitude},{location.longitude}"
    elif location.address:
        town = site.vocabularies.areas.label(location.town, "da") if location.town in site.vocabularies.areas else ""
        destination = f"{location.address}, {location.postcode} {town}".strip()
    else:
        return None
    return site.config.directions_url.format(destination=quote(destination))


def location_view(site: Site, location: Location, lang: str) -> LocationView:
    hours: OpeningHours | None = location.opening_hours
    names = weekday_names(lang)
    rows = tuple(HoursRow(day, names[day], tuple(intervals)) for day, intervals in hours.by_day()) if hours and hours.weekly else ()
    upcoming = tuple(exception for exception in hours.exceptions if exception.date >= site.build_date) if hours else ()
    def interval(opens: str, closes: str) -> str:
        return f"{format_clock(opens, lang)}-{format_clock(closes, lang)}"

    open_data = ";".join(f"{row.day} " + ",".join(interval(*times) for times in row.intervals) for row in rows if row.intervals)
    closed = ",".join(exception.date.isoformat() for exception in upcoming if exception.closed)
    special = ";".join(
        f"{exception.date.isoformat()} {interval(exception.opens, exception.closes)}"
        for exception in upcoming
        if not exception.closed and exception.opens and exception.closes
    )
    return LocationView(location, _directions_url(site, location), rows, upcoming, open_data, closed, special)


def entry_page(site: Site, entry: Entry, lang: str, url_of: UrlOf, markdown: MarkdownCache) -> dict[str, Any]:
    """Made from `entry` and the site-wide parts of `site` only, never other entries (the page is
    `PageSpec.made_from_entry`)."""
    verified = entry.last_verified
    return {
        **common(site, lang, url_of, sensitive=site.is_sensitive(entry.needs), needs=entry.needs),
        "entry": entry,
        "description": markdown(entry.description, lang),
        "locations": [location_view(site, location, lang) for location in entry.locations],
        "roles": [RoleView.of(role, lang, markdown, heading_level=4) for role in entry.current_roles(site.build_date)],
        "verified": verified,
        "provider": provider_of(entry.kind, site.vocabularies),
        "sources_read": entry.sources_read,
        "history": site.directory.history.get(entry.slug),
        "stale": verified is not None and entry.is_stale(site.build_date, site.config.stale_months),
        "correction_url": site.correction_url(entry),
        "correction_email": site.correction_email(entry),
        "first_need": entry.needs[0] if entry.needs else None,
        "networks": site.kinds.networks_by_entry.get(entry.slug, ()),  # the networks it is a member of (vejviser.kinds)
    }


DANISH_ALPHABET = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")


def a_z_groups(entries: tuple[Entry, ...]) -> list[tuple[str, list[Entry]]]:
    """Entries under their first letter, A–Z then Æ, Ø, Å; anything else under "#" at the end."""
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        letter = entry.name[:1].upper()
        groups.setdefault(letter if letter in DANISH_ALPHABET else "#", []).append(entry)
    return [(letter, groups[letter]) for letter in (*DANISH_ALPHABET, "#") if letter in groups]


