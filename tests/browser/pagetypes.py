"""The page-type matrix: one page of every type the site has, in every language, at every width.

URLs come from `vejviser.urls`, the site's own URL scheme, so the tests follow it when it changes.
The entries named here are the fictional ones in `tests/browser/content/` (see its README).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from playwright.sync_api import Page

from vejviser import urls
from vejviser.opendata.print_lists import print_list_url
from vejviser.vocabulary import load_vocabularies

from .helpers import WIDTHS, Visit, open_page
from .sitebuild import REPO

FULL_ENTRY = "eksempel-krisecentret"  # every optional section; needs "violence" → quick exit
FULL_ENTRY_ROLE = "nattevagt"
MINIMAL_ENTRY = "eksempel-kun-dansk"  # required fields only, Danish only, not confirmed
SENSITIVE_NEED = "violence"
SEARCH_QUERY = {"da": "ensomhed", "en": "loneliness"}  # both find several entries
GRANT = "eksempel-foreningspuljen"  # every field of a grant (tests/browser/content/grants/)
ROOM = "eksempel-foreningshusets-store-sal"  # every field of a room (tests/browser/content/rooms/)
NETWORK = "eksempel-samarbejdet-paa-tvaers"  # both entries and two associations by name as members


@dataclass(frozen=True)
class PageType:
    name: str
    url_of: Callable[[str], str]  # language → URL relative to the site root
    status: int = 200
    quick_exit: bool = False  # pages about a sensitive need carry the quick-exit button
    ready_selector: str | None = None  # wait for this before checking (content that scripts add)
    settle: bool = False  # scripts change the page after load: wait until network and DOM are quiet


VOCABULARIES = load_vocabularies(REPO / "content" / "vocabularies")[0]


def links(lang: str) -> urls.Links:
    """The site's links in `lang`, as templates get them: `links("da").need("loneliness")` → `hjaelp/ensomhed/`."""
    return urls.Links(lang, urls.term_slugs(VOCABULARIES, lang))


def _missing_page(lang: str) -> str:
    return urls.lang_prefix(lang) + "findes-ikke/her/"


PAGE_TYPES = [
    PageType("home", urls.home_url),
    PageType("needs", partial(urls.section_url, "need")),
    PageType("need", lambda lang: links(lang).need("loneliness")),
    PageType("need-sensitive", lambda lang: links(lang).need(SENSITIVE_NEED), quick_exit=True),
    PageType("need-town", lambda lang: links(lang).need_in_town("loneliness", "ribe")),
    PageType("target-group", lambda lang: links(lang).target_group("women")),
    PageType("town", lambda lang: links(lang).town("esbjerg")),
    PageType("a-z", partial(urls.section_url, "a_z")),
    PageType("volunteer", partial(urls.section_url, "volunteer"), settle=True),
    PageType("volunteer-browse", partial(urls.volunteer_browse_url, "ad_hoc")),
    PageType("volunteer-role", partial(urls.role_url, FULL_ENTRY, FULL_ENTRY_ROLE)),
    PageType("entry-full", partial(urls.entry_url, FULL_ENTRY), quick_exit=True),
    PageType("entry-minimal", partial(urls.entry_url, MINIMAL_ENTRY)),
    PageType(
        "search-results",
        lambda lang: urls.section_url("search", lang) + "?q=" + SEARCH_QUERY[lang],
        ready_selector=".vv-result",
        settle=True,
    ),
    PageType("content-page", lambda lang: urls.page_url({"da": "om", "en": "about"}[lang], lang)),
    PageType("data-page", partial(urls.page_url, "data")),  # tables of file and column names
    PageType("print-list", partial(print_list_url, "town", VOCABULARIES.areas["esbjerg"])),
    PageType("add-entry", partial(urls.section_url, "add")),
    PageType("grants", partial(urls.section_url, "grants")),  # with the alert banner (tests/browser/content/alerts.yaml)
    PageType("grant", lambda lang: urls.section_url("grants", lang, GRANT)),
    PageType("contacts", partial(urls.section_url, "contacts")),
    PageType("rooms", partial(urls.section_url, "rooms")),
    PageType("room", lambda lang: urls.section_url("rooms", lang, ROOM)),
    PageType("networks", partial(urls.section_url, "networks")),
    PageType("network", lambda lang: urls.section_url("networks", lang, NETWORK)),
    PageType("not-found", _missing_page, status=404),
]
PAGE_TYPES_BY_NAME = {page_type.name: page_type for page_type in PAGE_TYPES}
QUICK_EXIT_TYPES = [page_type.name for page_type in PAGE_TYPES if page_type.quick_exit]


def matrix(*, widths: tuple[int, ...] = WIDTHS, names: list[str] | None = None) -> list[tuple[str, str, int]]:
    """(page type, language, width) for parametrize; ids come from `matrix_id`."""
    return [
        (page_type.name, lang, width)
        for page_type in PAGE_TYPES
        if names is None or page_type.name in names
        for lang in urls.LANGUAGES
        for width in widths
    ]


def matrix_id(case: tuple[str, str, int]) -> str:
    name, lang, width = case
    return f"{name}-{lang}-{width}"


def open_page_type(page: Page, site_url: str, name: str, lang: str, width: int, **options) -> Visit:
    """Open one page of the matrix and make sure it is the page meant (status as expected)."""
    page_type = PAGE_TYPES_BY_NAME[name]
    options.setdefault("settle", page_type.settle)
    visit = open_page(page, site_url + page_type.url_of(lang), width=width, ready_selector=page_type.ready_selector, **options)
    assert visit.status == page_type.status, f"{visit.url} answered {visit.status}, expected {page_type.status}"
    return visit
