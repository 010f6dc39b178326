"""Writes the grants' feeds and calendars and the rooms' HSDS locations with the directory's other
output files (see `volunteering.publish`, which works the same way)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from .. import i18n
from ..directory.site import Site, output_task_adder
from ..opendata.publication import Publication
from ..opendata.publish import write_files
from .grantfiles import grant_files
from .grants import current_grants
from .roomdata import rooms_files

logger = logging.getLogger(__name__)


def write_kind_files(site: Site, settings: dict[str, Any], output: Path) -> None:
    publication = Publication.from_settings(settings, site.build_date)
    grants = current_grants(site.kinds.grants, site.build_date)
    files: dict[str, bytes] = {}
    for lang in i18n.languages_from(settings):
        files.update(grant_files(grants, publication, lang))
        files.update(rooms_files(site.kinds.rooms, site.vocabularies, publication, lang))
    write_files(output, files.items())
    logger.info("vejviser.kinds: wrote %d files", len(files))


add_kind_files = output_task_adder("vejviser.kinds", write_kind_files)
