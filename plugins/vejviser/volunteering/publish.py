"""Writes the role feeds and the task calendars into the output folder, from the `Site` the directory
generator loaded: once every generator has its context (Pelican's `all_generators_finalized`), they
become one of the directory's output tasks, written with the pages."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from .. import i18n
from ..directory.site import Site, output_task_adder
from ..opendata.publication import Publication
from ..opendata.publish import write_files
from .calendar import calendar_url, tasks_calendar
from .feeds import role_feed, role_feed_url
from .postings import current_postings

logger = logging.getLogger(__name__)


def write_volunteering_files(site: Site, settings: dict[str, Any], output: Path) -> None:
    publication = Publication.from_settings(settings, site.build_date)
    postings = current_postings(site.entries, site.build_date)
    files = {}
    for lang in i18n.languages_from(settings):
        files[role_feed_url(lang)] = role_feed(postings, site.vocabularies, publication, lang)
        files[calendar_url(lang)] = tasks_calendar(postings, publication, lang)
    write_files(output, files.items())
    logger.info("vejviser.volunteering: wrote %d files", len(files))


add_volunteering_files = output_task_adder("vejviser.volunteering", write_volunteering_files)
