"""Writes the role feeds and the task calendars into the output folder once every generator has
its context (Pelican's `all_generators_finalized`), from the `Site` the directory generator loaded."""

from __future__ import annotations

import logging
from pathlib import Path

from .. import i18n
from ..directory.site import loaded_site
from ..opendata.publication import Publication
from ..opendata.publish import write_files
from .calendar import calendar_url, tasks_calendar
from .feeds import role_feed, role_feed_url
from .postings import current_postings

logger = logging.getLogger(__name__)


def write_volunteering_files(generators) -> None:
    site = loaded_site(generators, "vejviser.volunteering")
    if site is None:
        return
    settings = generators[0].settings
    publication = Publication.from_settings(settings, site.build_date)
    postings = current_postings(site.entries, site.build_date)
    files = {}
    for lang in i18n.languages_from(settings):
        files[role_feed_url(lang)] = role_feed(postings, site.vocabularies, publication, lang)
        files[calendar_url(lang)] = tasks_calendar(postings, publication, lang)
    write_files(Path(generators[0].output_path), files)
    logger.info("vejviser.volunteering: wrote %d files", len(files))
