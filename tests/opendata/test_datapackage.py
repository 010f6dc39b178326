"""`data/datapackage.json` as data reusers' tools read it: the real `frictionless` validator on a real
production build, the CSV's columns typed as the file and the JSON schema hold them."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from frictionless import Package, validate
from referencing import Registry, Resource

from vejviser.opendata.csv_export import COLUMNS
from vejviser.opendata.datapackage import TABLES

from .common import read_schema


def test_the_package_and_every_file_in_it_validate(published_site: Path):
    report = validate(published_site / "data" / "datapackage.json")
    assert report.valid, report.flatten(["type", "message"])
    package = json.loads((published_site / "data" / "datapackage.json").read_text("utf-8"))
    assert [resource["path"] for resource in package["resources"]] == [
        "associations.csv",
        "associations.json",
        "rooms.csv",
        "rooms.json",
        "grants.csv",
        "grants.json",
        "hsds/organizations.json",
        "hsds/en/organizations.json",
    ]
    assert all((published_site / "data" / resource["path"]).is_file() for resource in package["resources"])


def test_columns_read_as_what_they_are(published_site: Path):
    """Postcodes and phones stay text, ages are numbers, dates dates, flags flags, empty is missing."""
    rows = Package(published_site / "data" / "datapackage.json").get_resource("associations-csv").read_rows()
    solsikken = next(row for row in rows if row["slug"] == "eksempel-vaerestedet")
    assert isinstance(solsikken["postcodes"], str) and isinstance(solsikken["phones"], str)
    assert all(row["age_min"] is None or isinstance(row["age_min"], int) for row in rows)
    assert all(row["free"] in (True, False, None) for row in rows)
    assert any(row["added"] is not None and row["added"].year >= 2025 for row in rows)


def test_a_value_against_its_type_is_caught(published_site: Path, tmp_path: Path):
    """The validator is not blind: an age that is not a number fails the package."""
    data = tmp_path / "data"
    shutil.copytree(published_site / "data", data)
    text = (data / "associations.csv").read_text("utf-8-sig")
    reader = list(csv.reader(io.StringIO(text), delimiter=";"))
    reader[1][[column.name for column in COLUMNS].index("age_min")] = "atten"
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(reader)
    (data / "associations.csv").write_text("\ufeff" + buffer.getvalue(), "utf-8")
    report = validate(data / "datapackage.json")
    assert not report.valid
    assert "type-error" in {error[0] for error in report.flatten(["type"])}


# The JSON Schema of each typed CSV column's type; the items of each JSON file are under this `$defs`.
WANTED = {"integer": {"type": "integer"}, "number": {"type": "number"}, "boolean": {"type": "boolean"}, "date": {"format": "date"}}
ITEM_DEFS = {"associations": "entry", "rooms": "room", "grants": "grant"}


def _schemas(data: Path) -> Registry:
    schemas = [read_schema(data / f"{table.name}.schema.json") for table in TABLES]
    return Registry().with_resources((schema["$id"], Resource.from_contents(schema)) for schema in schemas)


def _fields_named(node, resolver, name: str, depth: int = 0) -> list[dict]:
    """Every definition of a property called `name` anywhere below `node`, `$ref`s followed (also
    into the schema beside it) and each definition resolved to the schema that has its type."""
    if not isinstance(node, dict) or depth > 8:
        return []
    if "$ref" in node:
        resolved = resolver.lookup(node["$ref"])
        return _fields_named(resolved.contents, resolved.resolver, name, depth + 1)
    found = []
    for key, value in node.get("properties", {}).items():
        if key == name:
            found.append(_resolved(value, resolver))
        found += _fields_named(value, resolver, name, depth + 1)
    for key in ("items", "additionalProperties"):
        found += _fields_named(node.get(key), resolver, name, depth + 1)
    return found


def _resolved(node: dict, resolver) -> dict:
    """The definition behind `$ref`s; of `anyOf` alternatives (a date or null), the one not null."""
    while "$ref" in node or "anyOf" in node:
        if "anyOf" in node:
            node = next(option for option in node["anyOf"] if option != {"type": "null"})
            continue
        resolved = resolver.lookup(node["$ref"])
        node, resolver = resolved.contents, resolved.resolver
    return node


@pytest.mark.parametrize("table", TABLES, ids=lambda table: table.name)
def test_the_csv_types_agree_with_the_json_schema(published_site: Path, table):
    """A column typed integer, number, boolean or date is, wherever the JSON Schema of the same data
    (`<name>.schema.json`) defines a field of that name, a field of that type (a date: format date)."""
    registry = _schemas(published_site / "data")
    schema = read_schema(published_site / "data" / f"{table.name}.schema.json")
    resolver = registry.resolver(base_uri=schema["$id"])
    item = resolver.lookup(f"#/$defs/{ITEM_DEFS[table.name]}")
    typed = [column for column in table.columns if column.type != "string"]
    assert typed and {column.type for column in typed} <= set(WANTED)
    for column in typed:
        fields = _fields_named(item.contents, item.resolver, column.name)
        assert fields, f"{table.name}.{column.name} is in no field of {table.name}.schema.json"
        assert all(WANTED[column.type].items() <= field.items() for field in fields), (column.name, fields)


def test_the_type_check_can_fail(published_site: Path):
    """A column the schema types otherwise, or that it does not have, is caught."""
    registry = _schemas(published_site / "data")
    item = registry.resolver(base_uri="https://vejviser.dk/schema/rooms.schema.json").lookup("#/$defs/room")
    assert not any(WANTED["integer"].items() <= field.items() for field in _fields_named(item.contents, item.resolver, "step_free"))
    assert _fields_named(item.contents, item.resolver, "volume") == []


def test_no_value_has_whitespace_at_either_end(published_site: Path):
    rows = list(csv.DictReader(io.StringIO((published_site / "data" / "associations.csv").read_text("utf-8-sig")), delimiter=";"))
    assert rows and all(value == value.strip() for row in rows for value in row.values())
