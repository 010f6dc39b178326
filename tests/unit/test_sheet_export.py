"""`vejviser export --xlsx` and `vejviser template --xlsx`: the spreadsheet a municipality edits, and
that it imports back without loss.

The entries here are made up. One carries every field the sheet has a column for; one has what the
sheet leaves out (volunteer roles, a second place, coordinates, a description in a Markdown file,
hand-written comments), which must survive an export, an edit in the sheet and an import.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
import yaml

from vejviser.sheets.columns import COLUMNS, CONTENT_COLUMNS, projection
from vejviser.vocabulary import load_vocabularies

from .conftest import MINIMAL, REPO, TODAY, write

EVERYTHING = """\
name: Frivilligcaféen Kompasset
alternate_names: [Kompasset, The Compass Café]
kind: volunteer-centre
summary:
  da: Café hvor frivillige hjælper med breve fra det offentlige.
  en: A café where volunteers help with letters from the authorities.
description:
  da: |
    Vi har åbent for alle.

    - Kaffe
    - Hjælp til breve
  en: Open to everyone.
get_started:
  da: [Kom forbi i åbningstiden., Tag dit brev med.]
  en: [Drop in during opening hours., Bring your letter.]
needs: [legal-advice, newcomers]
target_groups: [adults, internationals]
age: {min: 18, max: 99}
areas: [esbjerg, ribe]
attendance: [drop-in, group]
cost: {free: false, note: {da: 20 kr. for kaffe, en: DKK 20 for coffee}}
anonymous: true
languages: [da, en, ar]
referral_required: false
contact:
  phones:
    - number: "+45 75 12 34 56"
      purpose: {da: Rådgivning, en: Advice}
    - number: "1813"
  email: kontakt@kompasset.example
  website: https://kompasset.example.dk/om
locations:
  - name: Kompassets lokaler
    address: Eksempelvej 1
    postcode: "6760"
    town: ribe
    opening_hours:
      weekly:
        - days: [mon, tue, wed, thu, fri]
          opens: "09:00"
          closes: "15:30"
        - days: [sat, mon]
          opens: "10:00"
          closes: "12:00"
last_verified: "2026-05-01"
added: "2026-01-10"
maintainers: ["@kompas-frivillig"]
"""

LEFT_OUT = """\
# Håndskrevet kommentar, som skal blive stående.
name: "+Plus-klubben"
kind: association
summary:
  da: "=Sjov for unge, også når cellen starter med et lighedstegn."
needs: [volunteering]
areas: [esbjerg]
locations:
  - address: Prøvegade 2
    postcode: "6700"
    coordinates: {lat: 55.47, lon: 8.45}
    accessibility: {step_free: true}
  - address: Anden Vej 3
    postcode: "6760"
volunteering:
  - id: hjaelper
    title: {da: Hjælper}
    description: {da: Hjælp til aftenerne.}
    commitment: regular
    how_to_apply: {da: Skriv til os.}
sources:
  - title: Klubbens folder
    read: "2026-03-01"
    supports: [name, summary, address]
