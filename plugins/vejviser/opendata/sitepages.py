"""Every page of the built site with its URL in each language, for the sitemap.

The directory's pages come from the same list the directory generator writes them from (with the
pages other plugins add); content pages from Pelican's PagesGenerator, grouped by their `Key:`.
Pages that are not content of their own (the 404 page, the `/was` redirect, print views) are left out.
"""

from __future__ import annotations

from ..directory.context import MarkdownCache
from ..directory.pages import directory_pages
from ..directory.site import Site
from .print_lists import TEMPLATE as PRINT_VIEW
from .sitemap import Alternates

NOT_LISTED = frozenset({"404", "redirect", PRINT_VIEW})


def site_pages(site: Site) -> list[Alternates]:
    directory = [
        {lang: spec.url_of(lang) for lang in spec.languages or site.languages}
        for spec in directory_pages(site, MarkdownCache())
        if spec.template not in NOT_LISTED
    ]
    content = [
        {lang: page.url for lang, page in by_lang.items() if page.status == "published"}
        for by_lang in site.content_pages.values()
    ]
    return directory + [pages for pages in content if pages]
