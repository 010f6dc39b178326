"""The grants' Atom feed of calls and iCalendar of deadlines, one of each per language.

The feed lists the current calls (open and coming), newest first by the day each was `added` (else
the day it opened, once it has; a grant with neither is not in the feed), written by the open data plugin's Atom
writer. The calendar has an all-day event on each current grant's deadline with a reminder a week
before (`VALARM`, `-P7D`), in the published calendar the task calendar uses (Denmark's `VTIMEZONE`,
a daily refresh). Both are valid with no grants at all, so a subscription never breaks.
"""

from __future__ import annotations

import datetime
from typing import Iterable

from icalendar import Alarm, Event

from ..i18n import format_date
from ..markup import render_markdown
from ..opendata.feeds import MAX_ENTRIES, Feed, FeedItem, atom_document
from ..opendata.hsds import stable_id
from ..opendata.publication import Publication
from ..text import Text
from ..volunteering.calendar import midnight_utc, published_calendar, uid_host
from .addresses import grant_url, grants_calendar_url, grants_feed_url, grants_url
from .grants import Grant

FEED_TITLE = Text("Puljer, foreninger kan søge", "Grants associations can apply for")
CALENDAR_NAME = Text("Ansøgningsfrister for puljer", "Grant application deadlines")
DEADLINE = Text("Ansøgningsfrist", "Application deadline")
OPENS = Text("Åbner", "Opens")
REMINDER = Text("Om en uge er der ansøgningsfrist: {title}", "Application deadline in a week: {title}")
PRODUCT_ID = "-//Vejviser//Puljer//DA"
REMINDER_BEFORE = datetime.timedelta(days=7)


def _summary(grant: Grant, lang: str) -> str:
    """The grant's window and what it supports, as HTML (a plain `str`: the XML writer escapes it once)."""
    window = f"{DEADLINE.get(lang)}: {format_date(grant.deadline, lang)}"
    if grant.opens:
        window = f"{OPENS.get(lang)}: {format_date(grant.opens, lang)}. {window}"
    return f"<p>{window}</p>\n" + str(render_markdown(grant.supports.get(lang), top_heading=2))


def grants_feed(grants: Iterable[Grant], publication: Publication, lang: str) -> bytes:
    today = publication.build_date
    announced = [(grant.announced(today), grant) for grant in grants if grant.announced(today)]
    newest = sorted(announced, key=lambda item: (-item[0].toordinal(), item[1].id))[:MAX_ENTRIES]
    items = [
        FeedItem(
            id=f"urn:uuid:{stable_id('grant', lang, grant.id)}",
            title=grant.title.get(lang),
            link=publication.link(grant_url(grant.id, lang)),
            updated=day,
            published=day,
            summary=_summary(grant, lang),
            summary_type="html",
            summary_lang=grant.supports.lang_for(lang) if grant.supports.is_fallback(lang) else None,
        )
        for day, grant in newest
    ]
    feed = Feed(lang, f"{FEED_TITLE.get(lang)} – {publication.name}", f"urn:uuid:{stable_id('grants-feed', lang)}", grants_feed_url(lang), grants_url(lang))
    return atom_document(feed, items, publication)


def _deadline_event(grant: Grant, publication: Publication, lang: str, host: str) -> Event:
    link = publication.link(grant_url(grant.id, lang))
    title = grant.title.get(lang)
    event = Event()
    event.add("uid", f"grant-{grant.id}-deadline@{host}")
    event.add("dtstamp", midnight_utc(grant.announced(publication.build_date) or publication.build_date))
    event.add("dtstart", grant.deadline)
    event.add("dtend", grant.deadline + datetime.timedelta(days=1))
    event.add("summary", f"{DEADLINE.get(lang)}: {title}")
    event.add("description", f"{grant.granted_by.get(lang)}\n\n{link}")
    event.add("transp", "TRANSPARENT")
    if publication.is_public:
        event.add("url", link)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", REMINDER.get(lang).format(title=title))
    alarm.add("trigger", -REMINDER_BEFORE)
    event.add_component(alarm)
    return event


def deadlines_calendar(grants: Iterable[Grant], publication: Publication, lang: str) -> bytes:
    calendar = published_calendar(f"{CALENDAR_NAME.get(lang)} – {publication.name}", PRODUCT_ID)
    host = uid_host(publication)
    for grant in grants:
        calendar.add_component(_deadline_event(grant, publication, lang, host))
    return calendar.to_ical()


def grant_files(grants: Iterable[Grant], publication: Publication, lang: str) -> dict[str, bytes]:
    """The feed and the calendar of `lang`, by their site URLs."""
    grants = list(grants)
    return {grants_feed_url(lang): grants_feed(grants, publication, lang), grants_calendar_url(lang): deadlines_calendar(grants, publication, lang)}
