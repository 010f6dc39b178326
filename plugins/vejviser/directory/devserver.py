"""The development server's shortcuts (`make serve`): after an edit, rebuild only what it changed.

Only with `VEJVISER_DEV_CACHE = True` (pelicanconf.py; publishconf.py turns it off, so `make publish`
is always a full build). The development server (`vejviser.serve`, as `pelican --autoreload` does)
runs one build after another in one process; what is kept here, per content and output folder, lives
as long as that process:

- the loaded entry files (`vejviser.entrycache`): only changed files are read and checked again;
- each page's fingerprint as last written (`PageRecord`): a page is rendered and written again only
  when its fingerprint changed or its file is not the one written then. An edited entry's own pages
  are written first, before the other pages are even listed, then the pages that showed it; then the
  rest is checked. The fingerprint (`vejviser.directory.pagefingerprints`, shared with the production
  build cache) is the digest of everything the page can show. A page `made_from_entry` (an entry's
  page, a role's page) is known to be current, without making its variables, while its entry's files
  and the site digest are as when it was written;
- the templates, compiled (`CompiledTemplates`);
- whether the files other plugins write (search index, open-data exports, feeds, volunteering feeds
  and calendar) were written: they are written by the first build that succeeds, and not by the
  rebuilds after an edit, which they would slow down from a second to minutes. Restart the server
  (or run `make html`) to refresh them.

At the end of each build, Pelican's caches of content pages are emptied, the build's garbage is
collected and what is left (all of the above, Pelican's state) is frozen (`rest_between_builds`):
otherwise every full collection during the next build walks it all again, at 10,000 entries about
half a second of each rebuild before the edited entry's page was written.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from jinja2.bccache import Bucket, BytecodeCache
from pelican.contents import Content
from pelican.utils import memoized

from ..entrycache import EntryFileCache
from .pagefingerprints import Fingerprint

SETTING = "VEJVISER_DEV_CACHE"


@dataclass(frozen=True)
class PageRecord:
    """A page as it was written: its fingerprint, and its file's size and modification time then."""

    fingerprint: Fingerprint
    size: int
    mtime_ns: int

    @classmethod
    def of_file(cls, path: str, fingerprint: Fingerprint) -> "PageRecord":
        stat = os.stat(path)
        return cls(fingerprint, stat.st_size, stat.st_mtime_ns)

    def is_current(self, path: str, fingerprint: Fingerprint) -> bool:
        """Whether the file at `path` is still this page with this fingerprint."""
        try:
            stat = os.stat(path)
        except OSError:
            return False
        return (self.fingerprint.digest, self.size, self.mtime_ns) == (fingerprint.digest, stat.st_size, stat.st_mtime_ns)

    def is_made_from(self, path: str, made_from: bytes) -> bool:
        """Whether the file at `path` is still this page, made from the same entry and site."""
        return self.fingerprint.made_from == made_from and self.is_current(path, self.fingerprint)


@dataclass
class DevServer:
    """What the builds of one content folder into one output folder keep for the next build."""

    entry_files: EntryFileCache = field(default_factory=EntryFileCache)
    pages: dict[str, PageRecord] = field(default_factory=dict)  # by the page's file, relative to the output
    entry_digests: dict[str, bytes] = field(default_factory=dict)  # the entries' as the pages were last written
    other_files_written: bool = False
    told_other_files_kept: bool = False

    def changed_entries(self, entry_digests: Mapping[str, bytes]) -> set[str]:
        """The slugs of the entries added, changed or removed since the last build."""
        changed = {slug for slug, digest in entry_digests.items() if self.entry_digests.get(slug) != digest}
        return changed | (self.entry_digests.keys() - entry_digests.keys())

    def likely_changed(self, files: list[str], changed_entries: set[str]) -> set[str]:
        """Of these page files, those that showed one of the changed entries, and those not written
        yet: written first, so that the pages showing an edit are there soonest. (Every page is still
        checked for changes.)"""
        return {file for file in files if file not in self.pages or not changed_entries.isdisjoint(self.pages[file].fingerprint.entries)}

    def remember(self, written: Mapping[str, "PageRecord | None"], entry_digests: Mapping[str, bytes]) -> None:
        """The pages this build wrote (None: a page without fingerprint) and the entries it wrote them from."""
        for file, record in written.items():
            if record is None:
                self.pages.pop(file, None)
            else:
                self.pages[file] = record
        self.entry_digests = dict(entry_digests)


_servers: dict[tuple[Path, Path], DevServer] = {}


def dev_server(settings: Mapping[str, Any], content_dir: str, output_dir: str) -> DevServer | None:
    """The development server's state for these folders; None unless the settings turn it on."""
    if not settings.get(SETTING):
        return None
    return _servers.setdefault((Path(content_dir).resolve(), Path(output_dir).resolve()), DevServer())


def rest_between_builds() -> None:
    """This build's garbage collected, and every object left frozen (`gc.freeze`) until the next
    build's end, which unfreezes them here first, so each build's garbage is collected at its own end."""
    _forget_memoized_content()
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _forget_memoized_content() -> None:
    """Pelican memoizes `Content.get_content` and `get_summary` in caches on the class, by content
    object, that are never emptied: one process building again and again kept every build's content
    pages alive, and through their context every build's site (at 10,000 entries, ~8 MB a rebuild).
    The next build makes new content objects, so nothing in those caches is ever used again."""
    for attribute in vars(Content).values():
        if isinstance(attribute, memoized):
            attribute.cache.clear()


class CompiledTemplates(BytecodeCache):
    """Templates compiled by earlier builds, kept in memory (Pelican makes a new Jinja environment for
    every build). Jinja checks each against its template's source and compiles a changed one again."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_compiled: dict[str, CompiledTemplates] = {}


def compiled_templates(settings: Mapping[str, Any]) -> CompiledTemplates | None:
    """The development server's compiled templates for environments made with these settings' Jinja
    options (they change the compiled code); None unless the settings turn the development server on."""
    if not settings.get(SETTING):
        return None
    return _compiled.setdefault(repr(sorted(settings.get("JINJA_ENVIRONMENT", {}).items())), CompiledTemplates())


def page_is_current(server: DevServer, output_dir: str, save_as: str, fingerprint: Fingerprint | None) -> bool:
    record = server.pages.get(save_as)
    return fingerprint is not None and record is not None and record.is_current(os.path.join(output_dir, save_as), fingerprint)


def page_is_made_from(server: DevServer, output_dir: str, save_as: str, made_from: bytes | None) -> bool:
    """Whether a page `made_from_entry` is current without making its variables."""
    record = server.pages.get(save_as)
    return made_from is not None and record is not None and record.is_made_from(os.path.join(output_dir, save_as), made_from)


def written_record(output_dir: str, save_as: str, fingerprint: Fingerprint | None) -> PageRecord | None:
    return PageRecord.of_file(os.path.join(output_dir, save_as), fingerprint) if fingerprint is not None else None
