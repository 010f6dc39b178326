"""Atom feeds of newly posted volunteer roles, one per language (`frivillig/nye-opgaver.atom.xml`).

A role is new on its `posted` date, else on the day its entry was `added`; a role with neither is not
in the feed. Only current roles are listed, newest first, at most `MAX_ENTRIES`. Written with the open
data plugin's Atom writer, so both kinds of feed look alike; ids are `urn:uuid:`s made from the
entry's slug and the role's id, stable whatever the site's address.
"""

from __future__ import annotations

from typing import Iterable

from markupsafe import Markup

from ..i18n import format_date
from ..model import VolunteerRole
from ..markup import render_markdown
from ..opendata.feeds import MAX_ENTRIES, Feed, FeedItem, atom_document
from ..opendata.hsds import stable_id
from ..opendata.publication import Publication
from ..text import Text
from ..urls import role_url, section_url
from ..vocabulary import Vocabularies
from .labels import DATE, FEED_TITLE, FROM, PERIOD, UNTIL
from .postings import Posting

FEED_FILE = Text("nye-opgaver.atom.xml", "new-roles.atom.xml")


def role_feed_url(lang: str) -> str:
    return section_url("volunteer", lang) + FEED_FILE.get(lang)


def _item_id(posting: Posting) -> str:
    return f"urn:uuid:{stable_id(posting.entry.slug, 'volunteer-role', posting.role.id)}"


def _when(role: VolunteerRole, lang: str) -> str | None:
    """"Dato: 15. marts 2026" for a one-off task, "Periode: fra 1. juli 2026 til 5. juli 2026" for a period."""
    if role.date:
        return f"{DATE.get(lang)}: {format_date(role.date, lang)}"
    period = [f"{word.get(lang)} {format_date(day, lang)}" for word, day in ((FROM, role.start), (UNTIL, role.end)) if day]
    return f"{PERIOD.get(lang)}: {' '.join(period)}" if period else None


def _summary(posting: Posting, lang: str) -> str:
    """The role's description as HTML (the feed entry's title is its heading), after its date or period.

    A plain `str`: the XML writer escapes it once, and Markup's own methods would escape it twice.
    """
    html = render_markdown(posting.role.description.get(lang), top_heading=2)
    when = _when(posting.role, lang)
    if when:
        html = Markup("<p>{}</p>\n").format(when) + html
    return str(html)


def role_feed(postings: Iterable[Posting], vocabularies: Vocabularies, publication: Publication, lang: str) -> bytes:
    posted = [posting for posting in postings if posting.posted]
    newest = sorted(posted, key=lambda posting: (-posting.posted.toordinal(), posting.entry.slug, posting.role.id))[:MAX_ENTRIES]
    items = [
        FeedItem(
            id=_item_id(posting),
            title=f"{posting.role.title.get(lang)} – {posting.entry.name}",
            link=publication.link(role_url(posting.entry.slug, posting.role.id, lang)),
            updated=posting.posted,
            published=posting.posted,
            summary=_summary(posting, lang),
            summary_type="html",
            summary_lang=posting.role.description.lang_for(lang) if posting.role.description.is_fallback(lang) else None,
            categories=((posting.role.commitment, vocabularies.commitments.label(posting.role.commitment, lang)),),
        )
        for posting in newest
    ]
    feed = Feed(
        lang, f"{FEED_TITLE.get(lang)} – {publication.name}", f"urn:uuid:{stable_id('volunteer-roles-feed', lang)}",
        role_feed_url(lang), section_url("volunteer", lang),
    )
    return atom_document(feed, items, publication)
