"""The search index in the Pelican run: built from the model the directory plugin loaded, once every
generator has its context (Pelican's `all_generators_finalized`), when the content pages are known too."""

from __future__ import annotations

import logging
from pathlib import Path

from ..directory.site import loaded_site
from .index import write_index
from .records import search_records

logger = logging.getLogger(__name__)


def index_site(generators) -> None:
    site = loaded_site(generators, "vejviser.search")
    if site is None:
        return
    pages = sorted((page for by_lang in site.content_pages.values() for page in by_lang.values()), key=lambda page: page.url)
    records = search_records(site.entries, pages, site.vocabularies, site.build_date, site.languages)
    count = write_index(records, Path(generators[0].output_path))
    logger.info("vejviser.search: indexed %d records", count)
