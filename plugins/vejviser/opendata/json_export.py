"""`data/associations.json`: every entry in both languages with its page URLs, plus the vocabularies.

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
from typing import Any

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
        return _fields(value)
    if isinstance(value, (tuple, list)):
        return [plain(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _fields(obj: Any, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
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
    record = _fields(entry, NOT_EXPORTED)
    record["last_verified"] = plain(entry.last_verified)
    record["volunteering"] = plain(entry.current_roles(publication.build_date))
    record["urls"] = publication.entry_links(entry.slug)
    return record


def vocabulary_labels(directory: Directory) -> dict[str, dict[str, dict[str, str]]]:
    return {
        name: {term.id: plain(term.label) for term in vocabulary}
        for name, vocabulary in directory.vocabularies.by_name.items()
    }


def associations_json(directory: Directory, publication: Publication) -> bytes:
    return json_bytes(
        {
            "$schema": publication.link(f"data/{SCHEMA_FILE}"),
            "build_date": publication.build_date.isoformat(),
            "licence": LICENCE,
            "vocabularies": vocabulary_labels(directory),
            "entries": [entry_record(entry, publication) for entry in directory.entries],
        }
    )


def associations_schema() -> bytes:
    """The published JSON Schema, byte for byte as kept in the package."""
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_bytes()
