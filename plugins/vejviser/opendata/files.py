"""Every file the open-data plugin publishes, as (output path, bytes), built from the model."""

from __future__ import annotations

from typing import Iterable, Iterator

from ..content import Directory
from ..kinds.load import KindContent
from ..urls import lang_prefix
from . import grants_export, rooms_export
from .csv_export import associations_csv
from .datapackage import datapackage_json
from .feeds import atom_feed, feed_url
from .hsds import organizations_json
from .json_export import SCHEMA_FILE, associations_json, associations_schema, schema_bytes
from .publication import Publication
from .robots import robots_txt
from .sitemap import FILENAME as SITEMAP, Alternates, sitemap_xml

DATA_DIR = "data"


def hsds_path(lang: str) -> str:
    """Danish is the main HSDS dataset, other languages beside it: `data/hsds/en/organizations.json`."""
    return f"{DATA_DIR}/hsds/{lang_prefix(lang)}organizations.json"


def export_files(
    directory: Directory, kinds: KindContent, publication: Publication, languages: Iterable[str], pages: Iterable[Alternates]
) -> Iterator[tuple[str, bytes]]:
    """Each file as (output path, bytes), made when it is asked for, so that a writer holds one at a
    time: made all at once, they and the HSDS objects of the last took the 10,000-entry build's exports
    to 340 MiB more memory, which met Pagefind's peak now and then. A sitemap must list absolute URLs,
    so it is only made when the site has an absolute SITEURL."""
    yield f"{DATA_DIR}/associations.json", associations_json(directory, publication)
    yield f"{DATA_DIR}/{SCHEMA_FILE}", associations_schema()
    yield f"{DATA_DIR}/associations.csv", associations_csv(directory, publication)
    yield f"{DATA_DIR}/rooms.json", rooms_export.rooms_json(kinds.rooms, directory, publication)
    yield f"{DATA_DIR}/{rooms_export.SCHEMA_FILE}", schema_bytes(rooms_export.SCHEMA_FILE)
    yield f"{DATA_DIR}/rooms.csv", rooms_export.rooms_csv(kinds.rooms, directory, publication)
    yield f"{DATA_DIR}/grants.json", grants_export.grants_json(kinds.grants, directory, publication)
    yield f"{DATA_DIR}/{grants_export.SCHEMA_FILE}", schema_bytes(grants_export.SCHEMA_FILE)
    yield f"{DATA_DIR}/grants.csv", grants_export.grants_csv(kinds.grants, directory, publication)
    languages = tuple(languages)
    yield f"{DATA_DIR}/datapackage.json", datapackage_json(publication, [hsds_path(lang) for lang in languages])
    for lang in languages:
        yield hsds_path(lang), organizations_json(directory, publication, lang)
    for lang in languages:
        yield feed_url(lang), atom_feed(directory, publication, lang)
    yield "robots.txt", robots_txt(publication)
    if publication.is_public:
        yield SITEMAP, sitemap_xml(pages, publication)
