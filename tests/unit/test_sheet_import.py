"""`vejviser import`: a municipality's messy list becomes entry files, row by row, as reported.

The list is built here with openpyxl the way such lists look: a title row above the header, Danish
column titles (one the import does not know), a town merged over three rows, "Ja"/"nej", phone
numbers stored as numbers, a trailing space, an empty row, an invalid e-mail address, the same
association twice, and one that is already in the directory under another name. All associations are
made up.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
import yaml

from .conftest import MINIMAL, REPO, TODAY_EPOCH, write

HEADER = ["Nr.", "Navn", "Beskrivelse", "Hjælp til", "Målgruppe", "Telefon", "E-mail", "Hjemmeside", "Postnummer", "Gratis", "Anonym", "Intern bemærkning"]
ROWS = [
    ["K-1", "Sorggruppen Lyset ", "Vi mødes og taler om at miste.", "Sorg og tab", "Voksne", 75123456.0, "lyset@example.dk", "https://lyset.example.dk", 6700, "Ja", "nej", "ring først"],
    ["K-2", "Strikkecaféen Maskerne", "Fællesskab om strikketøj for ensomme.", "Ensomhed og fællesskab", "Ældre", 4576543210, "maskerne@", None, 6760, "ja", "Nej", None],
    [None, None, None, None, None, None, None, None, None, None, None, None],
    ["K-3", "Lektiecaféen Bogorm", "Hjælp til lektier for børn og unge.", "Ny i Danmark; Familie og børn", "Børn", "20304050", None, None, 6760, "Ja", None, None],
    ["K-4", "Sorggruppen Lyset", "Samme gruppe, skrevet to gange.", "Sorg og tab", "Voksne", 75123456, None, None, 6700, "Ja", None, None],
    ["K-5", "Besøgstjenesten Nabohjælp", "Besøgsvenner til ældre.", "Ensomhed og fællesskab", "Ældre", 75998877, None, None, 6700, "Ja", None, None],
]
EXISTING = MINIMAL.replace("Eksempelforeningen", "Nabohjælpens Besøgstjeneste") + "contact:\n  phones:\n    - number: \"75 99 88 77\"\n"


def messy_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Foreningsliste"
    sheet.append(["Frivillige sociale foreninger – udtræk fra kommunens system"])
    sheet.merge_cells("A1:F1")  # a title over the header
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    sheet["I4"] = "6760"
    sheet.merge_cells("I4:I6")  # "6760" written once for three rows (the empty one among them)
    workbook.save(path)
    return path


def vejviser(*arguments: str, cwd: Path) -> subprocess.CompletedProcess:
    """The installed command, in its own process, as a municipality's editor runs it."""
    environment = {**os.environ, "SOURCE_DATE_EPOCH": TODAY_EPOCH}
    environment.pop("VEJVISER_DEBUG", None)
    script = Path(sys.executable).with_name("vejviser")
    return subprocess.run([str(script), *arguments], cwd=cwd, capture_output=True, text=True, env=environment, check=False)


def entry(content: Path, slug: str) -> dict:
    return yaml.safe_load((content / "associations" / f"{slug}.yaml").read_text("utf-8"))


def rows_of(report: str) -> dict[str, list[str]]:
    """The report's lines by where they are ("liste.xlsx:7" and "liste.xlsx:7:E"), without the row's name."""
    lines: dict[str, list[str]] = {}
    for line in report.splitlines()[:-1]:
        where, _, message = line.partition(": ")
        lines.setdefault(where, []).append(message)
    return lines


