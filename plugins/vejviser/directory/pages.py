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
from ..model import Entry
from ..vocabulary import Term
from . import context
from .context import MarkdownCache, UrlOf
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
    yield _plain(site, "home", urls.home_url, needs=[(term, len(site.by_need[term.id])) for term in vocab.needs if term.id in site.by_need])
    for section, vocabulary, groups in (
        ("need", "needs", site.by_need),
        ("target_group", "target_groups", site.by_target_group),
        ("town", "areas", site.by_area),
    ):
        yield _section_index(site, section, vocabulary, groups)
        for term in vocab[vocabulary]:
            yield _listing(site, section, term, groups.get(term.id, ()))
    yield _plain(site, "a_z", partial(urls.section_url, "a_z"), groups=context.a_z_groups(site.entries))
    yield _plain(site, "search", partial(urls.section_url, "search"))
    yield _plain(site, "add_entry", partial(urls.section_url, "add"))
    for _plugin, pages in signals.directory_pages.send(site, markdown=markdown):
        yield from pages  # e.g. vejviser.volunteering: "Bliv frivillig" and a page per role
    for entry in site.entries:
        yield entry_page_spec(site, entry, markdown)
    yield PageSpec("404", urls.not_found_path, partial(context.common, site, url_of=urls.not_found_path), relative_urls=False)
    statement = site.content_page("accessibility", urls.DEFAULT_LANG)
    if statement is not None:
        yield _plain(site, "redirect", lambda lang: urls.ACCESSIBILITY_SHORTCUT, languages=(urls.DEFAULT_LANG,), target=statement.url)


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


def _section_index(site: Site, section: str, vocabulary: str, groups) -> PageSpec:
    url_of = partial(urls.section_url, section)
    terms = [(term, len(groups.get(term.id, ()))) for term in site.vocabularies[vocabulary]]
    return _plain(site, "section_index", url_of, section=section, terms=terms)


def _listing(site: Site, section: str, term: Term, entries: tuple[Entry, ...]) -> PageSpec:
    def url_of(lang: str) -> str:
        return urls.section_url(section, lang, term.id)

    # A town's page points on to the areas that cover it too (the whole municipality, nationwide).
    see_also = (
        [(area, len(site.by_area.get(area.id, ()))) for area in site.vocabularies.areas if area.area_kind != "town"]
        if term.area_kind == "town"
        else []
    )
    return PageSpec(
        "listing",
        url_of,
        lambda lang: {
            **context.common(site, lang, url_of, sensitive=term.sensitive),
            "section": section,
            "term": term,
            "entries": entries,
            "see_also": see_also,
        },
    )
