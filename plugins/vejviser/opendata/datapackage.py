"""`data/datapackage.json`: the open data described as a Frictionless Data Package, so that tools
(frictionless, pandas through it, CKAN, spreadsheets' importers) read each CSV column as what it is: a
postcode or a phone as text, an age as a number, a date as a date, "true"/"false" as a flag, an empty
cell as missing. The CSV's dialect (";" and a byte order mark, for Danish Excel) and every column come
from `csv_export`, so the description cannot drift from the file.
"""

from __future__ import annotations

import json

from .csv_export import COLUMNS, DELIMITER
from .publication import Publication

LICENSE = {"name": "CC0-1.0", "path": "https://creativecommons.org/publicdomain/zero/1.0/", "title": "CC0 1.0"}


def _field(column) -> dict:
    field = {"name": column.name, "type": column.type, "description": f"{column.description.da} / {column.description.en}"}
    if column.format != "default":
        field["format"] = column.format
    if column.type == "boolean":
        field |= {"trueValues": ["true"], "falseValues": ["false"]}
    return field


def datapackage(publication: Publication, hsds_paths: list[str]) -> dict:
    """The descriptor; resource paths are relative to `data/`, where the file lies."""
    csv_resource = {
        "name": "associations-csv",
        "path": "associations.csv",
        "title": "Foreninger og tilbud (CSV) / Associations and services (CSV)",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": {"delimiter": DELIMITER, "lineTerminator": "\r\n", "header": True},
        "schema": {"fields": [_field(column) for column in COLUMNS], "primaryKey": ["slug"], "missingValues": [""]},
    }
    json_resource = {
        "name": "associations-json",
        "path": "associations.json",
        "title": "Foreninger og tilbud (JSON) / Associations and services (JSON)",
        "format": "json",
        "mediatype": "application/json",
        "encoding": "utf-8",
        "description": "Described by associations.schema.json (JSON Schema 2020-12).",
    }
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
        "description": "Frivillige sociale foreninger og hjælpetilbud / Voluntary social associations and help services",
        "licenses": [LICENSE],
        "created": f"{publication.build_date.isoformat()}T00:00:00Z",
        "resources": [csv_resource, json_resource, *hsds_resources],
    }


def datapackage_json(publication: Publication, hsds_paths: list[str]) -> bytes:
    return (json.dumps(datapackage(publication, hsds_paths), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
