"""`data/associations.json`: every entry in both languages with its page URLs, plus the vocabularies;
and the shape the other JSON files (`rooms_export`, `grants_export`) share with it (`dataset`).

The shape is published as a JSON Schema (`associations.schema.json`, written next to the data).
Values are the model's: translated text is `{"da": …, "en": …}` (English only where the entry has
it), vocabulary fields hold term ids whose labels are under `vocabularies`, dates are ISO 8601.
`last_verified` is `null` for an entry the association has not confirmed yet. Volunteer roles that
ended before the build date are left out, as on the site. Maintainers' GitHub handles are not
exported: they identify people, not the service.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
from importlib import resources
from typing import Any, Iterable

from ..content import Directory
from ..model import Entry
from .jsonfile import json_bytes
from .publication import Publication

SCHEMA_FILE = "associations.schema.json"
LICENCE = {"id": "CC0-1.0", "url": "https://creativecommons.org/publicdomain/zero/1.0/"}
NOT_EXPORTED = frozenset({"maintainers", "source_path", "volunteering", "last_verified"})


def plain(value: Any) -> Any:
    """Model objects as JSON values; fields that are empty (None, "", empty tuple) are left out."""
    if hasattr(type(value), "__dataclass_fields__"):  # dataclasses.is_dataclass, for instances only
        return record(value)
    if isinstance(value, (tuple, list)):
        return [plain(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def record(obj: Any, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A model object's fields (but those in `skip`) as JSON values, empty ones left out."""
    out = {}
    for name in _field_names(type(obj)):
        value = getattr(obj, name)
        if name not in skip and value is not None and value != "" and value != ():
            out[name] = plain(value)
    return out


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """A model class's fields, looked up once (the export visits 130,000 objects at 10,000 entries)."""
    return tuple(field.name for field in dataclasses.fields(cls))


def entry_record(entry: Entry, publication: Publication) -> dict[str, Any]:
    fields = record(entry, NOT_EXPORTED)
    fields["last_verified"] = plain(entry.last_verified)
    fields["volunteering"] = plain(entry.current_roles(publication.build_date))
    fields["urls"] = publication.entry_links(entry.slug)
    return fields


def vocabulary_labels(directory: Directory, names: Iterable[str] | None = None) -> dict[str, dict[str, dict[str, str]]]:
    """Vocabulary name → term id → label in Danish and English: every vocabulary, or those `names`."""
    by_name = directory.vocabularies.by_name
    return {name: {term.id: plain(term.label) for term in by_name[name]} for name in (by_name if names is None else names)}


def dataset(publication: Publication, schema_file: str, vocabularies: dict[str, Any], items_key: str, records: list[dict[str, Any]]) -> bytes:
    """A JSON file of the open data: its schema's URL, the build date, the licence, the labels of the
    codes its records use, and the records under `items_key`."""
    return json_bytes(
        {
            "$schema": publication.link(f"data/{schema_file}"),
            "build_date": publication.build_date.isoformat(),
            "licence": LICENCE,
            "vocabularies": vocabularies,
            items_key: records,
        }
    )


def associations_json(directory: Directory, publication: Publication) -> bytes:
    return dataset(publication, SCHEMA_FILE, vocabulary_labels(directory), "entries", [entry_record(entry, publication) for entry in directory.entries])


def schema_bytes(schema_file: str) -> bytes:
    """A published JSON Schema, byte for byte as kept in this package."""
    return resources.files(__package__).joinpath(schema_file).read_bytes()


def associations_schema() -> bytes:
    return schema_bytes(SCHEMA_FILE)
