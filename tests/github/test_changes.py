"""`vejviser changes --base REF`: the entries a branch adds, edits and removes, on a real git repository.

main holds the fixture entries. The branch adds one entry, edits one entry's YAML, edits only another
entry's Danish description, removes one, and touches files that are no entry's (a README in the entries'
folder, a vocabulary). Meanwhile main moves on with a change the branch must not be blamed for.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from vejviser.changes import ADDED, EDITED, REMOVED, Change, entry_changes

ENTRIES = "content/associations"


def git(repository: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repository), *args], check=True, capture_output=True)


@pytest.fixture
def branch(repository: Path) -> Path:
    git(repository, "init", "--quiet", "--initial-branch=main")
    git(repository, "config", "user.email", "test@example.org")
    git(repository, "config", "user.name", "Test")
    git(repository, "add", ".")
    git(repository, "commit", "--quiet", "-m", "base")
    git(repository, "switch", "--quiet", "-c", "ny-forening")
    folder = repository / ENTRIES
    (folder / "ny-forening.yaml").write_text(
        "name: Ny Forening i Bramming\nkind: association\nsummary:\n  da: Hjælp.\nneeds: [loneliness]\nareas: [bramming]\nlast_verified:\n", "utf-8"
    )
    cafe = folder / "cafe-venskab.yaml"
    cafe.write_text(cafe.read_text("utf-8").replace("areas: [ribe]", "areas: [ribe, esbjerg]"), "utf-8")
    (folder / "sorgstoette-esbjerg.da.md").write_text("Vi mødes hver tirsdag.\n", "utf-8")
    (folder / "besoegsvenner-ribe.yaml").unlink()
    (folder / "README.md").write_text("Indgange / Entries\n", "utf-8")
    (repository / "content" / "vocabularies" / "kinds.yaml").write_text("# changed\n", "utf-8")
    git(repository, "add", "-A")
    git(repository, "commit", "--quiet", "-m", "branch")
    git(repository, "switch", "--quiet", "main")
    (folder / "lektiehjaelp-tjaereborg.yaml").unlink()  # on main after the branch started: not the branch's doing
    git(repository, "commit", "--quiet", "-am", "main moves on")
    git(repository, "switch", "--quiet", "ny-forening")
    return repository


def test_lists_added_edited_and_removed_entries_by_name(branch: Path):
    assert entry_changes("main", ENTRIES, repository=str(branch)) == [
        Change(ADDED, "ny-forening", "Ny Forening i Bramming", f"{ENTRIES}/ny-forening.yaml"),
        Change(EDITED, "cafe-venskab", "Café Venskab", f"{ENTRIES}/cafe-venskab.yaml"),
        Change(EDITED, "sorgstoette-esbjerg", "Sorgstøtte Esbjerg", f"{ENTRIES}/sorgstoette-esbjerg.yaml"),
        Change(REMOVED, "besoegsvenner-ribe", "Besøgsvenner | Ribe", f"{ENTRIES}/besoegsvenner-ribe.yaml"),
    ]


def test_markdown_job_summary(branch: Path, vejviser):
    result = vejviser("changes", "--base", "main", "--format", "markdown", cwd=branch)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:8] == [
        "## Ændrede indgange · Changed entries",
        "",
        "| Ændring · Change | Indgang · Entry | Fil · File |",
        "| --- | --- | --- |",
        "| Tilføjet · Added | Ny Forening i Bramming | `content/associations/ny-forening.yaml` |",
        "| Ændret · Edited | Café Venskab | `content/associations/cafe-venskab.yaml` |",
        "| Ændret · Edited | Sorgstøtte Esbjerg | `content/associations/sorgstoette-esbjerg.yaml` |",
        "| Slettet · Removed | Besøgsvenner \\| Ribe | `content/associations/besoegsvenner-ribe.yaml` |",
    ]


def test_the_summary_shows_each_added_or_edited_entry_as_its_page_will(branch: Path, vejviser):
    """The preview a contributor reads behind the check's "Details", instead of an artifact to unzip."""
    git(branch, "checkout", "main", "--", "content/vocabularies/kinds.yaml")  # the branch broke it; this test wants valid entries
    lines = vejviser("changes", "--base", "main", "--format", "markdown", cwd=branch).stdout.splitlines()
    start = lines.index("## Sådan ser indgangene ud · How the entries will look")
    preview = lines[start:]
    new = preview[preview.index("### Ny Forening i Bramming") :]
    assert new[:9] == [
        "### Ny Forening i Bramming",
        "",
        "> Hjælp.",
        "",
        "- **Hjælp til · Help with:** Ensomhed og fællesskab",
        "- **Hvor · Where:** Bramming",
        "- Ingen engelsk kort beskrivelse: den engelske side viser den danske. · No short description in English: the English page shows the Danish one.",
        "",
        "### Café Venskab",
    ]
    assert "- **Hvor · Where:** Ribe, Esbjerg" in preview
    assert "### Sorgstøtte Esbjerg" in preview and "### Besøgsvenner | Ribe" not in preview  # removed: nothing to show


def test_an_entry_with_errors_is_named_not_previewed(branch: Path, vejviser):
    lines = vejviser("changes", "--base", "main", "--format", "markdown", cwd=branch).stdout.splitlines()
    at = lines.index("### Ny Forening i Bramming")  # the branch's broken kinds vocabulary fails every entry
    assert lines[at + 2] == 'Kan ikke vises, før fejlene i tjekket "Indgange" er rettet. · Cannot be shown until the problems in the check "Entries" are fixed.'


def test_nothing_changed(branch: Path, vejviser):
    result = vejviser("changes", "--base", "HEAD", "--lang", "en", cwd=branch)
    assert (result.returncode, result.stdout) == (0, "No entries were added, edited or removed.\n")


def test_unknown_base_is_a_clear_error(branch: Path, vejviser_process):
    result = vejviser_process("changes", "--base", "origin/main", cwd=branch)
    assert result.returncode == 2
    assert result.stderr.startswith("kan ikke sammenligne HEAD med origin/main: ")
    assert "Tjek at origin/main findes (hent den med git fetch)" in result.stderr
    assert "Traceback" not in result.stderr
