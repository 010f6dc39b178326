"""The HSDS 3.0 export validates against the official schemas and keeps its ids from build to build."""

from __future__ import annotations

import datetime
import json
import uuid
from dataclasses import replace

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from vejviser.history import Change, History
from vejviser.opendata.hsds import NAMESPACE, organization_id, organizations, organizations_json, stable_id

from .common import load_fixture_directory, read_schema


@pytest.fixture(scope="module")
def organization_validator(hsds_schema_dir):
    schema = read_schema(hsds_schema_dir / "compiled" / "organization.json")
    return Draft202012Validator(schema, format_checker=FormatChecker())


@pytest.fixture(scope="module")
def service_validator(hsds_schema_dir):
    schema = read_schema(hsds_schema_dir / "compiled" / "service.json")
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _errors(validator, instance) -> list[str]:
    return [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(instance)]


def _all_ids(value, found=None) -> list[str]:
    """Every `id` in a nested HSDS object, except shared taxonomy terms (one term, many services)."""
    found = [] if found is None else found
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "id":
                found.append(item)
            elif key != "taxonomy_term":
                _all_ids(item, found)
    elif isinstance(value, list):
        for item in value:
            _all_ids(item, found)
    return found


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_organization_and_service_validates_against_the_official_schemas(directory, publication, organization_validator, service_validator, lang):
    orgs = json.loads(organizations_json(directory, publication, lang))
    assert len(orgs) == len(directory.entries)
    for org in orgs:
        assert _errors(organization_validator, org) == []
        for service in org["services"]:
            assert _errors(service_validator, service) == []


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_sites_real_content_validates_against_the_official_schemas(real_directory, publication, organization_validator, lang):
    orgs = json.loads(organizations_json(real_directory, publication, lang))
    assert len(orgs) == len(real_directory.entries) > 0
    for org in orgs:
        assert _errors(organization_validator, org) == [], org["name"]


def test_the_validator_really_checks_formats(directory, publication, organization_validator):
    """Guard against a validator that accepts anything: a broken id and a bad enum are caught."""
    org = organizations(directory, publication, "da")[0]
    org["id"] = "not-a-uuid"
    org["services"][0]["status"] = "open"
    messages = " ".join(_errors(organization_validator, org))
    assert "not-a-uuid" in messages and "'open'" in messages


@pytest.mark.parametrize("path", [("livslinien", "organization"), ("x", "location", 0, "schedule", 3), ("taxonomy", "needs", "grief"), ("æøå",)])
def test_stable_ids_are_exactly_uuid5_of_the_namespace_and_the_path(path):
    assert stable_id(*path) == str(uuid.uuid5(NAMESPACE, "/".join(map(str, path))))


def test_ids_are_uuids_and_unique_within_the_dataset(directory, publication):
    ids = _all_ids(organizations(directory, publication, "da"))
    assert len(ids) == len(set(ids)) > 20
    assert all(uuid.UUID(value).version == 5 for value in ids)


def test_the_same_entries_get_the_same_ids_and_bytes_in_a_second_build(directory, publication, tmp_path):
    again = load_fixture_directory(tmp_path / "again")
    for lang in ("da", "en"):
        assert organizations_json(directory, publication, lang) == organizations_json(again, publication, lang)


def test_ids_are_the_same_in_both_languages_and_do_not_depend_on_other_entries(directory, publication, real_directory):
    da, en = organizations(directory, publication, "da"), organizations(directory, publication, "en")
    assert _all_ids(da) == _all_ids(en)
    # The same slug in another directory (other entries around it) keeps its organization id.
    livslinien = [org["id"] for org in organizations(real_directory, publication, "da") if org["name"] == "Livslinien"]
    assert livslinien == [organization_id("livslinien")]


def _by_name(orgs, name):
    return next(org for org in orgs if org["name"] == name)


