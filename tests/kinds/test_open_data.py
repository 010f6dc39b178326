"""Rooms and grants as open data (`data/rooms.{json,csv}`, `data/grants.{json,csv}`), as the real
build of the fixture site publishes them on 2026-09-15, and as the build with no rooms and no grants
(the shipped content) does: each file parses, validates against its published JSON Schema and the
data package (the real `frictionless` validator), says what the fixture files say, and its CSV cells
are safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from frictionless import Package, validate
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from vejviser.opendata.grants_export import GRANTS
from vejviser.opendata.rooms_export import ROOMS

from .sitebuild import SITEURL

NAMES = ("rooms", "grants")


def _validator(data: Path, name: str) -> Draft202012Validator:
    """The published schema of `<name>.json`, with the schema it refers to read from beside it."""
    schemas = {path.name: json.loads(path.read_text("utf-8")) for path in data.glob("*.schema.json")}
    registry = Registry().with_resources((schema["$id"], Resource.from_contents(schema)) for schema in schemas.values())
    schema = schemas[f"{name}.schema.json"]
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=registry, format_checker=FormatChecker())


def _document(site, name: str) -> dict:
    return json.loads(site.read_bytes(f"data/{name}.json"))


def _rows(site, name: str) -> list[dict[str, str]]:
    """The CSV as a spreadsheet's importer reads it: text cells, as written."""
    return list(csv.DictReader(io.StringIO(site.read_bytes(f"data/{name}.csv").decode("utf-8-sig"), newline=""), delimiter=";"))


def _typed_rows(site, name: str) -> dict[str, dict]:
    """The CSV as the data package describes it (frictionless): typed values, by id."""
    rows = Package(site.output / "data" / "datapackage.json").get_resource(f"{name}-csv").read_rows()
    return {row["id"]: row for row in rows}


@pytest.mark.parametrize("name", NAMES)
def test_the_json_validates_against_its_published_schema(site, empty_site, name):
    for built in (site, empty_site):
        errors = [f"{list(error.absolute_path)}: {error.message}" for error in _validator(built.output / "data", name).iter_errors(_document(built, name))]
        assert errors == []
        assert _document(built, name)["$schema"] == f"{SITEURL}/data/{name}.schema.json"


@pytest.mark.parametrize("name", NAMES)
def test_the_schema_rejects_what_it_does_not_document(site, name):
    document = _document(site, name)
    document[name][0]["maintainers"] = ["someone"]
    assert not _validator(site.output / "data", name).is_valid(document)


def test_the_data_package_and_every_file_in_it_validate(site, empty_site):
    for built in (site, empty_site):
        report = validate(built.output / "data" / "datapackage.json")
        assert report.valid, report.flatten(["type", "message"])
    assert sorted(_typed_rows(site, "rooms")) == ["eksempel-moedelokalet", "eksempel-salen"]


def test_with_no_rooms_and_no_grants_the_files_have_no_rows(empty_site):
    for name, table in (("rooms", ROOMS), ("grants", GRANTS)):
        assert _document(empty_site, name)[name] == []
        text = empty_site.read_bytes(f"data/{name}.csv").decode("utf-8-sig")
        assert text == ";".join(column.name for column in table.columns) + "\r\n"
        assert _typed_rows(empty_site, name) == {}


def test_a_room_round_trips(site):
    rooms = {room["id"]: room for room in _document(site, "rooms")["rooms"]}
    room = rooms["eksempel-moedelokalet"]
    assert room["owner_entry"] == "eksempel-varmestuen" and room["seated"] == 24 and room["standing"] == 40
    assert room["description"] == {"da": "Et lyst lokale med **køkken**.", "en": "A bright room with a **kitchen**."}
    assert room["location"]["postcode"] == "6700" and room["location"]["town"] == "esbjerg"
    assert room["location"]["accessibility"] == {"step_free": True, "accessible_toilet": True}
    assert room["location"]["opening_hours"]["weekly"][0]["opens"] == "08:00"
    assert room["facilities"] == ["kitchen", "projector", "hearing_loop"]
    assert room["booking_contact"]["email"] == "booking@example.org"
    assert room["urls"] == {"da": f"{SITEURL}/lokaler/eksempel-moedelokalet/", "en": f"{SITEURL}/en/rooms/eksempel-moedelokalet/"}
    hall = rooms["eksempel-salen"]
    assert hall["owner_name"] == {"da": "Eksempelkommunen", "en": "The example municipality"}
    assert "free_for_associations" not in hall and "owner_entry" not in hall  # not stated: not invented
    vocabularies = _document(site, "rooms")["vocabularies"]
    assert vocabularies["facilities"]["hearing_loop"] == {"da": "Teleslynge", "en": "Hearing loop"}
    assert vocabularies["who_may_borrow"]["approved_associations"]["da"] == "Godkendte foreninger"
    assert vocabularies["areas"]["ribe"]["da"] == "Ribe"

    rows = _typed_rows(site, "rooms")
    assert [row["name"] for row in rows.values()] == [room["name"] for room in rooms.values()]
    row = rows["eksempel-moedelokalet"]
    assert (row["seated"], row["standing"], row["step_free"], row["free_for_associations"]) == (24, 40, True, True)
    assert (row["hearing_loop"], row["latitude"]) == (None, None)  # empty cells are missing, not false or 0
    assert row["address"] == "Eksempelvej 1, 6700 Esbjerg" and row["facilities"] == "kitchen | projector | hearing_loop"
    assert (row["notice_da"], row["notice_en"]) == ("Senest 14 dage før", "At least 14 days ahead")
    assert row["url_en"] == room["urls"]["en"]
    hall_row = rows["eksempel-salen"]
    assert (hall_row["step_free"], hall_row["free_for_associations"], hall_row["owner_name_en"]) == (False, None, "The example municipality")
    assert hall_row["sources"] == "https://booking.example.org/salen (2026-09-01)"


