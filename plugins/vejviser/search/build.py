"""The search index in the Pelican run: built from the model the directory plugin loaded. Once every
generator has its context (Pelican's `all_generators_finalized`), when the content pages are known
too, it becomes one of the directory's output tasks, written with the pages."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from ..directory.site import Site, loaded_site
from .index import write_index
from .records import search_records

logger = logging.getLogger(__name__)


def add_search_index(generators) -> None:
    site = loaded_site(generators, "vejviser.search")
    if site is not None:
        site.add_output_task(partial(index_site, site, Path(generators[0].output_path)))


def index_site(site: Site, output: Path) -> None:
    pages = sorted((page for by_lang in site.content_pages.values() for page in by_lang.values()), key=lambda page: page.url)
    records = search_records(site.entries, pages, site.vocabularies, site.build_date, site.languages)
    count = write_index(records, output)
    logger.info("vejviser.search: indexed %d records", count)
