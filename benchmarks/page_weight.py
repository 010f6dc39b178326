"""What a reader downloads for one page of each type: the HTML plus every stylesheet and script it
references, each gzipped (level 6, what web servers typically send), on a first visit (empty cache).

The search bundle (`/pagefind/…`) is left out and counted apart: it is loaded only when someone
searches, and `search_transfer` measures that in a real browser. Images and fonts are not counted
(our pages have none; a stylesheet's own `url(…)`s would be).

Page types are the sections of our URL scheme (`vejviser.urls.SECTIONS`) plus the home page, in
every language; for each type we report the median and the heaviest page.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from posixpath import normpath
from statistics import median
from urllib.parse import urljoin, urlsplit

from vejviser.urls import LANGUAGES, SECTIONS, home_url, section_url

GZIP_LEVEL = 6
SEARCH_BUNDLE = "/pagefind/"


@dataclass(frozen=True)
class PageWeight:
    html: int
    assets: int  # CSS and JS, without the search bundle
    search_bundle: int  # CSS and JS under /pagefind/ the page references directly

    @property
    def total(self) -> int:
        return self.html + self.assets


@dataclass(frozen=True)
class TypeWeight:
    page_type: str
    pages: int
    median_total: float
    heaviest: PageWeight
    heaviest_path: str


def weigh_site(site: Path, site_url: str = "") -> list[TypeWeight]:
    """`site_url`: the address the site was built for; absolute links to it are the site's own files."""
    return [weigh_type(site, page_type, pages, site_url) for page_type, pages in pages_by_type(site).items() if pages]


def pages_by_type(site: Path) -> dict[str, list[Path]]:
    """Every page of the site by type; the home page is only its own `index.html`."""
    by_type = {"home": [site / home_url(lang) / "index.html" for lang in LANGUAGES]}
    for section in SECTIONS:
        by_type[section] = [page for lang in LANGUAGES for page in sorted((site / section_url(section, lang)).glob("**/index.html"))]
    return {page_type: [page for page in pages if page.is_file()] for page_type, pages in by_type.items()}


def weigh_type(site: Path, page_type: str, pages: list[Path], site_url: str = "") -> TypeWeight:
    weights = {page: weigh_page(site, page, site_url) for page in pages}
    heaviest = max(weights, key=lambda page: weights[page].total)
    return TypeWeight(page_type, len(pages), median(w.total for w in weights.values()), weights[heaviest], str(heaviest.relative_to(site)))


def weigh_page(site: Path, page: Path, site_url: str = "") -> PageWeight:
    html = page.read_bytes()
    url = "/" + "".join(f"{part}/" for part in page.parent.relative_to(site).parts)
    assets = search = 0
    for reference in referenced_assets(html.decode("utf-8", "replace")):
        if site_url and reference.startswith(site_url + "/"):
            reference = reference.removeprefix(site_url)
        if urlsplit(reference).netloc:  # another site's asset: we never link one; nothing to weigh here
            continue
        path = urlsplit(urljoin(url, reference)).path
        size = gzipped_size(site / normpath(path).lstrip("/"))
        if path.startswith(SEARCH_BUNDLE):
            search += size
        else:
            assets += size
    return PageWeight(gzipped_bytes(html), assets, search)


def referenced_assets(html: str) -> list[str]:
    parser = _AssetFinder()
    parser.feed(html)
    return list(dict.fromkeys(parser.found))


@lru_cache(maxsize=None)
def gzipped_size(path: Path) -> int:
    return gzipped_bytes(path.read_bytes())


def gzipped_bytes(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


class _AssetFinder(HTMLParser):
    """Collects `<link rel=stylesheet href>` and `<script src>` (also `modulepreload`)."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script" and attributes.get("src"):
            self.found.append(attributes["src"])
        elif tag == "link" and attributes.get("href") and set((attributes.get("rel") or "").split()) & {"stylesheet", "modulepreload"}:
            self.found.append(attributes["href"])