def test_the_dry_run_reports_every_row_at_its_cells_and_writes_nothing(content):
    write(content, "nabohjaelpens-besoegstjeneste.yaml", EXISTING)
    messy_workbook(content.parent / "liste.xlsx")
    result = vejviser("import", "liste.xlsx", cwd=content.parent)
    assert (result.returncode, result.stderr) == (1, "")  # a row is invalid
    report = rows_of(result.stdout)
    assert report["liste.xlsx:2:L"] == ["advarsel: kolonnen »Intern bemærkning« kendes ikke og læses ikke. Giv den et kendt navn, eller sig i en --mapping-fil, hvilket felt den er"]
    assert report["liste.xlsx:3"] == ["ny: Sorggruppen Lyset → content/associations/sorggruppen-lyset.yaml"]  # the trailing space is gone
    assert report["liste.xlsx:4"] == ["ugyldig, ikke skrevet: Strikkecaféen Maskerne"]
    assert report["liste.xlsx:4:G"] == ["'maskerne@' er ikke en gyldig e-mailadresse. Skriv fx kontakt@forening.dk"]
    assert "liste.xlsx:5" not in report  # the empty row, although the merged postcode spans it
    assert report["liste.xlsx:6"] == ["ugyldig, ikke skrevet: Lektiecaféen Bogorm"]
    assert report["liste.xlsx:6:D"] == ["'Familie og børn' står ikke på listen i »Hjælp til«. Mente du »Familie og forældre«? Vælg fra rullelisten i skabelonen (vejviser template)"]
    assert report["liste.xlsx:7:B"] == ["rækken er den samme indgang som række 3 (samme id eller navn). Slet den ene række, eller giv dem hver sit navn"]
    assert report["liste.xlsx:8"] == ["ny: Besøgstjenesten Nabohjælp → content/associations/besoegstjenesten-nabohjaelp.yaml"]
    assert report["liste.xlsx:8:F"][0].startswith("advarsel: ligner en dublet af content/associations/nabohjaelpens-besoegstjeneste.yaml (samme telefonnummer: 75 99 88 77)")
    assert not [where for where in report if where.startswith(("liste.xlsx:3:", "liste.xlsx:4:F", "liste.xlsx:4:J", "liste.xlsx:4:K"))]  # numbers and Ja/nej were understood
    assert result.stdout.splitlines()[-1] == "2 nye, 3 ugyldige. Prøvekørsel: intet er skrevet. Kør igen med --write for at skrive 2 filer"
    assert sorted(path.name for path in (content / "associations").iterdir()) == ["nabohjaelpens-besoegstjeneste.yaml"]


def test_the_report_in_english(content):
    messy_workbook(content.parent / "liste.xlsx")
    result = vejviser("import", "liste.xlsx", "--lang", "en", cwd=content.parent)
    report = rows_of(result.stdout)
    assert report["liste.xlsx:4:G"] == ["'maskerne@' is not a valid e-mail address. Write e.g. contact@association.dk"]
    assert report["liste.xlsx:7:B"] == ["the row is the same entry as row 3 (same id or name). Delete one of the rows, or give each its own name"]
    assert result.stdout.splitlines()[-1] == "2 new, 3 invalid. Dry run: nothing was written. Run again with --write to write 2 files"


def test_only_valid_rows_are_written_normalised_and_they_validate(content, run):
    messy_workbook(content.parent / "liste.xlsx")
    result = run("import", "liste.xlsx", "--write")
    assert result.code == 1 and result.lines[-1] == "2 nye, 3 ugyldige. Skrev 2 filer"
    written = sorted(path.name for path in (content / "associations").iterdir())
    assert written == ["besoegstjenesten-nabohjaelp.yaml", "sorggruppen-lyset.yaml"]
    lyset = entry(content, "sorggruppen-lyset")
    assert lyset["name"] == "Sorggruppen Lyset"
    assert lyset["contact"] == {"phones": [{"number": "75 12 34 56"}], "email": "lyset@example.dk", "website": "https://lyset.example.dk"}
    assert (lyset["cost"], lyset["anonymous"]) == ({"free": True}, False)
    assert lyset["locations"] == [{"postcode": "6700"}] and lyset["areas"] == ["esbjerg"]  # the town of the postcode
    assert (lyset["needs"], lyset["target_groups"], lyset["kind"]) == (["grief"], ["adults"], "association")
    assert lyset["imported"]["id"] == "K-1" and lyset["last_verified"] is None
    assert lyset["sources"] == [{"title": "liste.xlsx", "read": "2026-06-15", "supports": ["address", "anonymous", "cost", "email", "name", "needs", "phones", "summary", "target_groups", "website"]}]
    assert run("validate").code == 0


def test_a_second_import_changes_nothing(content, run):
    sheet = messy_workbook(content.parent / "liste.xlsx")
    run("import", "liste.xlsx", "--write")
    before = {path.name: path.read_bytes() for path in (content / "associations").iterdir()}
    again = run("import", str(sheet), "--write")
    assert rows_of(again.out)["liste.xlsx:3"] == ["uændret: Sorggruppen Lyset → content/associations/sorggruppen-lyset.yaml"]
    assert again.lines[-1] == "2 uændrede, 3 ugyldige. Skrev 0 filer"
    assert {path.name: path.read_bytes() for path in (content / "associations").iterdir()} == before


def test_the_lists_own_id_makes_a_second_import_update_the_entry(content, run):
    sheet = messy_workbook(content.parent / "liste.xlsx")
    run("import", "liste.xlsx", "--write")
    workbook = openpyxl.load_workbook(sheet)
    workbook.active["B3"] = "Sorggruppen Lyset i Esbjerg"  # renamed in the municipality's system
    workbook.active["F3"] = "75 12 34 99"
    workbook.save(sheet)
    result = run("import", "liste.xlsx", "--write")
    assert rows_of(result.out)["liste.xlsx:3"] == ["ændret: Sorggruppen Lyset i Esbjerg → content/associations/sorggruppen-lyset.yaml (Navn, Telefon)"]
    lyset = entry(content, "sorggruppen-lyset")
    assert lyset["name"] == "Sorggruppen Lyset i Esbjerg" and lyset["contact"]["phones"] == [{"number": "75 12 34 99"}]
    assert not (content / "associations" / "sorggruppen-lyset-i-esbjerg.yaml").exists()


