"""The open data says where each entry's facts come from: `sources` in associations.json, a column in the CSV."""

from __future__ import annotations

import csv
import io
import json

from vejviser.opendata.csv_export import BOM, DELIMITER, associations_csv
from vejviser.opendata.json_export import associations_json


def test_json_carries_each_source_with_the_facts_it_supports(directory, publication):
    entries = {entry["urls"]["da"].rstrip("/").rpartition("/")[2]: entry for entry in json.loads(associations_json(directory, publication))["entries"]}
    assert entries["eksempel-vaerestedet"]["sources"] == [
        {"read": "2026-11-20", "supports": ["phones", "address", "email"], "url": "https://example.org/vaerestedet/kontakt"},
        {"read": "2026-11-01", "supports": ["opening_hours", "cost"], "title": "Værestedets folder", "page_date": "2026-09-01"},
    ]
    assert "sources" not in entries["aeblehaven"]


def test_csv_has_a_sources_column(directory, publication):
    text = associations_csv(directory, publication).decode("utf-8").removeprefix(BOM)
    rows = {row["slug"]: row for row in csv.DictReader(io.StringIO(text), delimiter=DELIMITER)}
    assert rows["eksempel-vaerestedet"]["sources"] == (
        "https://example.org/vaerestedet/kontakt (2026-11-20: phones, address, email) | Værestedets folder (2026-11-01: opening_hours, cost)"
    )
    assert rows["aeblehaven"]["sources"] == ""
