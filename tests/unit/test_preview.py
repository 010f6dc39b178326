"""`vejviser.preview`: an entry's facts as its Danish page shows them, for the pull request's summary."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

from vejviser.content import load_directory
from vejviser.preview import entry_preview

REPO = Path(__file__).resolve().parents[2]


def test_places_hours_roles_and_labels_as_the_page_shows_them(tmp_path: Path):
    shutil.copytree(REPO / "content" / "vocabularies", tmp_path / "vocabularies")
    (tmp_path / "associations").mkdir()
    shutil.copy(REPO / "tests" / "site" / "fixtures" / "content" / "associations" / "solsikken.yaml", tmp_path / "associations")
    directory = load_directory(tmp_path, datetime.date(2025, 6, 1))
    lines = entry_preview(directory.entry("solsikken"), directory.vocabularies).splitlines()
    assert lines[:3] == ["### Foreningen Solsikken", "", "> Et fællesskab for dig, der føler dig ensom. Vi mødes og spiser sammen hver uge."]
    assert "- **Hjælp til · Help with:** Ensomhed og fællesskab, Sorg og tab" in lines
    assert "- **Telefon · Phone:** 88 88 88 01 (Hverdage)" in lines
    assert (
        "- **Sted · Place:** Solsikkehuset, Eksempelvej 1, 6700 Esbjerg: mandag 10.00–14.00; tirsdag 10.00–14.00; "
        "onsdag 10.00–14.00; torsdag 10.00–14.00; fredag 10.00–12.00"
    ) in lines
    assert "- **Frivilligopgaver · Volunteer tasks:** Frivillig kok; Hjælper til sommerfesten (2025-01-20)" in lines
    assert not any("engelsk" in line for line in lines)  # it has English text


def test_a_contributors_text_stays_text(tmp_path: Path):
    """Markdown and HTML in a summary are escaped: no link, image or heading in the job summary."""
    shutil.copytree(REPO / "content" / "vocabularies", tmp_path / "vocabularies")
    (tmp_path / "associations").mkdir()
    (tmp_path / "associations" / "hostile.yaml").write_text(
        "name: Hostile\nkind: association\nsummary:\n  da: 'Klik [her](https://evil.example) <img src=x> # ikke en overskrift'\n"
        "needs: [loneliness]\nareas: [esbjerg]\nlast_verified:\n",
        "utf-8",
    )
    directory = load_directory(tmp_path, datetime.date(2025, 6, 1))
    quote = entry_preview(directory.entry("hostile"), directory.vocabularies).splitlines()[2]
    assert quote == r"> Klik \[her\](https://evil.example) \<img src=x\> \# ikke en overskrift"
