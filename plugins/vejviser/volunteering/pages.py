"""The pages of "Bliv frivillig", as `PageSpec`s the directory generator writes with its own pages.

- `frivillig/` | `en/volunteer/`: every current role, upcoming dated tasks first (see `postings`),
  with the filters of the search index and links to the browse pages;
- a browse page per `postings.BROWSE` group (`frivillig/ad-hoc/` …), the same list without JavaScript;
  one with few or no roles says so and shows the nearest other roles (`postings.nearest`);
- `frivillig/<entry>/<role>/` | `en/volunteer/<entry>/<role>/`: one role with everything about it.

Roles that have ended at the build date get no page and are in no list.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from .. import urls
from ..directory.context import MarkdownCache, RoleView, UrlOf, common
from ..directory.pages import PageSpec
from ..directory.site import Site
from .calendar import calendar_url
from .feeds import role_feed_url
from .postings import BROWSE, Posting, browse, current_postings, nearest


def volunteer_pages(site: Site, *, markdown: MarkdownCache) -> list[PageSpec]:
    """Receiver of `vejviser.signals.directory_pages`."""
    postings = current_postings(site.entries, site.build_date)
    groups = {key: browse(postings, key) for key in BROWSE}
    return [
        _listing(site, partial(urls.section_url, "volunteer"), postings, groups, len(postings), current=None),
        *(
            _listing(site, partial(urls.volunteer_browse_url, key), groups[key], groups, len(postings), current=key, near=nearest(postings, key))
            for key in BROWSE
        ),
        *(_role_page(site, posting, markdown) for posting in postings),
    ]


def _listing(
    site: Site,
    url_of: UrlOf,
    postings: tuple[Posting, ...],
    groups: dict[str, tuple[Posting, ...]],
    all_roles_count: int,
    current: str | None,
    near: tuple[Posting, ...] = (),
) -> PageSpec:
    def variables(lang: str) -> dict[str, Any]:
        return {
            **common(site, lang, url_of),
            "postings": postings,
            "browse": current,  # None on the section's main page
            "nearest": near,  # on a browse page with few roles: the nearest other roles
            "browse_counts": {key: len(group) for key, group in groups.items()},
            "all_roles_count": all_roles_count,  # a browse page without roles of its own shows the nearest of these
            "feed_url": role_feed_url(lang),
            "calendar_url": calendar_url(lang),
        }

    return PageSpec("volunteer", url_of, variables)


def _role_page(site: Site, posting: Posting, markdown: MarkdownCache) -> PageSpec:
    entry, role = posting.entry, posting.role
    url_of = partial(urls.role_url, entry.slug, role.id)

    def variables(lang: str) -> dict[str, Any]:  # from the posting's entry only: `made_from_entry`
        return {
            **common(site, lang, url_of, sensitive=site.is_sensitive(entry.needs)),
            "entry": entry,
            "view": RoleView.of(role, lang, markdown, heading_level=2),
            "calendar_url": calendar_url(lang) if posting.calendar_days else None,
        }

    return PageSpec("role", url_of, variables, made_from_entry=entry)
