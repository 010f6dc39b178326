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


def test_the_dry_run_reports_every_row_at_its_cells_and_writes_nothing(content):
    write(content, "nabohjaelpens-besoegstjeneste.yaml", EXISTING)
    sheet = messy_workbook(content.parent / "liste.xlsx")
    result = vejviser("import", "liste.xlsx", cwd=content.parent)
    print(result.stdout)
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    assert sorted(path.name for path in (content / "associations").iterdir()) == ["nabohjaelpens-besoegstjeneste.yaml"]
    assert sheet.exists()
