"""`associations.json` validates against its published schema and carries exactly what the data says."""

from __future__ import annotations

import json

from jsonschema import Draft202012Validator, FormatChecker

from vejviser.opendata.json_export import associations_json, associations_schema

from .common import SITEURL


def _document(directory, publication) -> dict:
    return json.loads(associations_json(directory, publication))


def _validator() -> Draft202012Validator:
    schema = json.loads(associations_schema())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def test_the_export_validates_against_the_published_schema(directory, publication, real_directory):
    validator = _validator()
    for source in (directory, real_directory):
        errors = [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(_document(source, publication))]
        assert errors == []


def test_the_schema_rejects_a_field_it_does_not_document(directory, publication):
    """So a new model field cannot slip into the export without being documented."""
    document = _document(directory, publication)
    document["entries"][0]["maintainers"] = ["someone"]
    assert not _validator().is_valid(document)


def test_every_entry_is_there_in_both_languages_with_its_page_urls(directory, publication):
    document = _document(directory, publication)
    assert [entry["name"] for entry in document["entries"]] == ["Eksempel Gældsrådgivning", "Eksempel-Værestedet", "Æblehaven Selvhjælp"]
    cafe = document["entries"][1]
    assert cafe["summary"] == {
        "da": "Et fiktivt værested, hvor du kan få en kop kaffe og en snak.",
        "en": "A fictional drop-in café where you can have a cup of coffee and a chat.",
    }
    assert cafe["urls"] == {"da": f"{SITEURL}/tilbud/eksempel-vaerestedet/", "en": f"{SITEURL}/en/services/eksempel-vaerestedet/"}
    assert document["vocabularies"]["needs"]["loneliness"] == {"da": "Ensomhed og fællesskab", "en": "Loneliness and community"}
    assert document["$schema"] == f"{SITEURL}/data/associations.schema.json"
    assert document["licence"]["id"] == "CC0-1.0"


def test_only_what_the_data_says(directory, publication):
    entries = {entry["slug"]: entry for entry in _document(directory, publication)["entries"]}
    debt = entries["eksempel-gaeldsraadgivning"]
    assert debt["last_verified"] is None  # not confirmed: said explicitly, never a made-up date
    assert debt["summary"] == {"da": "Fiktiv rådgivning om gæld og økonomi. Kun på dansk."}  # no English invented
    assert "anonymous" not in debt and "added" not in debt
    cafe = entries["eksempel-vaerestedet"]
    assert [role["id"] for role in cafe["volunteering"]] == ["kaffebrygger"]  # the role that ended is left out
    assert cafe["locations"][0]["opening_hours"]["exceptions"][0] == {
        "date": "2026-12-24",
        "closed": True,
        "note": {"da": "Juleaften", "en": "Christmas Eve"},
    }
    assert all("maintainers" not in entry and "source_path" not in entry for entry in entries.values())


def test_same_input_gives_the_same_bytes(directory, publication):
    assert associations_json(directory, publication) == associations_json(directory, publication)
