"""The comment a volunteer reads on their pull request, from a real git repository with a real typo.

main holds the fixture entries (all valid). The branch adds an entry with `needs: [ensomhd]` on its
sixth line. The comment must name the entry, point at that line in Danish and English with the fix,
and say that the preview comes once it is fixed; the GitHub annotation must mark the same line.
After the fix, the site is built as pr.yml builds it (real Pelican, the production settings) and the
changed pages are written as one file; the comment links it, and the entry's pages in it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from vejviser.prcomment import MARKER, MAX_LENGTH, PREVIEW_SITE

from .conftest import ROOT, TODAY_EPOCH

NEW = "content/associations/strikkecafe-gredstedbro.yaml"
ENTRY = """\
# yaml-language-server: $schema=../../plugins/vejviser/schema/entry.schema.json
name: Strikkecafé Gredstedbro
kind: association
summary:
  da: Vi strikker og drikker kaffe hver torsdag.
needs: [ensomhd]
areas: [gredstedbro]
last_verified:
"""
TYPO_LINE, TYPO_COLUMN = 6, 9
ARTIFACT = "https://github.com/example/vejviser/actions/runs/1/artifacts/2"
PAGE = "https://github.com/example/vejviser/actions/runs/1/artifacts/3"


def git(repository: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repository), *args], check=True, capture_output=True)


@pytest.fixture
def pull_request(repository: Path) -> Path:
    """A branch with one commit on top of main: the new entry with the typo."""
    git(repository, "init", "--quiet", "--initial-branch=main")
    git(repository, "config", "user.email", "test@example.org")
    git(repository, "config", "user.name", "Test")
    shutil.copy(ROOT / "content" / "crisis_lines.yaml", repository / "content")  # what a site build needs
    shutil.copytree(ROOT / "content" / "pages", repository / "content" / "pages")
    git(repository, "add", ".")
    git(repository, "commit", "--quiet", "-m", "base")
    git(repository, "switch", "--quiet", "-c", "strikkecafe")
    (repository / NEW).write_text(ENTRY, "utf-8")
    git(repository, "add", "-A")
    git(repository, "commit", "--quiet", "-m", "Tilføj Strikkecafé Gredstedbro")
    return repository


def comment(vejviser, repository: Path, *page: str) -> str:
    result = vejviser("comment", "--base", "main", "--preview-url", ARTIFACT, *page, cwd=repository)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_base_is_valid_so_every_problem_is_the_pull_requests(pull_request: Path, vejviser):
    git(pull_request, "checkout", "--quiet", "main")
    assert vejviser("validate", cwd=pull_request).returncode == 0


def test_the_comment_names_the_entry_and_the_located_problem_with_its_fix(pull_request: Path, vejviser):
    text = comment(vejviser, pull_request)
    lines = text.splitlines()
    assert lines[0] == MARKER  # how the posting workflow finds its earlier comment to replace it
    assert "Tak for dit bidrag! Der er noget, der skal rettes" in text
    assert "Thank you for contributing! Something must be fixed" in text
    assert f"- Tilføjet · Added: **Strikkecafé Gredstedbro** (`{NEW}`)" in lines
    (row,) = [line for line in lines if line.startswith(f"| `{NEW}:")]
    where, danish, english = [cell.strip() for cell in row.strip("|").split(" | ")]
    assert where == f"`{NEW}:{TYPO_LINE}:{TYPO_COLUMN}`"
    assert danish.startswith("'ensomhd' findes ikke i ordlisten needs") and "loneliness" in danish  # the fix: the terms to use
    assert english.startswith("'ensomhd' is not in the vocabulary needs") and "loneliness" in english
    # Only this pull request's business: not the fixtures' own warnings (stale entries it did not touch).
    assert "besoegsvenner-ribe" not in text and "advarsel" not in text
    # No preview of a site that was not built, and no links into it.
    assert ARTIFACT not in text and "localhost" not in text
    assert "Forhåndsvisningen af hele siden bliver bygget, når fejlene er rettet." in text
    assert "The preview of the whole site is built once the problems are fixed." in text


def test_the_annotation_marks_the_line_with_the_typo(pull_request: Path, vejviser):
    result = vejviser("validate", cwd=pull_request, env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 1
    (annotation,) = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert annotation.startswith(f"::error file={NEW},line={TYPO_LINE},col={TYPO_COLUMN}::'ensomhd' findes ikke i ordlisten needs")
    assert (pull_request / NEW).read_text("utf-8").splitlines()[TYPO_LINE - 1][TYPO_COLUMN - 1 :].startswith("ensomhd")


def publish(repository: Path) -> None:
    """`make publish` as pr.yml runs it, on the pull request's content."""
    environment = {**os.environ, "VEJVISER_SITEURL": PREVIEW_SITE.rstrip("/"), "SOURCE_DATE_EPOCH": TODAY_EPOCH}
    command = [sys.executable, "-m", "pelican", str(repository / "content"), "-o", str(repository / "output"), "-s", "publishconf.py", "--fatal", "warnings"]
    result = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_once_fixed_the_comment_links_the_changed_pages_that_open_in_the_browser(pull_request: Path, vejviser):
    (pull_request / NEW).write_text(ENTRY.replace("ensomhd", "loneliness"), "utf-8")
    git(pull_request, "commit", "--quiet", "-am", "Ret needs")
    publish(pull_request)
    written = vejviser("preview-page", "--base", "main", "--siteurl", PREVIEW_SITE, cwd=pull_request)
    assert written.returncode == 0 and written.stdout == "Skrev preview/forhaandsvisning.html\n"
    text = comment(vejviser, pull_request, "--page-url", PAGE)
    assert "Tak for dit bidrag! Tjekket fandt ingen fejl." in text
    assert "Thank you for contributing! The check found no problems." in text
    assert f"- Tilføjet · Added: **Strikkecafé Gredstedbro** (`{NEW}`) — [dansk side]({PAGE}#strikkecafe-gredstedbro-da) · [English page]({PAGE}#strikkecafe-gredstedbro-en)" in text
    assert f"Se de ændrede sider i browseren: [forhåndsvisningen]({PAGE})" in text
    assert f"See the changed pages in the browser: [the preview]({PAGE})" in text
    assert f"hent [zip-filen]({ARTIFACT})" in text and "`python3 -m http.server 8000`" in text
    assert "### Strikkecafé Gredstedbro" in text and "> Vi strikker og drikker kaffe hver torsdag." in text

    page = (pull_request / "preview" / "forhaandsvisning.html").read_text("utf-8")
    soup = BeautifulSoup(page, "html.parser")
    danish, english = soup.find(id="strikkecafe-gredstedbro-da"), soup.find(id="strikkecafe-gredstedbro-en")
    assert danish.h1.get_text(strip=True) == english.h1.get_text(strip=True) == "Strikkecafé Gredstedbro"
    assert "Vi strikker og drikker kaffe hver torsdag." in danish.get_text() and "Ensomhed og fællesskab" in danish.get_text()
    assert "Loneliness and community" in english.get_text()
    assert danish.code.get_text() == "/tilbud/strikkecafe-gredstedbro/" and english.code.get_text() == "/en/services/strikkecafe-gredstedbro/"
    # One file that needs nothing else: the site's styles inside, no script, nothing fetched.
    assert soup.find("script") is None and soup.find("link") is None
    assert ".vv-entry" in soup.style.get_text()
    policy = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert policy.startswith("default-src 'none'") and "script-src" not in policy
    # Links into the site have nowhere to go: their text stays, their address goes.
    assert not [a["href"] for a in soup.find_all("a", href=True) if a["href"].startswith(PREVIEW_SITE)]
    assert soup.find("a", string=re.compile("Ensomhed og fællesskab")) is not None


