"""Everything the pages are made from, gathered once per build and shared by every language.

`Site` holds the loaded directory, the crisis lines, the content pages by key, the settings the theme
needs, and the indexes the listing pages use (entries by need, target group and area), each built in
one pass over the entries.
"""

from __future__ import annotations

import datetime
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path
from typing import Any, Callable, Iterable
from urllib.parse import quote, urlencode

from ..content import Directory
from ..crisis import CrisisLine
from ..kinds.alerts import Alert, current_alerts
from ..kinds.load import KindContent
from ..look import Look, site_look
from ..model import STALE_AFTER_MONTHS, Entry
from ..text import Text
from ..urls import Links, term_slugs

logger = logging.getLogger(__name__)

DEFAULT_QUICK_EXIT_URL = "https://www.dmi.dk/"
DEFAULT_CSP = (
    "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "connect-src 'self'; worker-src 'self' blob:; base-uri 'self'; form-action 'self'; object-src 'none'"
)
DEFAULT_DIRECTIONS_URL = "https://www.google.com/maps/dir/?api=1&destination={destination}"
DEFAULT_CONTENT_PAGES = ("about", "for-associations", "privacy", "accessibility")
CORRECTION_FORM = "ret-en-oplysning.yml"  # .github/ISSUE_TEMPLATE/


@dataclass(frozen=True)
class SiteConfig:
    """The settings the theme reads, with their defaults."""

    languages: tuple[str, ...]
    look: Look  # the authority's name, logo, colours and contact (`vejviser.look`)
    repository_url: str
    branch: str
    editors_email: str | None  # where a reader without a GitHub account writes a correction
    quick_exit_url: str
    csp: str
    directions_url: str
    stale_months: int
    content_pages: tuple[str, ...]

    @classmethod
    def from_settings(cls, settings: dict[str, Any], languages: tuple[str, ...]) -> "SiteConfig":
        return cls(
            languages=languages,
            look=site_look(settings),
            repository_url=str(settings.get("VEJVISER_REPOSITORY_URL", "")).rstrip("/"),
            branch=settings.get("VEJVISER_BRANCH", "main"),
            editors_email=settings.get("VEJVISER_EDITORS_EMAIL") or None,
            quick_exit_url=settings.get("QUICK_EXIT_URL") or DEFAULT_QUICK_EXIT_URL,
            csp=settings.get("VEJVISER_CSP") or DEFAULT_CSP,
            directions_url=settings.get("VEJVISER_DIRECTIONS_URL") or DEFAULT_DIRECTIONS_URL,
            stale_months=int(settings.get("VEJVISER_STALE_MONTHS", STALE_AFTER_MONTHS)),
            content_pages=tuple(settings.get("VEJVISER_CONTENT_PAGES", DEFAULT_CONTENT_PAGES)),
        )

    @property
    def municipality(self) -> Text:
        return self.look.municipality


def _index(entries: Iterable[Entry], keys_of) -> dict[str, tuple[Entry, ...]]:
    """Entries grouped by each of their keys, keeping the entries' (A–Å) order."""
    groups: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        for key in keys_of(entry):
            groups[key].append(entry)
    return {key: tuple(group) for key, group in groups.items()}


