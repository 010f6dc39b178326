"""`data/datapackage.json` as data reusers' tools read it: the real `frictionless` validator on a real
production build, the CSV's columns typed as the file and the JSON schema hold them."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from frictionless import Package, validate

from vejviser.opendata.csv_export import COLUMNS

from .common import read_schema


def test_the_package_and_every_file_in_it_validate(published_site: Path):
    report = validate(published_site / "data" / "datapackage.json")
    assert report.valid, report.flatten(["type", "message"])
    package = json.loads((published_site / "data" / "datapackage.json").read_text("utf-8"))
    assert [resource["path"] for resource in package["resources"]] == [
        "associations.csv",
        "associations.json",
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


def test_the_csv_types_agree_with_the_json_schema(published_site: Path):
    """A column typed integer, boolean or date is the field of the same name that
    associations.schema.json types so (a date is its `$defs/date`)."""
    schema = read_schema(published_site / "data" / "associations.schema.json")
    fields = schema["$defs"]["entry"]["properties"]
    wanted = {"integer": '"type": "integer"', "boolean": '"type": "boolean"', "date": '"$ref": "#/$defs/date"'}
    typed = [column for column in COLUMNS if column.type != "string"]
    assert {column.type for column in typed} == set(wanted)
    for column in typed:
        assert wanted[column.type] in json.dumps(fields[column.name]), column.name


def test_no_value_has_whitespace_at_either_end(published_site: Path):
    rows = list(csv.DictReader(io.StringIO((published_site / "data" / "associations.csv").read_text("utf-8-sig")), delimiter=";"))
    assert rows and all(value == value.strip() for row in rows for value in row.values())
