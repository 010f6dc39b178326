"""Print views: each need and town page has a clean A4 list to print for someone without internet.

For every need and every area (the same pages as the listings) and every language, a page under the
listing's address (`hjaelp/<need>/udskriv/`, `en/help/<need>/print/`) lists the services with what
a citizen needs on paper: name, what they offer, phone, address, web and e-mail, plus the crisis
numbers. The listing pages link to it (`print_list_url`). The pages are added to the directory's page
list (`vejviser.signals.directory_pages`), so the directory generator writes them like any other;
they are not search results of their own: they say `noindex` and the sitemap leaves them out.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from ..directory import context
from ..directory.pages import PageSpec
from ..directory.site import Site
from ..urls import listing_url, print_url
from ..vocabulary import Term

SECTIONS = {"need": ("needs", "by_need"), "town": ("areas", "by_area")}  # section → vocabulary, Site index
TEMPLATE = "print_list"


def print_list_url(section: str, term: Term, lang: str) -> str | None:
    """The print view of a listing page; None for sections without one (`urls.print_url`)."""
    return print_url(section, lang, term.slug(lang))


def install_print_link(generator) -> None:
    """Pelican's `generator_init`: listing templates call `print_list_url(section, term, lang)`."""
    generator.env.globals["print_list_url"] = print_list_url


def print_pages(site: Site, **_signal_arguments) -> list[PageSpec]:
    """`vejviser.signals.directory_pages`: a print view for every need and area listing."""
    return [
        PageSpec(TEMPLATE, partial(print_list_url, section, term), partial(_variables, site, section, term))
        for section, (vocabulary, _index) in SECTIONS.items()
        for term in site.vocabularies[vocabulary]
    ]


def _variables(site: Site, section: str, term: Term, lang: str) -> dict[str, Any]:
    entries = site.listings.of(section, term).entries  # as the listing shows them, nearest first
    sensitive = term.sensitive or any(site.is_sensitive(entry.needs) for entry in entries)
    return {
        **context.common(site, lang, partial(print_list_url, section, term), sensitive=sensitive),
        "term": term,
        "entries": entries,
        "listing_url": listing_url(section, lang, term),
    }