def test_an_entry_edited_by_hand_is_not_overwritten_without_saying_so(content, run):
    sheet = messy_workbook(content.parent / "liste.xlsx")
    run("import", "liste.xlsx", "--write")
    path = content / "associations" / "sorggruppen-lyset.yaml"
    path.write_text(path.read_text("utf-8").replace("lyset@example.dk", "kontakt@lyset.example.dk"), "utf-8")  # an editor's fix
    edited = path.read_bytes()
    workbook = openpyxl.load_workbook(sheet)
    workbook.active["F3"] = "75 12 34 99"  # the list changes the phone; its e-mail is still the old one
    workbook.save(sheet)
    result = run("import", "liste.xlsx", "--write")
    report = rows_of(result.out)
    assert report["liste.xlsx:3"] == [
        "rettet i hånden, ikke overskrevet: Sorggruppen Lyset → content/associations/sorggruppen-lyset.yaml (Telefon, E-mail)",
        "advarsel: content/associations/sorggruppen-lyset.yaml er rettet i hånden siden sidste import, så rækken skrives ikke. "
        "Se ændringerne i filen; skal regnearkets værdier alligevel bruges, så kør igen med --overwrite-edited",
    ]
    assert result.code == 1 and path.read_bytes() == edited
    forced = run("import", "liste.xlsx", "--write", "--overwrite-edited")
    assert rows_of(forced.out)["liste.xlsx:3"][0].startswith("ændret: Sorggruppen Lyset"), forced.out
    assert entry(content, "sorggruppen-lyset")["contact"]["email"] == "lyset@example.dk"


def test_a_field_the_list_does_not_have_can_be_edited_freely(content, run):
    sheet = messy_workbook(content.parent / "liste.xlsx")
    run("import", "liste.xlsx", "--write")
    path = content / "associations" / "sorggruppen-lyset.yaml"
    path.write_text(path.read_text("utf-8") + "description:\n  da: Gruppen mødes hver anden tirsdag.\n", "utf-8")
    workbook = openpyxl.load_workbook(sheet)
    workbook.active["F3"] = "75 12 34 99"
    workbook.save(sheet)
    result = run("import", "liste.xlsx", "--write")
    assert rows_of(result.out)["liste.xlsx:3"] == ["ændret: Sorggruppen Lyset → content/associations/sorggruppen-lyset.yaml (Telefon)"]
    assert entry(content, "sorggruppen-lyset")["description"] == {"da": "Gruppen mødes hver anden tirsdag."}


def test_a_mapping_file_names_other_columns_and_gives_defaults(content, run):
    workbook = openpyxl.Workbook()
    workbook.active.append(["Forening", "Tlf. (dagtid)", "Kort om tilbuddet", "Kategori"])
    workbook.active.append(["Madfællesskabet Gryden", 75111213, "Vi spiser sammen hver fredag.", "Mad, tøj og det basale"])
    workbook.save("madliste.xlsx")
    Path("mapping.yaml").write_text(
        'columns:\n  "Tlf. (dagtid)": phones\n  Kort om tilbuddet: summary_da\n  Kategori: needs\n'
        "defaults:\n  areas: Hele Esbjerg Kommune\n  kind: Selvhjælpsgruppe\nsource: Kommunens foreningsliste 2026\n",
        "utf-8",
    )
    result = run("import", "madliste.xlsx", "--mapping", "mapping.yaml", "--write")
    assert result.code == 0, result.out
    gryden = entry(content, "madfaellesskabet-gryden")
    assert gryden["contact"]["phones"] == [{"number": "75 11 12 13"}]
    assert (gryden["areas"], gryden["kind"], gryden["needs"]) == (["esbjerg-kommune"], "self-help-group", ["food-and-basics"])
    assert gryden["sources"][0]["title"] == "Kommunens foreningsliste 2026"


def test_a_mistake_in_the_mapping_file_is_shown_at_its_line(content, run):
    Path("mapping.yaml").write_text('columns:\n  "Tlf.": telefon\n', "utf-8")
    messy_workbook(Path("liste.xlsx"))
    result = run("import", "liste.xlsx", "--mapping", "mapping.yaml")
    assert result.code == 1
    assert result.lines[0].startswith("mapping.yaml:2:11: 'telefon' er ikke et felt, en kolonne kan være. Brug en af: vejviser_id, source_id, name,")


