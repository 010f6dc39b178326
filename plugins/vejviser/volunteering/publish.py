"""Writes the role feeds and the task calendars into the output folder, from the `Site` the directory
generator loaded: once every generator has its context (Pelican's `all_generators_finalized`), they
become one of the directory's output tasks, written with the pages."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import Any

from .. import i18n
from ..directory.site import Site, loaded_site
from ..opendata.publication import Publication
from ..opendata.publish import write_files
from .calendar import calendar_url, tasks_calendar
from .feeds import role_feed, role_feed_url
from .postings import current_postings

logger = logging.getLogger(__name__)


def add_volunteering_files(generators) -> None:
    site = loaded_site(generators, "vejviser.volunteering")
    if site is not None:
        site.add_output_task(partial(write_volunteering_files, site, generators[0].settings, Path(generators[0].output_path)))


def write_volunteering_files(site: Site, settings: dict[str, Any], output: Path) -> None:
    publication = Publication.from_settings(settings, site.build_date)
    postings = current_postings(site.entries, site.build_date)
    files = {}
    for lang in i18n.languages_from(settings):
        files[role_feed_url(lang)] = role_feed(postings, site.vocabularies, publication, lang)
        files[calendar_url(lang)] = tasks_calendar(postings, publication, lang)
    write_files(output, files)
    logger.info("vejviser.volunteering: wrote %d files", len(files))