last_verified:
"""


@pytest.fixture
def entries(content: Path) -> Path:
    write(content, "kompasset.yaml", EVERYTHING)
    write(content, "plus-klubben.yaml", LEFT_OUT)
    (content / "associations" / "plus-klubben.da.md").write_text("Klubben holder åbent hver torsdag.\n", "utf-8")
    write(content, "eksempelforeningen.yaml", MINIMAL)
    return content


def files(content: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted((content / "associations").iterdir())}


def test_export_has_a_row_per_entry_with_danish_titles_and_a_frozen_header(entries, run):
    result = run("export", "--xlsx", "alle.xlsx")
    assert (result.code, result.out) == (0, "Skrev alle.xlsx (3 rækker)\n")
    sheet = openpyxl.load_workbook("alle.xlsx")["Foreninger"]
    titles = [cell.value for cell in sheet[1]]
    assert titles[:5] == ["Vejviser-id", "Kildens id", "Navn", "Andre navne", "Slags"]
    assert "Målgruppe" in titles and "Postnummer" in titles and "Åbningstider" in titles
    assert sheet.freeze_panes == "D2"
    row = {title: cell.value for title, cell in zip(titles, sheet[2])}  # sorted by file name: kompasset first
    assert row["Vejviser-id"] == "eksempelforeningen"
    kompasset = {title: cell.value for title, cell in zip(titles, sheet[3])}
    assert kompasset["Hjælp til"] == "Rådgivning om rettigheder; Ny i Danmark"
    assert kompasset["Telefon"] == "+45 75 12 34 56; Rådgivning; Advice\n1813"
    assert kompasset["Åbningstider"] == "man–fre 09:00–15:30\nlør, man 10:00–12:00"
    assert (kompasset["Gratis"], kompasset["Anonym"], kompasset["Alder fra"]) == ("Nej", "Ja", 18)


def test_a_cell_that_looks_like_a_formula_is_exported_as_text(entries, run):
    run("export", "--xlsx", "alle.xlsx")
    sheet = openpyxl.load_workbook("alle.xlsx")["Foreninger"]
    plus = sheet[4]
    name, summary = plus[2], plus[5]
    assert (name.value, name.data_type, name.quotePrefix) == ("+Plus-klubben", "s", True)
    assert (summary.data_type, summary.quotePrefix) == ("s", True) and summary.value.startswith("=Sjov")


def test_export_then_import_changes_nothing(entries, run):
    before = files(entries)
    run("export", "--xlsx", "alle.xlsx")
    result = run("import", "alle.xlsx", "--write")
    assert result.code == 0, result.out
    assert result.lines[-1] == "3 uændrede. Skrev 0 filer"
    assert files(entries) == before


def test_every_column_round_trips_through_a_fresh_import(entries, run, tmp_path):
    """Export, remove the entries, import the sheet: every value the sheet carries comes back."""
    vocabularies, _ = load_vocabularies(entries / "vocabularies")
    original = {path.stem: yaml.safe_load(path.read_text("utf-8")) for path in (entries / "associations").glob("*.yaml")}
    original["plus-klubben"]["description"] = {"da": "Klubben holder åbent hver torsdag."}
    for data in original.values():
        data.setdefault("added", TODAY)  # a new entry is added today, unless the sheet says when
    run("export", "--xlsx", "alle.xlsx")
    shutil.rmtree(entries / "associations")
    (entries / "associations").mkdir()
    result = run("import", "alle.xlsx", "--write")
    assert result.code == 0, result.out
    assert result.lines[-1] == "3 nye. Skrev 3 filer"
    for slug, data in original.items():
        back = yaml.safe_load((entries / "associations" / f"{slug}.yaml").read_text("utf-8"))
        assert projection(back, vocabularies) == projection(data, vocabularies), slug
    kompasset = projection(original["kompasset"], vocabularies)
    assert all(kompasset[column.key] is not None for column in CONTENT_COLUMNS), "the full entry fills every column"
    assert run("validate").code == 0


def test_an_edit_in_the_sheet_changes_that_field_and_keeps_what_the_sheet_leaves_out(entries, run):
    run("export", "--xlsx", "alle.xlsx")
    workbook = openpyxl.load_workbook("alle.xlsx")
    sheet = workbook["Foreninger"]
    titles = [cell.value for cell in sheet[1]]
    sheet.cell(row=4, column=titles.index("E-mail") + 1, value="plus@klubben.example")
    workbook.save("alle.xlsx")
    result = run("import", "alle.xlsx", "--write")
    assert "alle.xlsx:4: ændret: +Plus-klubben → content/associations/plus-klubben.yaml (E-mail)" in result.lines
    assert "alle.xlsx:4: advarsel: kommentarerne (linjer med #) inde i content/associations/plus-klubben.yaml kommer ikke med, når filen skrives igen" not in result.lines
    text = (entries / "associations" / "plus-klubben.yaml").read_text("utf-8")
    assert text.startswith("# Håndskrevet kommentar, som skal blive stående.\n")
    plus = yaml.safe_load(text)
    assert plus["contact"] == {"email": "plus@klubben.example"}
    assert plus["volunteering"][0]["id"] == "hjaelper" and len(plus["locations"]) == 2
    assert plus["locations"][0]["coordinates"] == {"lat": 55.47, "lon": 8.45} and plus["locations"][0]["accessibility"] == {"step_free": True}
    assert "description" not in plus  # still in plus-klubben.da.md
    assert plus["sources"][0]["title"] == "Klubbens folder"
    assert plus["sources"][1]["title"] == "alle.xlsx" and "email" in plus["sources"][1]["supports"]
    assert run("validate").code == 0


def test_the_english_sheet_round_trips_too(entries, run):
    before = files(entries)
    assert run("export", "--xlsx", "all.xlsx", "--lang", "en").out == "Wrote all.xlsx (3 rows)\n"
    sheet = openpyxl.load_workbook("all.xlsx")["Associations"]
    assert [cell.value for cell in sheet[1]][2:5] == ["Name", "Other names", "Kind"]
    result = run("import", "all.xlsx", "--lang", "en", "--write")
    assert result.lines[-1] == "3 unchanged. Wrote 0 files"
    assert files(entries) == before


def test_the_shipped_content_round_trips(tmp_path, monkeypatch, run):
    """Every real entry: export, import, nothing changes."""
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    monkeypatch.chdir(tmp_path)
    run("export", "--xlsx", "alle.xlsx")
    result = run("import", "alle.xlsx")
    entries = len(list((content / "associations").glob("*.yaml")))
    assert result.code == 0 and result.lines[-1] == f"{entries} uændrede. Intet at skrive", result.out


def test_the_template_has_drop_down_lists_and_notes(content, run):
    assert run("template", "--xlsx", "skabelon.xlsx").out == "Skrev skabelon.xlsx (0 rækker)\n"
    workbook = openpyxl.load_workbook("skabelon.xlsx")
    assert workbook.sheetnames == ["Foreninger", "Lister", "Om arket"]
    assert workbook["Lister"].sheet_state == "hidden"
    sheet = workbook["Foreninger"]
    assert sheet.max_row == 1 and [cell.value for cell in sheet[1]] == [column.title.da for column in COLUMNS]
    titles = [cell.value for cell in sheet[1]]
    validations = {str(validation.sqref).split(":")[0]: validation for validation in sheet.data_validations.dataValidation}
    kind = validations[f"{openpyxl.utils.get_column_letter(titles.index('Slags') + 1)}2"]
    lists = workbook["Lister"]
    column = kind.formula1.split("!")[1].split(":")[0].replace("$", "")[:-1]
    labels = [cell.value for cell in lists[column] if cell.value]
    assert labels[:2] == ["Forening", "Selvhjælpsgruppe"] and kind.showErrorMessage
    needs = validations[f"{openpyxl.utils.get_column_letter(titles.index('Hjælp til') + 1)}2"]
    assert not needs.showErrorMessage  # several needs are typed "A; B"
    notes = [cell.value for cell in workbook["Om arket"]["A"] if cell.value]
    assert any(note.startswith("Frivilligroller (volunteering)") for note in notes)


def test_the_template_filled_in_imports(content, run):
    run("template", "--xlsx", "skabelon.xlsx")
    workbook = openpyxl.load_workbook("skabelon.xlsx")
    sheet = workbook["Foreninger"]
    titles = [cell.value for cell in sheet[1]]
    values = {"Navn": "Legestuen Mariehønen", "Kort beskrivelse": "Legestue for forældre og små børn.", "Hjælp til": "Familie og forældre", "Område": "Gørding", "Telefon": "75 55 44 33"}
    for title, value in values.items():
        sheet.cell(row=2, column=titles.index(title) + 1, value=value)
    workbook.save("skabelon.xlsx")
    result = run("import", "skabelon.xlsx", "--write")
    assert result.code == 0, result.out
    assert yaml.safe_load((content / "associations" / "legestuen-mariehoenen.yaml").read_text("utf-8"))["areas"] == ["goerding"]
