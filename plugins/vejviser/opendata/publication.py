"""Where the exports are published: the site's base URL and the date the build is made on.

Exports, feeds and the sitemap speak in absolute URLs. In development `SITEURL` is empty; then links
are root-relative, and the sitemap, which must list absolute URLs, is not written.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Callable

from ..urls import LANGUAGES, entry_url


@dataclass(frozen=True)
class Publication:
    url: str  # SITEURL without a trailing slash, e.g. "https://vejviser.kommune.dk"; "" in development
    build_date: datetime.date
    name: str = "Vejviser"

    @classmethod
    def from_settings(cls, settings, build_date: datetime.date) -> "Publication":
        return cls(settings.get("SITEURL", "").rstrip("/"), build_date, settings.get("SITENAME") or cls.name)

    @property
    def is_public(self) -> bool:
        """True when the site has an absolute base URL, as sitemaps and feeds need."""
        return self.url.startswith(("https://", "http://"))

    def link(self, url: str) -> str:
        """A URL from `vejviser.urls` (relative to the site root) made absolute, or root-relative."""
        return f"{self.url}/{url}"

    def links(self, url_in: Callable[[str], str]) -> dict[str, str]:
        """A page's URL in every language, `url_in(lang)` made absolute: `{"da": …, "en": …}`."""
        return {lang: self.link(url_in(lang)) for lang in LANGUAGES}

    def entry_links(self, slug: str) -> dict[str, str]:
        return self.links(lambda lang: entry_url(slug, lang))