def _csv(rows: list[list[str]], separator: str) -> str:
    return "\r\n".join(separator.join(row) for row in rows) + "\r\n"


CSV_ROWS = [
    ["Navn", "Kort beskrivelse", "Hjælp til", "Område", "Telefon", "Gratis"],
    ["Cykelværkstedet Egerne", "Frivillige reparerer cykler for nytilkomne.", "Ny i Danmark", "Ribe", "75 44 33 22", "Ja"],
    ["Skakklubben Løberen", "Skak og kaffe for ældre, også for begyndere.", "Ensomhed og fællesskab", "Bramming", "4575332211", "nej"],
]


def test_csv_as_danish_excel_writes_it_semicolons_and_windows_1252(content, run):
    Path("liste.csv").write_bytes(_csv(CSV_ROWS, ";").encode("cp1252"))
    result = run("import", "liste.csv", "--write")
    assert result.code == 0, result.out
    assert entry(content, "cykelvaerkstedet-egerne")["needs"] == ["newcomers"]
    loeberen = entry(content, "skakklubben-loeberen")
    assert (loeberen["name"], loeberen["contact"]["phones"], loeberen["cost"]) == ("Skakklubben Løberen", [{"number": "+45 75 33 22 11"}], {"free": False})


@pytest.mark.parametrize("separator", [";", ","])
def test_csv_in_utf8_with_a_byte_order_mark_exits_0_when_every_row_is_valid(content, separator):
    rows = [[f'"{cell}"' for cell in row] for row in CSV_ROWS]
    (content.parent / "liste.csv").write_bytes(_csv(rows, separator).encode("utf-8-sig"))
    result = vejviser("import", "liste.csv", "--write", cwd=content.parent)
    assert (result.returncode, result.stderr) == (0, ""), result.stdout
    assert rows_of(result.stdout)["liste.csv:3"] == ["ny: Skakklubben Løberen → content/associations/skakklubben-loeberen.yaml"]
    assert entry(content, "cykelvaerkstedet-egerne")["name"] == "Cykelværkstedet Egerne"  # no BOM in the first title or value


def test_a_csv_row_with_a_problem_says_its_column_letter(content, run):
    rows = [*CSV_ROWS, ["Strikkeklubben", "Vi strikker.", "Ensomhed og fællesskab", "Ribe", "75 12", "Måske"]]
    Path("liste.csv").write_bytes(_csv(rows, ";").encode("utf-8"))
    result = run("import", "liste.csv", "--lang", "en")
    report = rows_of(result.out)
    assert report["liste.csv:4:E"][0].startswith("the phone number '75 12'")
    assert report["liste.csv:4:F"] == ["'Måske' must be Yes or No (Ja or Nej)"]
    assert result.code == 1


def test_two_rows_with_the_same_id_are_one_too_many(content, run):
    workbook = openpyxl.Workbook()
    workbook.active.append(["ID", "Navn", "Kort beskrivelse", "Hjælp til", "Område"])
    workbook.active.append(["17", "Kor for alle", "Vi synger sammen.", "Ensomhed og fællesskab", "Ribe"])
    workbook.active.append([17, "Koret for Alle i Ribe", "Vi synger sammen.", "Ensomhed og fællesskab", "Ribe"])  # the same id, as a number
    workbook.save("liste.xlsx")
    result = run("import", "liste.xlsx")
    assert rows_of(result.out)["liste.xlsx:3:A"] == ["rækken er den samme indgang som række 2 (samme id eller navn). Slet den ene række, eller giv dem hver sit navn"]
    assert result.code == 1


def test_a_mapping_file_of_the_wrong_shape_is_refused_at_its_line(content, run):
    Path("mapping.yaml").write_text("sheet: Ark1\ncolumns: [Navn, Telefon]\n", "utf-8")
    messy_workbook(Path("liste.xlsx"))
    result = run("import", "liste.xlsx", "--mapping", "mapping.yaml", "--lang", "en")
    assert result.code == 1
    assert result.lines[0] == 'mapping.yaml:2:10: fields such as "columns:" and "defaults:" go here, each with its entries on the lines below, indented'


def test_a_missing_value_is_named_by_its_column(content, run):
    rows = [["Navn", "Kort beskrivelse", "Hjælp til", "Telefon"], ["Bytteringen", "", "", "75 12 34 56"]]
    Path("liste.csv").write_bytes(_csv(rows, ";").encode("utf-8"))
    report = rows_of(run("import", "liste.csv").out)
    assert report["liste.csv:2:B"] == ["»Kort beskrivelse« skal udfyldes"]
    assert report["liste.csv:2:C"] == ["»Hjælp til« skal udfyldes"]
    assert report["liste.csv:2"][1:] == ["der skal være en kolonne »Område«, og den skal udfyldes"]  # no area, no postcode to take a town from
