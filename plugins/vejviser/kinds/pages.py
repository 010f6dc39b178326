"""The pages of the kinds of content, as `PageSpec`s the directory generator writes with its own.

- `puljer/` | `en/grants/`: "Åbne puljer" – open calls (soonest deadline first), then coming ones;
  closed ones are gone at the build date; links to the feed and the calendar;
- `puljer/<id>/` | `en/grants/<id>/`: one current grant with everything about it;
- `kontakt-kommunen/` | `en/contact-the-municipality/`: the municipality's contact points by topic.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import partial
from typing import Any

from markupsafe import Markup

from ..directory.context import MarkdownCache, common
from ..directory.pages import PageSpec
from ..directory.site import Site
from .addresses import contacts_url, grant_url, grants_calendar_url, grants_feed_url, grants_url
from .contacts import TOPICS
from .grants import COMING, OPEN, Grant, current_grants


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
    return [_grants_page(site, grants, markdown), *(_grant_page(site, grant, markdown) for grant in grants), _contacts_page(site, markdown)]


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
