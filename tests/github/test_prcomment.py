"""The comment a volunteer reads on their pull request, from a real git repository with a real typo.

main holds the fixture entries (all valid). The branch adds an entry with `needs: [ensomhd]` on its
sixth line. The comment must name the entry, point at that line in Danish and English with the fix,
and say that the preview comes once it is fixed; the GitHub annotation must mark the same line.
After the fix, the comment links the preview and the entry's pages in it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from vejviser.prcomment import MARKER, MAX_LENGTH

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


def git(repository: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repository), *args], check=True, capture_output=True)


@pytest.fixture
def pull_request(repository: Path) -> Path:
    """A branch with one commit on top of main: the new entry with the typo."""
    git(repository, "init", "--quiet", "--initial-branch=main")
    git(repository, "config", "user.email", "test@example.org")
    git(repository, "config", "user.name", "Test")
    git(repository, "add", ".")
    git(repository, "commit", "--quiet", "-m", "base")
    git(repository, "switch", "--quiet", "-c", "strikkecafe")
    (repository / NEW).write_text(ENTRY, "utf-8")
    git(repository, "add", "-A")
    git(repository, "commit", "--quiet", "-m", "Tilføj Strikkecafé Gredstedbro")
    return repository


def comment(vejviser, repository: Path) -> str:
    result = vejviser("comment", "--base", "main", "--preview-url", ARTIFACT, cwd=repository)
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


def test_once_fixed_the_comment_links_the_preview_and_the_entrys_pages(pull_request: Path, vejviser):
    (pull_request / NEW).write_text(ENTRY.replace("ensomhd", "loneliness"), "utf-8")
    git(pull_request, "commit", "--quiet", "-am", "Ret needs")
    text = comment(vejviser, pull_request)
    assert "Tak for dit bidrag! Tjekket fandt ingen fejl." in text
    assert "Thank you for contributing! The check found no problems." in text
    assert f"- Tilføjet · Added: **Strikkecafé Gredstedbro** (`{NEW}`) — [dansk side](http://localhost:8000/tilbud/strikkecafe-gredstedbro/) · [English page](http://localhost:8000/en/services/strikkecafe-gredstedbro/)" in text
    assert f"hent [forhåndsvisningen]({ARTIFACT})" in text and f"download [the preview]({ARTIFACT})" in text
    assert "`python3 -m http.server 8000`" in text
    assert "### Strikkecafé Gredstedbro" in text and "> Vi strikker og drikker kaffe hver torsdag." in text


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
    assert len(text) <= MAX_LENGTH
    assert text.startswith(MARKER) and "Kommentaren er for lang til GitHub" in text
