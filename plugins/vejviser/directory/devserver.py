"""The development server's shortcuts (`make serve`): rebuild what an edit changed, in about a second.

Only with `VEJVISER_DEV_CACHE = True` (pelicanconf.py; publishconf.py turns it off, so `make publish`
is always a full build). `pelican --autoreload` runs one build after another in one process; what is
kept here, per content and output folder, lives as long as that process:

- the loaded entry files (`vejviser.entrycache`): only changed files are read and checked again;
- each page's fingerprint as last written (`PageRecord`): a page is rendered and written again only
  when its fingerprint changed or its file is not the one written then. The fingerprint is the digest
  of everything the page can show: its template variables (an entry stands for the digest of its
  files, see `vejviser.fingerprint`), its address, and `site_digest` — the settings, the theme, every
  content file but the entries (vocabularies, crisis lines, content pages) and the build date;
- whether the files other plugins write (search index, open-data exports, feeds, volunteering feeds
  and calendar) were written: they are written by the first build that succeeds, and not by the
  rebuilds after an edit, which they would slow down from a second to minutes. Restart the server
  (or run `make html`) to refresh them.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from ..content import ENTRY_DIR
from ..entrycache import EntryFileCache
from ..fingerprint import Unfingerprintable, folder_digest, new_hash, value_digest
from ..model import Entry

logger = logging.getLogger(__name__)

SETTING = "VEJVISER_DEV_CACHE"


@dataclass(frozen=True)
class PageRecord:
    """A page as it was written: its fingerprint, and its file's size and modification time then."""

    fingerprint: bytes
    size: int
    mtime_ns: int

    @classmethod
    def of_file(cls, path: Path, fingerprint: bytes) -> "PageRecord":
        stat = path.stat()
        return cls(fingerprint, stat.st_size, stat.st_mtime_ns)

    def is_current(self, path: Path, fingerprint: bytes) -> bool:
        """Whether the file at `path` is still this page with this fingerprint."""
        try:
            stat = path.stat()
        except OSError:
            return False
        return (self.fingerprint, self.size, self.mtime_ns) == (fingerprint, stat.st_size, stat.st_mtime_ns)


@dataclass
class DevServer:
    """What the builds of one content folder into one output folder keep for the next build."""

    entry_files: EntryFileCache = field(default_factory=EntryFileCache)
    pages: dict[str, PageRecord] = field(default_factory=dict)  # by the page's file, relative to the output
    other_files_written: bool = False
    told_other_files_kept: bool = False


_servers: dict[tuple[Path, Path], DevServer] = {}


def dev_server(settings: Mapping[str, Any], content_dir: str, output_dir: str) -> DevServer | None:
    """The development server's state for these folders; None unless the settings turn it on."""
    if not settings.get(SETTING):
        return None
    return _servers.setdefault((Path(content_dir).resolve(), Path(output_dir).resolve()), DevServer())


def site_digest(settings: Mapping[str, Any], content_dir: str, theme_dir: str, build_date: datetime.date) -> bytes:
    """The digest of what every page may show besides its own variables."""
    digest = new_hash()
    for name, value in sorted(settings.items()):
        try:
            part = value_digest(value)
        except Unfingerprintable:
            part = repr(value).encode()  # an object's repr names it by address: a new one differs
        digest.update(name.encode() + b"=" + part)
    digest.update(folder_digest(Path(content_dir), skip=[ENTRY_DIR]))
    digest.update(folder_digest(Path(theme_dir)))
    digest.update(build_date.isoformat().encode())
    return digest.digest()


class PageFingerprints:
    """Fingerprints of the pages of one build (see the module's docstring)."""

    def __init__(self, site_digest: bytes, input_digests: Mapping[str, bytes]) -> None:
        self._site_digest = site_digest
        self._stand_ins = {Entry: lambda entry: input_digests[entry.slug]}

    def of(self, template: str, save_as: str, url: str, relative_urls: bool, variables: dict[str, Any]) -> bytes | None:
        """None when the variables hold something that cannot be fingerprinted: write the page then."""
        try:
            parts = (template, save_as, url, relative_urls, variables)
            return new_hash(self._site_digest + value_digest(parts, self._stand_ins)).digest()
        except (Unfingerprintable, KeyError) as reason:
            logger.debug("%s is written on every build: %s", save_as, reason)
            return None


def page_is_current(server: DevServer, output_dir: str, save_as: str, fingerprint: bytes | None) -> bool:
    record = server.pages.get(save_as)
    return fingerprint is not None and record is not None and record.is_current(Path(output_dir) / save_as, fingerprint)


def written_record(output_dir: str, save_as: str, fingerprint: bytes | None) -> PageRecord | None:
    return PageRecord.of_file(Path(output_dir) / save_as, fingerprint) if fingerprint is not None else None


def remember_written(server: DevServer, records: Mapping[str, PageRecord | None]) -> None:
    for save_as, record in records.items():
        if record is None:
            server.pages.pop(save_as, None)
        else:
            server.pages[save_as] = record
