"""Markdown written by contributors, rendered to HTML and then sanitized with an allow-list.

Entry descriptions come from pull requests, so whatever Markdown (or raw HTML) they contain is
rendered as CommonMark by cmark-gfm (`cmarkgfm`: GitHub's own renderer, in C, so the site shows what
GitHub's preview of the contributor's file showed) and then cleaned by nh3 (Rust's ammonia): only
the tags below survive, links keep only `href`, and only `https:`, `mailto:` and `tel:` addresses are
kept. Scripts and styles are dropped with their content; event handlers, `javascript:` links and
images disappear.

Content pages (about, privacy …) are written by the municipality's editors and may also link to
pages of the site itself, so their sanitizer keeps relative links and allows tables. Editors write
site links from the root (`/tilbud/x/`); those are rebased on SITEURL, so they keep working when the
site is served from a sub-path (a GitHub Pages project site) or with relative URLs.

Each distinct Markdown text is converted once per process (`_converted`), whichever page, feed or
search record shows it. Loading renders every entry's Markdown in its worker processes and hands
the HTML back (`convert_all`, `remember_converted`), so the processes that write pages and the
search index fork with it already done.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable

import nh3
from cmarkgfm import markdown_to_html
from cmarkgfm.cmark import Options
from markupsafe import Markup

# Headings in an entry's text are demoted to fit under the page's own (see `render_markdown`), so
# every level Markdown can write is accepted here.
ENTRY_TAGS = frozenset({"p", "ul", "ol", "li", "strong", "em", "a", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "code"})
PAGE_TAGS = ENTRY_TAGS | {"hr", "table", "thead", "tbody", "tr", "th", "td", "abbr", "dl", "dt", "dd", "wbr"}  # wbr: where a long word may wrap (the CSV column names)
URL_SCHEMES = frozenset({"https", "mailto", "tel"})
LINK_REL = "noopener noreferrer"

_ENTRY_CLEANER = nh3.Cleaner(
    tags=set(ENTRY_TAGS),
    attributes={"a": {"href"}},
    url_schemes=set(URL_SCHEMES),
    url_relative="deny",
    link_rel=LINK_REL,
)
# Raw HTML passes cmark as written, so that nh3 alone decides what is kept (the text of a `<div>`, say).
AS_WRITTEN = Options.CMARK_OPT_UNSAFE
_HEADING = re.compile(r"<(/?)h([1-6])>")
# Markdown source → sanitized HTML, headings as written. Grows with the texts a process has seen;
# a development server keeps the older versions of edited texts too, a few kB each.
_converted: dict[str, str] = {}


def render_markdown(source: str, top_heading: int = 3) -> Markup:
    """Markdown from an entry file → safe HTML whose highest heading is `<h{top_heading}>`.

    The text sits under a heading of the page ("Om tilbuddet" is an h2), so a contributor's `#` or
    `##` becomes the next level down and the page's outline stays intact.
    """
    html = _converted.get(source)
    if html is None:
        html = _converted[source] = _ENTRY_CLEANER.clean(markdown_to_html(source, AS_WRITTEN))
    levels = [int(level) for _, level in _HEADING.findall(html)]
    if levels:
        shift = top_heading - min(levels)
        html = _HEADING.sub(lambda match: f"<{match[1]}h{min(int(match[2]) + shift, 6)}>", html)
    return Markup(html)


def convert_all(sources: Iterable[str]) -> dict[str, str]:
    """Convert these Markdown texts now (those not done yet); returns them, to hand to another process."""
    sources = set(sources)
    for source in sources:
        render_markdown(source)
    return {source: _converted[source] for source in sources}


def remember_converted(converted: dict[str, str]) -> None:
    """Take Markdown another process converted (`convert_all`)."""
    _converted.update(converted)


def sanitize_page(html: str, siteurl: str = "") -> Markup:
    """HTML that Pelican rendered from a content page → safe HTML (relative links allowed, site-root
    links rebased on `siteurl`)."""
    return Markup(_page_cleaner(siteurl).clean(html))


@functools.cache
def _page_cleaner(siteurl: str) -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(PAGE_TAGS),
        attributes={"a": {"href"}, "h2": {"id"}, "h3": {"id"}, "h4": {"id"}, "abbr": {"title"}, "th": {"scope"}},
        url_schemes=set(URL_SCHEMES),
        url_relative=functools.partial(_rebase_on_site, siteurl),
        link_rel=LINK_REL,
    )


def _rebase_on_site(siteurl: str, url: str) -> str | None:
    """`/tilbud/x/` → `<siteurl>/tilbud/x/`; other relative links stay; `//host/…` (another site) goes."""
    if url.startswith("//"):
        return None
    return f"{siteurl}{url}" if url.startswith("/") else url
