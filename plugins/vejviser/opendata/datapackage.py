"""`data/datapackage.json`: the open data described as a Frictionless Data Package, so that tools
(frictionless, pandas through it, CKAN, spreadsheets' importers) read each CSV column as what it is: a
postcode or a phone as text, an age as a number, a date as a date, "true"/"false" as a flag, an empty
cell as missing. The CSVs' dialect (";" and a byte order mark, for Danish Excel) and every column come
from the tables the files are written from (`csv_export.Table`), so the description cannot drift from
the files.
"""

from __future__ import annotations

import json

from .csv_export import ASSOCIATIONS, DELIMITER, Table
from .grants_export import GRANTS
from .publication import Publication
from .rooms_export import ROOMS

TABLES: tuple[Table, ...] = (ASSOCIATIONS, ROOMS, GRANTS)
LICENSE = {"name": "CC0-1.0", "path": "https://creativecommons.org/publicdomain/zero/1.0/", "title": "CC0 1.0"}


def _field(column) -> dict:
    field = {"name": column.name, "type": column.type, "description": f"{column.description.da} / {column.description.en}"}
    if column.format != "default":
        field["format"] = column.format
    if column.type == "boolean":
        field |= {"trueValues": ["true"], "falseValues": ["false"]}
    return field


def table_resources(table: Table) -> list[dict]:
    """A table's CSV, typed column by column, and its JSON, which its JSON Schema describes."""
    csv_resource = {
        "name": f"{table.name}-csv",
        "path": f"{table.name}.csv",
        "title": f"{table.title.da} (CSV) / {table.title.en} (CSV)",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": {"delimiter": DELIMITER, "lineTerminator": "\r\n", "header": True},
        "schema": {"fields": [_field(column) for column in table.columns], "primaryKey": [table.key], "missingValues": [""]},
    }
    json_resource = {
        "name": f"{table.name}-json",
        "path": f"{table.name}.json",
        "title": f"{table.title.da} (JSON) / {table.title.en} (JSON)",
        "format": "json",
        "mediatype": "application/json",
        "encoding": "utf-8",
        "description": f"Described by {table.name}.schema.json (JSON Schema 2020-12).",
    }
    return [csv_resource, json_resource]


def datapackage(publication: Publication, hsds_paths: list[str]) -> dict:
    """The descriptor; resource paths are relative to `data/`, where the file lies."""
    hsds_resources = [
        {
            "name": "hsds-organizations" + ("" if index == 0 else f"-{path.split('/')[-2]}"),
            "path": path.removeprefix("data/"),
            "title": "Open Referral HSDS 3.0",
            "format": "json",
            "mediatype": "application/json",
            "encoding": "utf-8",
        }
        for index, path in enumerate(hsds_paths)
    ]
    return {
        "name": "vejviser",
        "title": publication.name,
        "description": "Frivillige sociale foreninger og hjælpetilbud, lokaler og puljer / Voluntary social associations and help services, rooms and grants",
        "licenses": [LICENSE],
        "created": f"{publication.build_date.isoformat()}T00:00:00Z",
        "resources": [*(resource for table in TABLES for resource in table_resources(table)), *hsds_resources],
    }


def datapackage_json(publication: Publication, hsds_paths: list[str]) -> bytes:
    return (json.dumps(datapackage(publication, hsds_paths), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
