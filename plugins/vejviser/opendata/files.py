"""Every file the open-data plugin publishes, as output path → bytes, built from the model."""

from __future__ import annotations

from typing import Iterable

from ..content import Directory
from ..urls import lang_prefix
from .csv_export import associations_csv
from .feeds import atom_feed, feed_url
from .hsds import organizations_json
from .json_export import SCHEMA_FILE, associations_json, associations_schema
from .publication import Publication
from .robots import robots_txt
from .sitemap import FILENAME as SITEMAP, Alternates, sitemap_xml

DATA_DIR = "data"


def hsds_path(lang: str) -> str:
    """Danish is the main HSDS dataset, other languages beside it: `data/hsds/en/organizations.json`."""
    return f"{DATA_DIR}/hsds/{lang_prefix(lang)}organizations.json"


def export_files(directory: Directory, publication: Publication, languages: Iterable[str], pages: Iterable[Alternates]) -> dict[str, bytes]:
    """A sitemap must list absolute URLs, so it is only made when the site has an absolute SITEURL."""
    languages = tuple(languages)
    files = {
        f"{DATA_DIR}/associations.json": associations_json(directory, publication),
        f"{DATA_DIR}/{SCHEMA_FILE}": associations_schema(),
        f"{DATA_DIR}/associations.csv": associations_csv(directory, publication),
        **{hsds_path(lang): organizations_json(directory, publication, lang) for lang in languages},
        **{feed_url(lang): atom_feed(directory, publication, lang) for lang in languages},
        "robots.txt": robots_txt(publication),
    }
    if publication.is_public:
        files[SITEMAP] = sitemap_xml(pages, publication)
    return files
