"""Warnings: they are printed and counted, but validation still passes (exit 0). Today is 2026-06-15."""

from __future__ import annotations

import datetime

import pytest

from vejviser.dates import months_before

from .conftest import MINIMAL

PATH = "content/associations/eksempelforeningen.yaml"

ROLES = MINIMAL + """\
volunteering:
  - id: besoegsven
    title: {da: Besøgsven}
    description: {da: Du besøger en ældre.}
    commitment: regular
    how_to_apply: {da: Skriv til os.}
    end: 2027-01-01
  - id: sommerfest
    title: {da: Hjælper til sommerfesten}
    description: {da: Du hjælper til festen.}
    commitment: event
    how_to_apply: {da: Skriv til os.}
    date: 2026-06-14
"""


def test_last_verified_more_than_a_year_ago(validate):
    result = validate(MINIMAL.replace("last_verified:", "last_verified: 2025-06-14"))
    message = (
        "advarsel: oplysningerne blev sidst bekræftet 2025-06-14, for mere end 12 måneder siden. "
        "Bed foreningen bekræfte dem, og ret last_verified"
    )
    assert (result.code, result.lines) == (0, [f"{PATH}:7:16: {message}", "0 fejl og 1 advarsel i 1 fil"])


def test_last_verified_exactly_a_year_ago_is_fine(validate):
    assert validate(MINIMAL.replace("last_verified:", "last_verified: 2025-06-15")).lines == ["Alt i orden: 1 indgang"]


def test_empty_last_verified_is_normal(validate):
    assert validate(MINIMAL).code == 0


def test_missing_last_verified_is_an_error(validate):
    result = validate(MINIMAL.replace("last_verified:\n", ""))
    assert (result.code, result.lines[0]) == (1, f"{PATH}:1:1: feltet 'last_verified' mangler")


def test_second_role_has_ended(validate):
    result = validate(ROLES)
    message = "advarsel: frivilligopgaven 'sommerfest' sluttede 2026-06-14 og vises ikke længere. Slet den, eller ret datoen"
    assert (result.code, result.lines) == (0, [f"{PATH}:20:11: {message}", "0 fejl og 1 advarsel i 1 fil"])


def test_warning_in_english(validate):
    result = validate(ROLES, "eksempelforeningen.yaml", "--lang", "en")
    message = "warning: the volunteer task 'sommerfest' ended on 2026-06-14 and is no longer shown. Delete it or correct the date"
    assert result.lines == [f"{PATH}:20:11: {message}", "0 errors and 1 warning in 1 file"]


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        ("2026-06-15", 12, "2025-06-15"),
        ("2026-03-31", 1, "2026-02-28"),
        ("2024-02-29", 12, "2023-02-28"),
        ("2026-01-10", 13, "2024-12-10"),
    ],
)
def test_months_before(day, months, expected):
    assert months_before(datetime.date.fromisoformat(day), months) == datetime.date.fromisoformat(expected)