@dataclass
class Site:
    directory: Directory
    crisis_lines: tuple[CrisisLine, ...]
    build_date: datetime.date
    config: SiteConfig
    content_pages: dict[str, dict[str, Any]] = field(default_factory=dict)  # key → lang → Pelican Page
    # Files other plugins make from the model (search index, exports, feeds), handed in once every
    # generator has its context and written with the pages, across processes (`add_output_task`).
    output_tasks: list[Callable[[], object]] = field(default_factory=list)
    kinds: KindContent = field(default_factory=KindContent)  # grants, alerts, municipal contacts (`vejviser.kinds`)
    # What template helpers (Jinja globals) read from all entries, which no page's variables hold: a
    # page's fingerprint holds what each returns (`pagefingerprints`), so a page the
    # development server or the build cache keeps never shows an old value (`add_helper_input`).
    helper_inputs: list[Callable[["Site"], object]] = field(default_factory=list)
    alerts: tuple[Alert, ...] = field(init=False)  # those a build on `build_date` shows
    by_need: dict[str, tuple[Entry, ...]] = field(init=False)
    by_target_group: dict[str, tuple[Entry, ...]] = field(init=False)
    by_area: dict[str, tuple[Entry, ...]] = field(init=False)
    sensitive_needs: frozenset[str] = field(init=False)
    links: dict[str, Links] = field(init=False)

    def __post_init__(self) -> None:
        entries = self.directory.entries
        self.by_need = _index(entries, lambda entry: entry.needs)
        self.by_target_group = _index(entries, lambda entry: entry.target_groups)
        self.by_area = _index(entries, lambda entry: entry.towns)
        self.sensitive_needs = frozenset(term.id for term in self.vocabularies.needs if term.sensitive)
        self.links = {lang: Links(lang, term_slugs(self.vocabularies, lang)) for lang in self.languages}
        self.alerts = current_alerts(self.kinds.alerts, self.build_date)

    @property
    def languages(self) -> tuple[str, ...]:
        return self.config.languages

    @property
    def vocabularies(self):
        return self.directory.vocabularies

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self.directory.entries

    @cached_property
    def listings(self):
        """What every need, target-group and town page lists (`listings.Listings`), made when first asked."""
        from .listings import Listings  # it reads this module's Site

        return Listings(self)

    def is_sensitive(self, needs: Iterable[str]) -> bool:
        return any(need in self.sensitive_needs for need in needs)

    def content_page(self, key: str, lang: str):
        """The content page `key` in `lang` (Danish if it has no translation), or None."""
        pages = self.content_pages.get(key, {})
        return pages.get(lang) or pages.get("da")

    def alerts_on(self, url: str, lang: str, needs: Iterable[str] = ()) -> tuple[Alert, ...]:
        """The current alerts the page at `url` (about `needs`) shows."""
        return tuple(alert for alert in self.alerts if alert.applies_to(url, lang, needs))

    def add_output_task(self, task: Callable[[], object]) -> None:
        """`task` writes files into the output folder from this site; it runs while the directory's
        pages are written, maybe in another process (see `vejviser.parallel`)."""
        self.output_tasks.append(task)

    def add_helper_input(self, read: Callable[["Site"], object]) -> None:
        """A template helper shows `read(site)` on pages whose variables do not hold it."""
        self.helper_inputs.append(read)

    def correction_url(self, entry: Entry) -> str:
        """The issue form "Ret en oplysning" with the entry filled in (GitHub fills a form's fields
        from query parameters named by their ids)."""
        query = urlencode({"template": CORRECTION_FORM, "title": f"Ret / Correct: {entry.name}", "entry": f"{entry.name} ({entry.slug})"})
        return f"{self.config.repository_url}/issues/new?{query}"

    def correction_email(self, entry: Entry) -> str | None:
        """A mailto: link to the editors with the entry named, for readers without a GitHub account;
        None when the site names no editors' address."""
        if not self.config.editors_email:
            return None
        query = urlencode({"subject": f"Ret / Correct: {entry.name} ({entry.slug})"}, quote_via=quote)
        return f"mailto:{self.config.editors_email}?{query}"


def loaded_site(generators, plugin: str) -> Site | None:
    """The `Site` the directory generator put into Pelican's shared context, for plugins that add
    their files once every generator has its context (`all_generators_finalized`). None, with a warning
    naming `plugin`, when `vejviser.directory` is not among PLUGINS."""
    site = generators[0].context.get("site")
    if site is None:
        logger.warning("%s: no directory was loaded (is vejviser.directory in PLUGINS?); nothing written", plugin)
    return site


def output_task_adder(plugin: str, write: Callable[[Site, dict[str, Any], Path], object]) -> Callable[[list], None]:
    """A receiver for Pelican's `all_generators_finalized` that adds `write(site, settings, output
    folder)` to the loaded site's output tasks (see `loaded_site` when there is none). Keep it in a
    module variable: Pelican's signals hold their receivers weakly."""

    def add(generators) -> None:
        site = loaded_site(generators, plugin)
        if site is not None:
            site.add_output_task(partial(write, site, generators[0].settings, Path(generators[0].output_path)))

    return add
