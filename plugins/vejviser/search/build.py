"""The search index in the Pelican run: built from the model the directory plugin loaded. Once every
generator has its context (Pelican's `all_generators_finalized`), when the content pages are known
too, it becomes one of the directory's output tasks, written with the pages. Pagefind's engine scripts
get a fix from a later Pagefind (`backport.py`)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..directory.site import Site, output_task_adder
from ..kinds.grants import current_grants
from .backport import fix_filter_only_search
from .index import BUNDLE_DIR, write_index
from .records import search_records
from .words import write_known_words

logger = logging.getLogger(__name__)


def index_site(site: Site, _settings: dict[str, Any], output: Path) -> None:
    """An output task (`output_task_adder`); the index needs none of the settings."""
    pages = sorted((page for by_lang in site.content_pages.values() for page in by_lang.values()), key=lambda page: page.url)
    grants = current_grants(site.kinds.grants, site.build_date)
    records = search_records(site.entries, pages, site.vocabularies, site.build_date, site.languages, grants, site.kinds.rooms)
    count = write_index(records, output)
    fix_filter_only_search(output / BUNDLE_DIR)
    write_known_words(site.vocabularies, site.languages, (entry.name for entry in site.entries), output)
    logger.info("vejviser.search: indexed %d records", count)


add_search_index = output_task_adder("vejviser.search", index_site)