def test_grants_round_trip_and_a_closed_call_is_not_in_them(site):
    grants = _document(site, "grants")["grants"]
    assert [grant["id"] for grant in grants] == ["eksempel-sidste-dag", "eksempel-aabent", "eksempel-kommende"]  # as "Åbne puljer"
    assert [grant["status"] for grant in grants] == ["open", "open", "coming"]
    today, open_call, coming = grants
    assert today["title"] == {"da": "Eksempelpuljen med frist i dag"}  # no English invented
    assert (open_call["opens"], open_call["deadline"], open_call["decision"], open_call["reporting_deadline"]) == ("2026-09-01", "2026-10-01", "2026-11-15", "2027-03-31")
    assert open_call["documents"] == {"da": ["CVR-nummer", "Budget for aktiviteten"], "en": ["CVR number", "Budget for the activity"]}
    assert open_call["urls"]["da"] == f"{SITEURL}/puljer/eksempel-aabent/"
    assert _document(site, "grants")["build_date"] == "2026-09-15"

    rows = _typed_rows(site, "grants")
    assert list(rows) == [grant["id"] for grant in grants]
    row = rows["eksempel-aabent"]
    assert [row[name].isoformat() for name in ("opens", "deadline", "decision", "reporting_deadline")] == ["2026-09-01", "2026-10-01", "2026-11-15", "2027-03-31"]
    assert (row["documents_da"], row["amount_en"], row["phones"]) == ("CVR-nummer | Budget for aktiviteten", "DKK 5,000-50,000", "88 88 88 11")
    assert (rows["eksempel-sidste-dag"]["title_en"], rows["eksempel-sidste-dag"]["opens"]) == (None, None)


@pytest.mark.parametrize("name", NAMES)
def test_cells_are_plain_safe_text(site, name):
    """Opened in a spreadsheet, no cell runs as a formula, none has whitespace at either end, and
    Markdown is exported as written, never as HTML."""
    data = site.read_bytes(f"data/{name}.csv")
    assert data.startswith("\ufeff".encode("utf-8")) and data.count(b"\r\n") >= 3
    cells = [value for row in _rows(site, name) for value in row.values()]
    assert cells and all(cell == cell.strip() for cell in cells)
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]
    assert not [cell for cell in cells if "<" in cell]


def test_a_cell_a_spreadsheet_would_run_starts_with_an_apostrophe(site):
    assert {row["id"]: row for row in _rows(site, "rooms")}["eksempel-salen"]["booking_phones"] == "'+45 88 88 88 13"
    coming = {row["id"]: row for row in _rows(site, "grants")}["eksempel-kommende"]
    assert coming["apply_note_da"] == "'- Søg i god tid.\n- Husk CVR-nummeret."
    assert _document(site, "grants")["grants"][2]["apply_note"]["da"] == "- Søg i god tid.\n- Husk CVR-nummeret."  # the JSON as written


def test_a_value_against_its_column_type_fails_the_package(site, tmp_path):
    """The package validator is not blind: seats that are not a number are caught."""
    data = tmp_path / "data"
    shutil.copytree(site.output / "data", data)
    text = (data / "rooms.csv").read_text("utf-8-sig").replace(";24;40;", ";mange;40;")
    (data / "rooms.csv").write_text("\ufeff" + text, "utf-8", newline="")
    report = validate(data / "datapackage.json")
    assert "type-error" in {error[0] for error in report.flatten(["type"])}


@pytest.mark.parametrize("url, heading", [("data/", "Kolonne"), ("en/data/", "Column")])
def test_the_data_page_lists_the_files_and_their_columns(site, url, heading):
    """Each new file is linked from the Data page in both languages (and is there), and the columns of
    rooms.csv and grants.csv are documented in tables made from the files' own columns."""
    links = site.links(url, "main a")
    files = ["data/rooms.csv", "data/rooms.json", "data/rooms.schema.json", "data/grants.csv", "data/grants.json", "data/grants.schema.json", "data/hsds/locations.json", "data/hsds/en/locations.json"]
    assert [file for file in files if file not in links] == []
    assert all(site.exists(file) for file in files)
    tables = {tuple(code.get_text() for code in table.select("tbody td:first-child code")): table for table in site.page(url).select("main table")}
    for columns in (ROOMS.columns, GRANTS.columns):
        names = tuple(column.name for column in columns)
        assert names in tables, f"{url} lacks the table of {names[:3]}…"
        assert tables[names].select_one("th").get_text() == heading
    assert "<!--" not in str(site.page(url).select_one("main"))  # every marker was replaced
