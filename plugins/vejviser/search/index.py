"""Pagefind, driven through its service mode (`service.py`): records in, the search bundle (`<output>/pagefind/`) out.

Each record reaches Pagefind as a small HTML document made in memory (`add_html_file`), because
only HTML carries weights: the title is the heading, each passage a paragraph with its weight, and
the meta and filters are elements Pagefind reads but does not index as text. Pagefind makes one
index per `<html lang>`, with that language's stemming, and hands back the bundle: the search
engine (JavaScript and WebAssembly), its ready-made interfaces (the theme has its own) and the
index files.

Each language gets its own Pagefind service (`service.py`), one after the other: the binary holds every page it
was given (180 MiB for the 18,000 records of one language at 10,000 entries) and needs about three
times that while it builds the index (570 MiB), so one service for both languages made the build's
peak memory (990 MiB in the binary alone). The services' bundles share their common files; the
entry file that names each language's index is written here from theirs (`entry.py`). Within a
language, records are added in the order given, and Pagefind takes them in that order, so the same
records give the same fragments and word index; the
filter files and metadata, which Pagefind writes in an order of its own that varies from run to run,
are put in one order before they are written (`canonical.py`): the same records give the same bundle.

The bundle is written here from Pagefind's `GetFiles` answer, not by its `WriteFiles`: pagefind 1.5.2
hands each file's last write to a background thread without waiting for it, answers `WriteFiles`, and
exits at once when the service is closed, which can leave empty files.
"""

from __future__ import annotations

import shutil
from functools import lru_cache
from itertools import groupby
from operator import attrgetter
from pathlib import Path
from typing import Iterable, Iterator

from markupsafe import escape  # as html.escape, in C: a million calls at 10,000 entries

from ..memory import give_back_free_memory
from .canonical import canonical_filters
from .entry import ENTRY_FILE, LanguageEntries
from .records import SearchRecord
from .service import PagefindService

BUNDLE_DIR = "pagefind"


def write_index(records: Iterable[SearchRecord], site_output: Path) -> int:
    """Index `records`, which come language by language, into `site_output/pagefind/` (replacing
    what was there); returns how many. Records are read as they are indexed, never all held."""
    bundle = site_output / BUNDLE_DIR
    shutil.rmtree(bundle, ignore_errors=True)  # old fragments would linger under names nothing asks for
    entries = LanguageEntries()
    count = 0
    for language_records in by_language(records):
        added, entry = _index(language_records, bundle)
        give_back_free_memory()  # the bundle's files, received and written, while the next language is indexed
        count += added
        entries.add(entry)
    entries.write(bundle)
    return count


def by_language(records: Iterable[SearchRecord]) -> Iterator[Iterator[SearchRecord]]:
    """The records of each language in turn (a language may not come back after another)."""
    done: set[str] = set()
    for language, language_records in groupby(records, key=attrgetter("language")):
        if language in done:
            raise ValueError(f"search records in {language!r} come after records in another language; give them language by language")
        done.add(language)
        yield language_records
    if not done:
        yield iter(())  # no records at all: still a bundle, whose search loads and finds nothing


def _index(records: Iterable[SearchRecord], bundle: Path) -> tuple[int, bytes]:
    """Index `records` (one language) in a service of its own and write its bundle; returns how
    many were indexed and the content of the entry file, which the caller merges."""
    with PagefindService() as service:
        added, by_path = service.index_documents((html_document(record), record.url) for record in records)
    if ENTRY_FILE not in by_path:
        raise RuntimeError(f"Pagefind wrote no {ENTRY_FILE}")
    by_path, entry = canonical_filters(by_path, by_path.pop(ENTRY_FILE))
    folders: set[Path] = set()
    for path, content in by_path.items():
        target = bundle / path
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        target.write_bytes(content)
    return added, entry


def html_document(record: SearchRecord) -> str:
    passages = "".join(f'<p data-pagefind-weight="{passage.weight:g}">{escape(passage.text)}</p>' for passage in record.passages)
    meta = "".join(f'<span data-pagefind-meta="{escape(key)}">{escape(value)}</span>' for key, value in record.meta.items())
    filters = "".join(_filter_element(name, value) for name, values in record.filters.items() for value in values)
    return (
        f'<!doctype html><html lang="{escape(record.language)}"><body>'
        f'<h1 data-pagefind-meta="title">{escape(record.title)}</h1>{passages}'
        f"<div data-pagefind-ignore>{meta}{filters}</div></body></html>"
    )


@lru_cache(maxsize=4096)
def _filter_element(name: str, value: str) -> str:
    """A filter's value as Pagefind reads it: the records share a few hundred, made once each."""
    return f'<span data-pagefind-filter="{escape(name)}">{escape(value)}</span>'