def test_the_cafe_maps_to_hsds_as_the_entry_says(directory, publication):
    org = _by_name(organizations(directory, publication, "da"), "Eksempel-Værestedet")
    service = org["services"][0]
    assert service["assured_date"] == "2026-10-01"
    assert service["minimum_age"] == 18 and "maximum_age" not in service
    assert [phone["number"] for phone in service["phones"]] == ["+45 75 12 34 56", "75 65 43 21"]
    assert service["phones"][0]["description"] == "Værestedet"
    assert {language["code"] for language in service["languages"]} == {"da", "en"}
    assert [area["name"] for area in service["service_areas"]] == ["Esbjerg", "Ribe"]
    assert service["fees_description"] == "Gratis"
    assert service["application_process"] == "1. Kom forbi i åbningstiden.\n2. Sig hej til en frivillig."
    needs = {attribute["taxonomy_term"]["code"] for attribute in service["attributes"] if attribute["taxonomy_term"]["taxonomy"].endswith("/needs")}
    assert needs == {"loneliness", "mental-health"}

    first, second = service["service_at_locations"]
    address = first["location"]["addresses"][0]
    assert (address["address_1"], address["postal_code"], address["city"], address["country"]) == ("Eksempelvej 1", "6700", "Esbjerg", "DK")
    assert first["location"]["latitude"] == 55.4765
    assert first["location"]["accessibility"][0]["description"] == "Adgang uden trin. Intet handicaptoilet. Teleslynge"
    assert first["location"]["accessibility"][0]["details"] == "Rampe ved bagindgangen."
    weekly = [s for s in first["schedules"] if s.get("freq") == "WEEKLY"]
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in weekly] == [("MO,WE", "10:00", "14:00"), ("FR", "17:00", "21:00")]
    assert weekly[0]["notes"] == "Lukket i skolernes sommerferie."
    christmas = next(s for s in first["schedules"] if s.get("valid_from") == "2026-12-24")
    assert christmas["valid_to"] == "2026-12-24" and "opens_at" not in christmas
    assert christmas["description"] == "Lukket: Juleaften"
    new_year = next(s for s in first["schedules"] if s.get("valid_from") == "2026-12-31")
    assert (new_year["opens_at"], new_year["closes_at"]) == ("10:00", "12:00")
    # The second location only has a postcode: no street, no schedule, no accessibility invented.
    assert second["location"]["addresses"][0]["address_1"] == ""
    assert second["location"]["addresses"][0]["city"] == "Ribe"
    assert "schedules" not in second and "accessibility" not in second["location"]


def test_an_unconfirmed_entry_has_no_assured_date(directory, publication):
    service = _by_name(organizations(directory, publication, "da"), "Eksempel Gældsrådgivning")["services"][0]
    assert "assured_date" not in service
    assert service["eligibility_description"] == "Voksne, Familier. Du skal have en henvisning"
    assert service["fees_description"] == "Første samtale er gratis."


def test_the_english_dataset_uses_english_where_the_entry_has_it_and_danish_otherwise(directory, publication):
    orgs = organizations(directory, publication, "en")
    cafe = _by_name(orgs, "Eksempel-Værestedet")
    assert cafe["description"].startswith("A fictional drop-in café")
    assert cafe["services"][0]["service_areas"][0]["name"] == "Esbjerg"
    assert cafe["services"][0]["attributes"][0]["taxonomy_term"]["language"] == "en"
    weekly = cafe["services"][0]["service_at_locations"][0]["schedules"][0]
    assert weekly["description"] == "Monday, Wednesday 10:00–14:00 (Danish time)"
    debt = _by_name(orgs, "Eksempel Gældsrådgivning")
    assert debt["description"] == "Fiktiv rådgivning om gæld og økonomi. Kun på dansk."
    assert debt["services"][0]["eligibility_description"] == "Adults, Families. You need a referral"


def test_a_schedule_that_is_only_a_note_is_kept(directory, publication):
    org = _by_name(organizations(directory, publication, "en"), "Æblehaven Selvhjælp")
    (schedule,) = org["services"][0]["service_at_locations"][0]["schedules"]
    assert schedule["description"] == "By appointment." and "freq" not in schedule


def test_the_change_log_from_git_is_hsds_metadata(directory, publication, service_validator):
    """Added in January, phone changed in March: a "create" and an "update" with the values, by the
    site's editors (no person named), and the service's last_modified."""
    changes = (
        Change(datetime.date(2026, 3, 3), (("phones", [{"number": "88 88 88 01"}], [{"number": "88 88 88 02"}]),)),
        Change(datetime.date(2026, 1, 10)),
    )
    slug = directory.entries[0].slug
    orgs = json.loads(organizations_json(replace(directory, history={slug: History(changes)}), publication, "da"))
    (service,) = next(org for org in orgs if org["id"] == organization_id(slug))["services"]
    assert _errors(service_validator, service) == []
    assert service["last_modified"] == "2026-03-03T00:00:00+01:00"
    assert [(record["last_action_type"], record["field_name"], record["last_action_date"]) for record in service["metadata"]] == [
        ("update", "phones", "2026-03-03"),
        ("create", "", "2026-01-10"),
    ]
    update = service["metadata"][0]
    assert (update["previous_value"], update["replacement_value"]) == ('[{"number":"88 88 88 01"}]', '[{"number":"88 88 88 02"}]')
    assert update["resource_id"] == service["id"] and update["updated_by"] == publication.name
    assert all("metadata" not in org["services"][0] for org in orgs if org["id"] != organization_id(slug))
