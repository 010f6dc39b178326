"""Page fingerprints: the digest of everything a directory page can show, so that a build can tell that
a page it wrote before would come out the same. Used by the development server (`devserver`, kept in
memory) and the production build cache (`buildcache`, kept on disk).

A page's fingerprint digests its template, address and template variables (an entry stands for its
digest: its files', see `vejviser.fingerprint`, and for the build cache its change history's too),
and the site's digest (`site_digest`): the settings, the theme (with the site's overrides), every
content file but the entries (vocabularies, crisis lines, content pages), the build date, and what
template helpers read from all entries (`Site.helper_inputs`: the search filters' values in use).
A page `made_from_entry` (an entry's page, a role's page) shows nothing but its entry and what is the
same site-wide, so the digest of its entry, the site and its address (`made_from`) tells without
making its variables that it is unchanged.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

from ..content import ENTRY_DIR
from ..fingerprint import Unfingerprintable, folder_digest, new_hash, value_digest
from ..model import Entry
from ..site import theme_folders

if TYPE_CHECKING:
    from .site import Site

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Fingerprint:
    digest: bytes
    entries: frozenset[str]  # the slugs of the entries the page shows
    made_from: bytes | None = None  # for a page `made_from_entry`: the digest of what it is made from


def site_parts(settings: Mapping[str, Any], content_dir: str, build_date: datetime.date) -> dict[str, bytes]:
    """The digests of what every page may show besides its own variables: the settings, every content
    file but the entries (vocabularies, crisis lines, content pages …), the theme (the engine's and the
    site's overrides) and the build date."""
    settings_digest = new_hash()
    for name, value in sorted(settings.items()):
        try:
            part = value_digest(value)
        except Unfingerprintable:
            part = repr(value).encode()  # an object's repr names it by address: a new one differs
        settings_digest.update(name.encode() + b"=" + part)
    theme = new_hash()
    for folder in theme_folders(settings):  # the engine's theme and the site's overrides
        theme.update(folder_digest(folder))
    return {
        "settings": settings_digest.digest(),
        "content": folder_digest(Path(content_dir), skip=[ENTRY_DIR]),
        "theme": theme.digest(),
        "build_date": build_date.isoformat().encode(),
    }


def site_digest(parts: Mapping[str, bytes], site: "Site") -> bytes:
    """The one digest of `site_parts` and of what the site's template helpers read from all entries
    (`Site.helper_inputs`)."""
    digest = new_hash()
    for name, part in parts.items():
        digest.update(b"%d:%s%d:%s" % (len(name), name.encode(), len(part), part))
    digest.update(value_digest([read(site) for read in site.helper_inputs]))
    return digest.digest()


class PageFingerprints:
    """Fingerprints of the pages of one build (see the module's docstring)."""

    def __init__(self, site_digest: bytes, entry_digests: Mapping[str, bytes]) -> None:
        self._site_digest = site_digest
        self._entry_digests = entry_digests
        self._shown: set[str] = set()

    def made_from(self, page, save_as: str, url: str, relative_urls: bool) -> bytes | None:
        """For a page `made_from_entry`: the digest of what makes it (None for other pages)."""
        entry = page.made_from_entry
        if entry is None or entry.slug not in self._entry_digests:
            return None
        digest = new_hash(self._site_digest + self._entry_digests[entry.slug])
        for part in (page.template, save_as, url, str(relative_urls)):
            digest.update(b"%d:%s" % (len(part), part.encode()))
        return digest.digest()

    def of(self, page, save_as: str, url: str, relative_urls: bool, variables: dict[str, Any]) -> Fingerprint | None:
        """None when the variables hold something that cannot be fingerprinted: write the page then."""
        self._shown = set()
        try:
            digest = value_digest((page.template, save_as, url, relative_urls, variables), {Entry: self._entry_digest})
        except (Unfingerprintable, KeyError) as reason:
            logger.debug("%s is written on every build: %s", save_as, reason)
            return None
        made_from = self.made_from(page, save_as, url, relative_urls)
        return Fingerprint(new_hash(self._site_digest + digest).digest(), frozenset(self._shown), made_from)

    def _entry_digest(self, entry: Entry) -> bytes:
        self._shown.add(entry.slug)
        return self._entry_digests[entry.slug]
