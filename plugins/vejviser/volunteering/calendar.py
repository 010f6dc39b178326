"""The volunteer tasks that happen on certain days as an iCalendar file, one per language.

`frivillig/opgaver.ics` (Danish) and `en/volunteer/tasks.ics` (English): a calendar app shows one
title per event, so each language has its own file, and the page in that language links to it. The
events are the current postings with `calendar_days` (a one-off task's date, or an ad hoc or event
role's days): all-day (`DTSTART;VALUE=DATE`, `DTEND` the day after the last day), free time
(`TRANSP:TRANSPARENT`, as nobody has signed up yet), with the role's page as `URL` when the site has
an absolute address. `DESCRIPTION` is plain text: the entry's name, the description and how to
apply as their Markdown reads, and the role's page. `UID` is `<entry>-<role>@<host>`, the same in
both files, so an app that reads both sees one task. `DTSTAMP` is the day the role was posted (else
the build date), never the clock.

The file is always there and always valid, also with no dated tasks: a subscribed calendar keeps its
address and shows "nothing yet", where a missing file is an error that makes apps drop or flag the
subscription. RFC 5545 asks for at least one component, so the calendar always carries the
`VTIMEZONE` of Denmark (the EU's rules: summer time from the last Sunday of March to the last Sunday
of October), which strict parsers accept and which also tells an app the calendar's zone.
"""

from __future__ import annotations

import datetime
from typing import Iterable
from urllib.parse import urlsplit

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vDuration

from ..builddate import TIMEZONE
from ..opendata.publication import Publication
from ..text import Text
from ..urls import role_url, section_url
from .labels import CALENDAR_NAME, HOW_TO_APPLY
from .postings import Posting

CALENDAR_FILE = Text("opgaver.ics", "tasks.ics")
PRODUCT_ID = "-//Vejviser//Frivillige opgaver//DA"
REFRESH = datetime.timedelta(days=1)  # the file changes at most once a day, with the build date
UID_HOST = "vejviser.invalid"  # for builds without an absolute SITEURL


TZID = "Europe/Copenhagen"


def danish_time_zone() -> Timezone:
    """Denmark's zone as a `VTIMEZONE`, by the rules in force since 1996 (written out, not read from
    the machine's zone database, so every build writes the same bytes)."""
    zone = Timezone()
    zone.add("tzid", TZID)
    for kind, name, offsets, start, month in (
        (TimezoneDaylight, "CEST", ("+0100", "+0200"), datetime.datetime(1996, 3, 31, 2), 3),
        (TimezoneStandard, "CET", ("+0200", "+0100"), datetime.datetime(1996, 10, 27, 3), 10),
    ):
        part = kind()
        part.add("tzname", name)
        part.add("tzoffsetfrom", offsets[0], encode=False)
        part.add("tzoffsetto", offsets[1], encode=False)
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1SU"})
        zone.add_component(part)
    return zone


def calendar_url(lang: str) -> str:
    return section_url("volunteer", lang) + CALENDAR_FILE.get(lang)


def midnight_utc(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(), TIMEZONE).astimezone(datetime.timezone.utc)


def _description(posting: Posting, lang: str, link: str) -> str:
    role = posting.role
    return f"{posting.entry.name}\n\n{role.description.get(lang)}\n\n{HOW_TO_APPLY.get(lang)}: {role.how_to_apply.get(lang)}\n\n{link}"


def _event(posting: Posting, publication: Publication, lang: str, host: str) -> Event:
    first, last = posting.calendar_days
    link = publication.link(role_url(posting.entry.slug, posting.role.id, lang))
    event = Event()
    event.add("uid", f"{posting.entry.slug}-{posting.role.id}@{host}")
    event.add("dtstamp", midnight_utc(posting.posted or publication.build_date))
    event.add("dtstart", first)
    event.add("dtend", last + datetime.timedelta(days=1))
    event.add("summary", f"{posting.role.title.get(lang)} – {posting.entry.name}")
    event.add("description", _description(posting, lang, link))
    event.add("transp", "TRANSPARENT")
    if publication.is_public:
        event.add("url", link)
    return event


def published_calendar(name: str, product_id: str) -> Calendar:
    """An empty calendar to publish: its name, a daily refresh and Denmark's `VTIMEZONE` (so it is
    valid with no events too). The grant deadlines' calendar (`vejviser.kinds`) starts from it too."""
    calendar = Calendar()
    calendar.add("prodid", product_id)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(danish_time_zone())
    return calendar


def uid_host(publication: Publication) -> str:
    return urlsplit(publication.url).hostname or UID_HOST


def tasks_calendar(postings: Iterable[Posting], publication: Publication, lang: str) -> bytes:
    host = uid_host(publication)
    calendar = published_calendar(f"{CALENDAR_NAME.get(lang)} – {publication.name}", PRODUCT_ID)
    for posting in postings:
        if posting.calendar_days:
            calendar.add_component(_event(posting, publication, lang, host))
    return calendar.to_ical()
