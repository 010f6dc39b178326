"""When an entry changed and what, as a reader sees it: a real build of a content folder kept in git."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import feedparser
import pytest

from pelican_build import FIXTURES, BuiltSite, assemble_content, build


def git(repository: Path, *args: str, day: str | None = None) -> None:
    environment = {**os.environ, "GIT_AUTHOR_NAME": "A", "GIT_AUTHOR_EMAIL": "a@example.org", "GIT_COMMITTER_NAME": "A", "GIT_COMMITTER_EMAIL": "a@example.org"}
    if day:
        environment["GIT_AUTHOR_DATE"] = environment["GIT_COMMITTER_DATE"] = f"{day}T12:00:00+01:00"
    subprocess.run(["git", "-C", str(repository), *args], check=True, capture_output=True, env=environment)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> BuiltSite:
    root = tmp_path_factory.mktemp("history-site")
    content = assemble_content(root / "content", FIXTURES / "content")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "The fixture site", day="2025-01-10")
    entry = content / "associations" / "solsikken.yaml"
    entry.write_text(entry.read_text("utf-8").replace('number: "88 88 88 01"', 'number: "88 88 88 02"').replace('opens: "10:00"', 'opens: "09:00"', 1), "utf-8")
    git(root, "commit", "-q", "-am", "New phone and hours", day="2025-03-03")
    result = build(content, root / "output")
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(root / "output", result.stdout + result.stderr)


def history(site: BuiltSite, path: str) -> tuple[str, list[str]]:
    details = site.page(path).select_one(".vv-history")
    return " ".join(details.summary.get_text(" ").split()), [" ".join(item.get_text(" ").split()) for item in details.select("li")]


def test_the_entry_says_when_it_changed_and_what_in_both_languages(site):
    assert history(site, "tilbud/solsikken/") == ("Senest ændret 3. marts 2025", ["3. marts 2025: telefon, åbningstider", "10. januar 2025: tilføjet til vejviseren"])
    assert history(site, "en/services/solsikken/") == ("Last changed 3 March 2025", ["3 March 2025: phone, opening hours", "10 January 2025: added to the directory"])
    assert history(site, "tilbud/aeblehaven/")[1] == ["10. januar 2025: tilføjet til vejviseren"]


def test_the_feed_dates_the_entry_by_its_change(site):
    feed = feedparser.parse((site.output / "feeds" / "entries.atom.xml").read_bytes())
    solsikken = next(entry for entry in feed.entries if entry.title == "Foreningen Solsikken")
    assert solsikken.updated.startswith("2025-03-03")


def test_a_shallow_clone_builds_and_claims_no_history_it_lacks(site, tmp_path):
    """CI's default checkout has one commit: its boundary shows every file as added that day, which
    would be false, so entries are shown without a history rather than with a wrong one."""
    repository = site.output.parent
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repository}", str(clone)], check=True, capture_output=True)
    result = build(clone / "content", tmp_path / "output")
    assert result.returncode == 0, result.stdout + result.stderr
    shallow = BuiltSite(tmp_path / "output", result.stdout)
    assert shallow.page("tilbud/solsikken/").select_one(".vv-entry__footer") is not None
    assert shallow.page("tilbud/solsikken/").select_one(".vv-history") is None
