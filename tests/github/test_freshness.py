"""`vejviser freshness`: entries not confirmed for 12 months (or never), grouped by maintainer.

The fixture entries as of 2025-06-01: sorgstoette-esbjerg (alice, Bob-B; 2024-01-10) and
besoegsvenner-ribe (carol; 2023-11-30) are stale, lektiehjaelp-tjaereborg (no maintainer) was never
confirmed, cafe-venskab (alice; 2025-03-01) is fresh.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from vejviser import freshness
from vejviser.content import load_directory

TODAY = datetime.date(2025, 6, 1)


def test_groups_stale_entries_by_maintainer_and_leaves_fresh_ones_out(repository: Path):
    result = freshness.report(load_directory(repository / "content", today=TODAY).entries, TODAY)
    groups = [(group.maintainer, [entry.slug for entry in group.entries]) for group in result.groups]
    assert groups == [
        ("alice", ["sorgstoette-esbjerg"]),
        ("Bob-B", ["sorgstoette-esbjerg"]),
        ("carol", ["besoegsvenner-ribe"]),
        (None, ["lektiehjaelp-tjaereborg"]),
    ]
    assert result.count == 3


def test_markdown_for_the_issue_mentions_each_maintainer_in_both_languages(repository: Path, vejviser):
    result = vejviser("freshness", "--format", "markdown", cwd=repository)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith("## Oplysninger der skal bekræftes · Entries to confirm\n")
    assert "Ikke bekræftet af foreningen i 12 måneder eller aldrig bekræftet: 3 indgange (opgjort 2025-06-01)." in text
    assert "Not confirmed by the association for 12 months, or never: 3 entries (as of 2025-06-01)." in text
    headings = [line for line in text.splitlines() if line.startswith("### ")]
    assert headings == ["### @alice", "### @Bob-B", "### @carol", "### Uden vedligeholder (redaktionen følger op) · No maintainer (the editors follow up)"]
    assert "| Sorgstøtte Esbjerg | `content/associations/sorgstoette-esbjerg.yaml` | 2024-01-10 |" in text
    assert "| Besøgsvenner \\| Ribe | `content/associations/besoegsvenner-ribe.yaml` | 2023-11-30 |" in text  # the | stays in its cell
    long_ago = "aldrig – ⚠️ ikke bekræftet i over 24 måneder · never – ⚠️ not confirmed for over 24 months"
    assert f"| Lektiehjælp i Tjæreborg | `content/associations/lektiehjaelp-tjaereborg.yaml` | {long_ago} |" in text
    assert "Café Venskab" not in text


def test_text_for_the_terminal_in_english(repository: Path, vejviser):
    result = vejviser("freshness", "--lang", "en", cwd=repository)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Not confirmed by the association for 12 months, or never: 3 entries (as of 2025-06-01)."
    assert "No maintainer (the editors follow up)" in lines
    assert "  content/associations/lektiehjaelp-tjaereborg.yaml  Lektiehjælp i Tjæreborg (never – ⚠️ not confirmed for over 24 months)" in lines


def test_entries_unconfirmed_for_two_years_come_first_and_files_open_in_githubs_editor(repository: Path, vejviser):
    cafe = repository / "content" / "associations" / "cafe-venskab.yaml"
    cafe.write_text(cafe.read_text("utf-8").replace("last_verified: 2025-03-01", "last_verified: 2023-05-31"), "utf-8")
    (repository / "pelicanconf.py").write_text('VEJVISER_REPOSITORY_URL = "https://github.com/eksempel/vejviser"\nVEJVISER_BRANCH = "main"\n', "utf-8")
    result = freshness.report(load_directory(repository / "content", today=TODAY).entries, TODAY)
    assert [entry.slug for entry in result.groups[0].entries] == ["cafe-venskab", "sorgstoette-esbjerg"]  # alice's
    text = vejviser("freshness", "--format", "markdown", cwd=repository).stdout
    edit = "https://github.com/eksempel/vejviser/edit/main/content/associations/cafe-venskab.yaml"
    assert f"| Café Venskab | [`content/associations/cafe-venskab.yaml`]({edit}) | 2023-05-31 – ⚠️ ikke bekræftet i over 24 måneder" in text


def test_says_so_when_everything_is_confirmed(repository: Path, vejviser):
    for entry in (repository / "content" / "associations").glob("*.yaml"):
        text = entry.read_text("utf-8").splitlines()
        entry.write_text("\n".join(line for line in text if not line.startswith("last_verified")) + "\nlast_verified: 2025-05-01\n", "utf-8")
    result = vejviser("freshness", "--format", "markdown", cwd=repository)
    assert result.stdout.splitlines()[2:4] == [
        "Alle indgange er bekræftet af foreningen inden for 12 måneder.",
        "Every entry was confirmed by its association within 12 months.",
    ]


def test_content_with_errors_fails_instead_of_leaving_entries_out(repository: Path, vejviser_process):
    (repository / "content" / "associations" / "cafe-venskab.yaml").write_text("name: Café Venskab\nkind: [\n", "utf-8")
    result = vejviser_process("freshness", "--format", "markdown", cwd=repository)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "content/associations/cafe-venskab.yaml:" in result.stderr
    assert "Traceback" not in result.stderr
