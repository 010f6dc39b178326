"""The rooms as Open Referral HSDS 3.0 locations: every object validates against the official
`location.json` (with the schemas it refers to), in both languages, with ids that stay the same."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from .sitebuild import REPO, SITEURL

HSDS = Path(os.environ.get("HSDS_SCHEMA_DIR") or REPO.parent / "shared" / "hsds-3.0")


@pytest.fixture(scope="module")
def location_validator() -> Draft202012Validator:
    if not (HSDS / "location.json").is_file():
        pytest.fail(f"HSDS 3.0 schemas not found in {HSDS}; set HSDS_SCHEMA_DIR")
    schemas = {path.name: json.loads(path.read_text("utf-8")) for path in HSDS.glob("*.json")}
    registry = Registry().with_resources((name, DRAFT202012.create_resource(schema)) for name, schema in schemas.items())
    return Draft202012Validator(schemas["location.json"], registry=registry, format_checker=FormatChecker())


@pytest.mark.parametrize("path", ["data/hsds/locations.json", "data/hsds/en/locations.json"])
def test_every_room_is_a_valid_hsds_location(site, location_validator, path):
    locations = json.loads(site.read_bytes(path))
    assert [location["name"] for location in locations] == ["Eksempel-mødelokalet", "Eksempel-salen"]
    for location in locations:
        assert [error.message for error in location_validator.iter_errors(location)] == []


def test_a_location_says_what_matters_in_the_datasets_language(site):
    da, en = (json.loads(site.read_bytes(path))[0] for path in ("data/hsds/locations.json", "data/hsds/en/locations.json"))
    assert da["id"] == en["id"] and da["addresses"][0]["postal_code"] == "6700" and da["addresses"][0]["city"] == "Esbjerg"
    assert en["url"] == f"{SITEURL}/en/rooms/eksempel-moedelokalet/"
    assert en["accessibility"][0]["description"] == "Step-free access. Accessible toilet"
    assert en["accessibility"][0]["details"] == "24 seats, 40 standing, Kitchen, Projector, Hearing loop"
    assert da["accessibility"][0]["url"] == "https://godadgang.example.org/eksempel"


def test_a_validator_that_can_fail(location_validator):
    assert list(location_validator.iter_errors({"id": "x", "location_type": "physical", "addresses": [{"id": "y"}]}))
