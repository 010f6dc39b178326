"""`vejviser import organizations.json`: an Open Referral HSDS 3.0 file goes through the same import.

The file here is Vejviser's own HSDS export of a made-up entry (what another directory built on
Vejviser publishes), and a small hand-written one shaped as other HSDS publishers write it.
"""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import yaml

from vejviser.content import load_directory
from vejviser.opendata.hsds import organizations_json
from vejviser.opendata.publication import Publication
from vejviser.sheets.columns import projection
from vejviser.sheets.hsds_reader import KEYS
from vejviser.vocabulary import load_vocabularies

from .conftest import write
from .test_sheet_export import EVERYTHING
from .test_sheet_import import rows_of


def test_vejvisers_own_hsds_export_imports_back(content, run):
    write(content, "kompasset.yaml", EVERYTHING)
    directory = load_directory(content)
    Path("organizations.json").write_bytes(organizations_json(directory, Publication("https://vejviser.example.dk", datetime.date(2026, 6, 15)), "da"))
    original = yaml.safe_load((content / "associations" / "kompasset.yaml").read_text("utf-8"))
    shutil.rmtree(content / "associations")
    (content / "associations").mkdir()
    result = run("import", "organizations.json", "--write")
    assert result.code == 0, result.out
    assert result.lines[-2] == "organizations.json:1: ny: Frivilligcaféen Kompasset → content/associations/frivilligcafeen-kompasset.yaml"
    back = yaml.safe_load((content / "associations" / "frivilligcafeen-kompasset.yaml").read_text("utf-8"))
    vocabularies, _ = load_vocabularies(content / "vocabularies")
    before, after = projection(original, vocabularies), projection(back, vocabularies)
    carried = [key for key in KEYS if key not in ("source_id", "phones")]
    assert {key: after[key] for key in carried} == {key: before[key] for key in carried}
    assert [phone["number"] for phone in after["phones"]] == ["+45 75 12 34 56", "1813"]
    assert after["phones"][0]["purpose"] == {"da": "Rådgivning"}  # HSDS has one language per file
    again = run("import", "organizations.json")
    assert again.lines[-1] == "1 uændret. Intet at skrive"


def test_a_hand_written_hsds_file_with_a_problem_names_the_service_and_field(content, run):
    services = [
        {
            "id": "a3c1f1d2-0000-4000-8000-000000000001",
            "name": "Naboskabsnetværket Havtornen",
            "description": "Naboer hjælper hinanden med indkøb og følgeskab.",
            "email": "havtornen@",
            "organization_id": "org-1",
            "service_areas": [{"name": "Tjæreborg"}],
            "phones": [{"number": "75 22 33 44"}],
            "service_at_locations": [
                {"schedules": [{"byday": "TU,TH", "opens_at": "10:00:00", "closes_at": "12:00:00"}], "location": {"addresses": [{"address_1": "Eksempelgade 9", "postal_code": "6731", "city": "Tjæreborg"}]}}
            ],
        }
    ]
    Path("services.json").write_text(json.dumps(services), "utf-8")
    Path("mapping.yaml").write_text("defaults:\n  needs: Ensomhed og fællesskab\n", "utf-8")
    result = run("import", "services.json", "--mapping", "mapping.yaml", "--lang", "en")
    report = rows_of(result.out)
    assert report["services.json:1"] == ["invalid, not written: Naboskabsnetværket Havtornen"]
    assert report["services.json:1:E-mail"] == ["'havtornen@' is not a valid e-mail address. Write e.g. contact@association.dk"]
    assert result.code == 1
    fixed = [{**services[0], "email": "havtornen@example.dk"}]
    Path("services.json").write_text(json.dumps(fixed), "utf-8")
    assert run("import", "services.json", "--mapping", "mapping.yaml", "--write").code == 0
    havtornen = yaml.safe_load((content / "associations" / "naboskabsnetvaerket-havtornen.yaml").read_text("utf-8"))
    assert havtornen["locations"] == [{"address": "Eksempelgade 9", "postcode": "6731", "town": "tjaereborg", "opening_hours": {"weekly": [{"days": ["tue", "thu"], "opens": "10:00", "closes": "12:00"}]}}]
    assert havtornen["imported"]["id"] == "a3c1f1d2-0000-4000-8000-000000000001" and havtornen["areas"] == ["tjaereborg"]


def test_a_broken_json_file_is_refused(content, run):
    Path("organizations.json").write_text("[" * 100_000, "utf-8")
    result = run("import", "organizations.json")
    assert result.code == 1 and result.out.startswith("organizations.json: filen er ikke gyldig JSON (")