def test_no_page_is_written_when_no_entry_has_one(pull_request: Path, vejviser):
    """An entry removed, nothing added or edited: no preview file, and the workflow's upload is skipped."""
    git(pull_request, "rm", "--quiet", NEW, "content/associations/cafe-venskab.yaml")
    git(pull_request, "commit", "--quiet", "-m", "remove")
    (pull_request / "output").mkdir()
    result = vejviser("preview-page", "--base", "main", "--siteurl", PREVIEW_SITE, cwd=pull_request)
    assert result.returncode == 0 and "der er ikke skrevet nogen forhåndsvisning" in result.stdout
    assert not (pull_request / "preview").exists()


def test_a_contributors_name_cannot_become_a_link_or_an_image(pull_request: Path, vejviser):
    (pull_request / NEW).write_text(ENTRY.replace("name: Strikkecafé Gredstedbro", 'name: "![x](https://example.org/t.png) [klik](https://example.org)"'), "utf-8")
    git(pull_request, "commit", "--quiet", "-am", "name")
    text = comment(vejviser, pull_request)
    assert "](https://example.org" not in text.replace("\\](https://example.org", "")
    assert "\\!\\[x\\](https://example.org/t.png)" in text


def test_a_huge_comment_is_cut_below_githubs_limit(pull_request: Path, vejviser):
    folder = pull_request / "content" / "associations"
    for number in range(400):
        (folder / f"kopi-{number}.yaml").write_text(ENTRY.replace("Strikkecafé", f"Strikkecafé {number}"), "utf-8")
    git(pull_request, "add", "-A")
    git(pull_request, "commit", "--quiet", "-m", "many")
    text = comment(vejviser, pull_request)
    assert len(text.encode("utf-8")) <= MAX_LENGTH
    assert text.startswith(MARKER) and "Kommentaren er for lang til GitHub" in text
