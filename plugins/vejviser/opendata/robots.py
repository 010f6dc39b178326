"""`robots.txt`: everything may be crawled except Pagefind's index fragments; points to the sitemap."""

from __future__ import annotations

from urllib.parse import urlsplit

from .publication import Publication
from .sitemap import FILENAME as SITEMAP


def robots_txt(publication: Publication, search_index_dir: str = "pagefind") -> bytes:
    base = urlsplit(publication.url).path.rstrip("/")
    lines = ["User-agent: *", f"Disallow: {base}/{search_index_dir}/"]
    if publication.is_public:
        lines.append(f"Sitemap: {publication.link(SITEMAP)}")
    return ("\n".join(lines) + "\n").encode("utf-8")
