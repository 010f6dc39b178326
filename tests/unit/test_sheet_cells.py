"""One cell read the Danish way, and written so that it reads back the same."""

from __future__ import annotations

import datetime

import pytest

from vejviser.sheets import cells
from vejviser.vocabulary import load_vocabularies

from .conftest import REPO

VOCABULARIES, _ = load_vocabularies(REPO / "content" / "vocabularies")


@pytest.mark.parametrize(
    "cell, number",
    [(75123456.0, "75 12 34 56"), (75123456, "75 12 34 56"), (4575123456, "+45 75 12 34 56"), ("75123456.0", "75 12 34 56"), ("75 12 34 56", "75 12 34 56"), ("+45 75123456", "+45 75123456"), (112, "112")],
)
def test_phone_numbers_stored_as_numbers_get_their_spaces_back(cell, number):
    assert cells.Phones().read(cell, VOCABULARIES) == [{"number": number}]


@pytest.mark.parametrize(
    "cell, hours",
    [
        ("man–fre 09:00–15:30", [{"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "15:30"}]),
        ("Man-fre 9-15", [{"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "15:00"}]),
        ("tirsdag og torsdag kl. 18.30-21", [{"days": ["tue", "thu"], "opens": "18:30", "closes": "21:00"}]),
        ("Mon, Wed 10:00 - 12:00\nsat 10-12", [{"days": ["mon", "wed"], "opens": "10:00", "closes": "12:00"}, {"days": ["sat"], "opens": "10:00", "closes": "12:00"}]),
    ],
)
def test_opening_hours_as_people_write_them(cell, hours):
    assert cells.WeeklyHours().read(cell, VOCABULARIES) == hours


@pytest.mark.parametrize("cell", ["hver anden tirsdag", "man–fre", "fre–man 9-15"])
def test_opening_hours_that_cannot_be_read_say_how_to_write_them(cell):
    with pytest.raises(cells.CellProblem) as problem:
        cells.WeeklyHours().read(cell, VOCABULARIES)
    assert problem.value.code == "sheet-hours"


@pytest.mark.parametrize("cell, value", [("Ja", True), ("nej", False), ("JA ", True), ("x", True), (True, True), (0, False), ("Yes", True), (None, None), ("", None)])
def test_yes_and_no(cell, value):
    assert cells.YesNo().read(cell, VOCABULARIES) == value


def test_terms_by_label_or_id_in_either_language_separated_by_semicolons_or_commas():
    needs = cells.Terms("needs")
    assert needs.read("Mad, tøj og det basale; grief", VOCABULARIES) == ["food-and-basics", "grief"]
    assert needs.read("Ensomhed og fællesskab, Sorg og tab", VOCABULARIES) == ["loneliness", "grief"]
    assert needs.read("Loneliness and community\nDebt and money", VOCABULARIES) == ["loneliness", "debt"]
    assert needs.read("Ensomhed", VOCABULARIES) == ["Ensomhed"]  # unknown: left for the validator to explain


def test_dates_in_the_danish_order_and_as_spreadsheet_dates():
    assert cells.Date().read("15-06-2026", VOCABULARIES) == "2026-06-15"
    assert cells.Date().read(datetime.datetime(2026, 6, 15), VOCABULARIES) == "2026-06-15"
    with pytest.raises(cells.CellProblem):
        cells.Date().read("31.02.2026", VOCABULARIES)


@pytest.mark.parametrize("codec, value", [
    (cells.Phones(), [{"number": "+45 75 12 34 56", "purpose": {"da": "Rådgivning", "en": "Advice"}}, {"number": "1813"}]),
    (cells.WeeklyHours(), [{"days": ["sat", "mon"], "opens": "10:00", "closes": "12:00"}, {"days": ["mon", "tue", "wed"], "opens": "09:00", "closes": "17:00"}]),
    (cells.Terms("needs"), ["food-and-basics", "loneliness"]),
    (cells.Paragraphs(), "Første afsnit.\n\n- et punkt\n- et andet"),
    (cells.Lines(), ["Kom forbi.", "Tag dit brev med."]),
])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_what_is_written_reads_back_the_same(codec, value, lang):
    assert codec.read(codec.write(value, VOCABULARIES, lang), VOCABULARIES) == value


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_word_the_report_and_the_notes_compose_exists(lang):
    """Codes made at run time (`sheet-status-new`, `sheet-count-new-one`, a column's help …), which
    the message tests cannot find in the source."""
    from vejviser.problems import render_message
    from vejviser.sheets.columns import COLUMNS
    from vejviser.sheets.report import STATUSES

    codes = [f"sheet-status-{status}" for status in STATUSES]
    codes += [f"sheet-count-{status}-{number}" for status in STATUSES for number in ("one", "other")]
    codes += [f"sheet-{what}-{number}" for what in ("written", "dry-run") for number in ("one", "other")]
    codes += ["sheet-help-vejviser-id", "sheet-help-source-id"]
    for code in codes:
        assert render_message(code, {"count": 2}, lang)
    for column in COLUMNS:
        code, params = column.codec.help()
        assert render_message(code, params, lang)
