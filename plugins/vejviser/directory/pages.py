"""Which pages the directory has: each with its template, its URL in every language and its variables.

A `PageSpec` describes one page in all languages; the generator writes it once per language. Other
plugins add their pages through the `directory_pages` signal (see `vejviser.signals`). The
variables are built lazily, one language at a time, so a build never holds every page's context.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from itertools import chain
from typing import Any, Callable, Iterable, Iterator

from .. import signals, urls
from ..moved import moves
from ..model import Entry
from ..vocabulary import Term
from . import context
from .context import MarkdownCache, UrlOf
from .listings import Listing, Listings
from .reach import ELSEWHERE
from .site import Site


@dataclass(frozen=True)
class PageSpec:
    template: str
    url_of: UrlOf
    variables: Callable[[str], dict[str, Any]]  # language → template variables
    relative_urls: bool = True  # False for a page that is served at any address (404)
    languages: tuple[str, ...] | None = None  # None: every language of the site
    # The entry this page is about, when `variables` reads nothing but that entry and what is the same
    # for the whole site (settings, vocabularies, crisis lines, content pages, build date) – never the
    # other entries. The development server then knows the page is unchanged while the entry's files
    # are, without making its variables (`devserver`).
    made_from_entry: Entry | None = None

    def save_as(self, lang: str) -> str:
        return urls.output_path(self.url_of(lang))


def directory_pages(site: Site, markdown: MarkdownCache) -> Iterator[PageSpec]:
    vocab = site.vocabularies
    listings = site.listings
    yield _plain(site, "home", urls.home_url, needs=[(term, len(site.by_need[term.id])) for term in vocab.needs if term.id in site.by_need])
    for section, vocabulary in (("need", "needs"), ("target_group", "target_groups"), ("town", "areas")):
        yield _section_index(site, section, [(term, listings.count(section, term)) for term in vocab[vocabulary]])
        for term in vocab[vocabulary]:
            yield _listing(site, listings, section, term)
    # A need for a reader in one town: that town's services first, then the municipality's, then nationwide.
    for need in vocab.needs:
        for town in vocab.towns():
            yield _listing(site, listings, "need", need, town)
    yield PageSpec(
        "a_z",
        partial(urls.section_url, "a_z"),
        lambda lang: {
            **context.common(site, lang, partial(urls.section_url, "a_z"), sensitive=any(site.is_sensitive(entry.needs) for entry in site.entries)),
            "groups": context.a_z_groups(site.entries),
        },
    )
    yield _plain(site, "search", partial(urls.section_url, "search"))
    yield _plain(site, "add_entry", partial(urls.section_url, "add"))
    for _plugin, pages in signals.directory_pages.send(site, markdown=markdown):
        yield from pages  # e.g. vejviser.volunteering: "Bliv frivillig" and a page per role
    for entry in site.entries:
        yield entry_page_spec(site, entry, markdown)
    yield PageSpec("404", urls.not_found_path, partial(context.common, site, url_of=urls.not_found_path), relative_urls=False)
    statement = site.content_page("accessibility", urls.DEFAULT_LANG)
    if statement is not None:
        yield _redirect(site, urls.ACCESSIBILITY_SHORTCUT, statement.url, urls.DEFAULT_LANG)
    # Every address a page had before leads on to it (`vejviser.moved`).
    for move in moves(site.vocabularies, site.languages):
        yield _redirect(site, move.old, move.new, move.lang)


def grouped_by_entry(pages: Iterable[PageSpec]) -> list[PageSpec]:
    """`pages` with the pages made from each entry (its own page, its roles' pages) next to each
    other, after the pages made from none, each in the order given. Written in that order in chunks,
    an entry's pages are written by the same process, which then renders what they share once
    (a role's tags and facts, `environment.CACHED_MACROS`)."""
    others: list[PageSpec] = []
    by_entry: dict[str, list[PageSpec]] = {}
    for page in pages:
        if page.made_from_entry is None:
            others.append(page)
        else:
            by_entry.setdefault(page.made_from_entry.slug, []).append(page)
    return [*others, *chain.from_iterable(by_entry.values())]


def entry_page_spec(site: Site, entry: Entry, markdown: MarkdownCache) -> PageSpec:
    """The entry's own page."""
    url_of = partial(urls.entry_url, entry.slug)
    return PageSpec("entry", url_of, partial(context.entry_page, site, entry, url_of=url_of, markdown=markdown), made_from_entry=entry)


def _plain(site: Site, template: str, url_of: UrlOf, *, languages: tuple[str, ...] | None = None, **variables: Any) -> PageSpec:
    """A page whose own variables are the same in every language."""
    return PageSpec(template, url_of, lambda lang: {**context.common(site, lang, url_of), **variables}, languages=languages)


def _redirect(site: Site, url: str, target: str, lang: str) -> PageSpec:
    """A page at `url` that sends the reader on to `target` (it is in no sitemap and no search index)."""
    return _plain(site, "redirect", lambda _lang: url, languages=(lang,), target=target)


def _section_index(site: Site, section: str, terms: list[tuple[Term, int]]) -> PageSpec:
    return _plain(site, "section_index", partial(urls.section_url, section), section=section, terms=terms)


def _listing(site: Site, listings: Listings, section: str, term: Term, town: Term | None = None) -> PageSpec:
    url_of = partial(urls.listing_url, section, term=term, town=town)

    listing = listings.of(section, term, town)
    sensitive = term.sensitive or any(site.is_sensitive(entry.needs) for entry in listing.entries)
    # A need page offers the same list for a reader in each town (nearest services first).
    towns = (
        [(place, _reaching(listings.of(section, term, place))) for place in site.vocabularies.towns()]
        if section == "need" and listing.count
        else []
    )
    # A town's page leads on to each need's page for that town (its services there first).
    needs_here = (
        [(need, _reaching(listings.of("need", need, term))) for need in site.vocabularies.needs if _reaching(listings.of("need", need, term))]
        if section == "town" and term.area_kind == "town"
        else []
    )
    # Town pages point on to the other areas; the municipality's and the country's to the towns.
    places = [
        (area, listings.count("town", area))
        for area in site.vocabularies.areas
        if section == "town" and area.id != term.id and (area.area_kind != "town" or term.area_kind != "town")
    ]
    return PageSpec(
        "listing",
        url_of,
        lambda lang: {
            **context.common(site, lang, url_of, sensitive=sensitive, needs=(term.id,) if section == "need" else ()),
            "section": section,
            "term": term,
            "town": town,
            "listing": listing,
            "entries": listing.entries,
            "towns": towns,
            "needs_here": needs_here,
            "places": places,
        },
    )


def _reaching(listing: Listing) -> int:
    """How many services of a need page for a town reach that town (those only in other towns not)."""
    return sum(len(group.entries) for group in listing.groups if group.key != ELSEWHERE)
