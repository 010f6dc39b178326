"""`associations.csv`: one row per entry, documented columns, opens right in a Danish Excel."""

from __future__ import annotations

import csv
import io

from vejviser.opendata.csv_export import BOM, COLUMNS, associations_csv


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_utf8_with_bom_semicolons_and_crlf(directory, publication):
    data = associations_csv(directory, publication)
    assert data.startswith(BOM.encode("utf-8"))
    header = data.decode("utf-8-sig").split("\r\n", 1)[0]
    assert header == ";".join(column.name for column in COLUMNS)


def test_one_row_per_entry_with_the_documented_columns(directory, publication, real_directory):
    for source in (directory, real_directory):
        rows = _rows(associations_csv(source, publication))
        assert [row["slug"] for row in rows] == [entry.slug for entry in source.entries]
        assert all(list(row) == [column.name for column in COLUMNS] for row in rows)


def test_every_column_is_documented_in_danish_and_english():
    names = [column.name for column in COLUMNS]
    assert len(names) == len(set(names))
    assert all(column.description.da and column.description.en for column in COLUMNS)


def test_values_round_trip(directory, publication):
    rows = {row["slug"]: row for row in _rows(associations_csv(directory, publication))}
    cafe = rows["eksempel-vaerestedet"]
    assert cafe["name"] == "Eksempel-Værestedet"
    assert cafe["needs"] == "loneliness | mental-health"
    assert cafe["free"] == "true" and cafe["anonymous"] == "true" and cafe["referral_required"] == "false"
    assert cafe["addresses"] == "Eksempelhuset, Eksempelvej 1, 6700 Esbjerg | 6760 Ribe"
    assert cafe["volunteer_roles"] == "Kaffebrygger"  # the ended role is not listed
    assert cafe["description_da"] == "Værestedet er **åbent** for alle voksne.\n\nDu behøver ikke at melde dig til."  # no stray line break
    assert cafe["url_en"].endswith("/en/services/eksempel-vaerestedet/")
    debt = rows["eksempel-gaeldsraadgivning"]
    assert (debt["last_verified"], debt["summary_en"], debt["anonymous"]) == ("", "", "")


def test_cells_that_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe(directory, publication):
    rows = {row["slug"]: row for row in _rows(associations_csv(directory, publication))}
    assert rows["eksempel-vaerestedet"]["phones"] == "'+45 75 12 34 56 (Værestedet) | 75 65 43 21"
    assert rows["aeblehaven"]["description_da"] == "'- Vi mødes hver anden uge.\n- Kaffen er gratis."
