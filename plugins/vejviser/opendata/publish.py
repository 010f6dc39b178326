"""Writes the exports into the output folder once every generator has its context (Pelican's
`all_generators_finalized`): the model is loaded, and the pages to list in the sitemap are known."""

from __future__ import annotations

import logging
from pathlib import Path

from .. import i18n
from ..directory.site import loaded_site
from .files import export_files
from .publication import Publication
from .sitepages import site_pages

logger = logging.getLogger(__name__)


def write_exports(generators) -> None:
    site = loaded_site(generators, "vejviser.opendata")
    if site is None:
        return
    settings = generators[0].settings
    publication = Publication.from_settings(settings, site.build_date)
    files = export_files(site.directory, publication, i18n.languages_from(settings), site_pages(site))
    write_files(Path(generators[0].output_path), files)
    if not publication.is_public:
        logger.info("vejviser.opendata: SITEURL is not absolute, so no sitemap.xml (it needs absolute URLs)")
    logger.info("vejviser.opendata: wrote %d files", len(files))


def write_files(output: Path, files: dict[str, bytes]) -> None:
    """Each file at its path (a site URL from `vejviser.urls`) under the output folder."""
    for path, data in files.items():
        target = output / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
