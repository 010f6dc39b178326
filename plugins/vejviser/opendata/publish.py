"""Writes the exports into the output folder. Once every generator has its context (Pelican's
`all_generators_finalized`), the model is loaded and the pages to list in the sitemap are known; the
exports then become one of the directory's output tasks, written with the pages. The entries' source
records (`entry_sources`, 10,000 files at 10,000 entries) are a task of their own, so that they are
written beside the exports rather than after them."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Iterable

from .. import i18n
from ..directory.site import Site, output_task_adder
from .entry_sources import entry_sources
from .files import DATA_DIR, export_files
from .publication import Publication
from .sitepages import site_pages

logger = logging.getLogger(__name__)


def write_exports(site: Site, settings: dict[str, Any], output: Path) -> None:
    publication = Publication.from_settings(settings, site.build_date)
    written = write_files(output, export_files(site.directory, site.kinds, publication, i18n.languages_from(settings), site_pages(site)))
    if not publication.is_public:
        logger.info("vejviser.opendata: SITEURL is not absolute, so no sitemap.xml (it needs absolute URLs)")
    logger.info("vejviser.opendata: wrote %d files", written)


def write_entry_sources(site: Site, settings: dict[str, Any], output: Path) -> None:
    written = write_files(output, entry_sources(site.directory, DATA_DIR))
    logger.info("vejviser.opendata: wrote %d entry source files", written)


add_exports = output_task_adder("vejviser.opendata", write_exports)
add_entry_sources = output_task_adder("vejviser.opendata", write_entry_sources)


def write_files(output: Path, files: Iterable[tuple[str, bytes]]) -> int:
    """Each (path, bytes) of `files` at its path (a site URL from `vejviser.urls`) under the output
    folder, one by one as they come; returns how many."""
    written = 0
    for path, data in files:
        target = output / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written += 1
    return written
