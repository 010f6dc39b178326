"""CONTRIBUTING.md stays true: Danish first then English, every field of the schema explained in both, the
required ones marked, its links and make targets real, and the error it quotes the one a contributor gets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_workflows import make_targets

TEXT = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
DANISH, ENGLISH = TEXT.split("\n# Contributing to Vejviser\n")
SCHEMA = json.loads((ROOT / "plugins" / "vejviser" / "schema" / "entry.schema.json").read_text("utf-8"))


def flat(text: str) -> str:
    return " ".join(text.split())


def test_danish_comes_first():
    assert DANISH.startswith("# Bidrag til Vejviser\n")
    assert "[Contributing to Vejviser](#contributing-to-vejviser)" in DANISH


@pytest.mark.parametrize(
    "where, fields",
    [
        ("entry", SCHEMA["properties"]),
        ("location", SCHEMA["$defs"]["location"]["properties"]),
        ("volunteer role", SCHEMA["$defs"]["role"]["properties"]),
    ],
)
@pytest.mark.parametrize("language, section", [("Danish", DANISH), ("English", ENGLISH)])
def test_every_field_in_the_schema_is_explained(where: str, fields: dict, language: str, section: str):
    missing = [name for name in fields if f"`{name}`" not in section]
    assert missing == [], f"{language} section does not explain these {where} fields: {missing}"


@pytest.mark.parametrize("section", [DANISH, ENGLISH], ids=["Danish", "English"])
def test_required_fields_are_marked(section: str):
    required = [*SCHEMA["required"], "needs", *SCHEMA["$defs"]["location"]["required"], *SCHEMA["$defs"]["role"]["required"]]
    assert [name for name in required if f"**`{name}`**" not in section] == []


def test_links_lead_somewhere():
    for target in re.findall(r"\]\(([^)#:]+)\)", TEXT):
        assert (ROOT / target).exists(), target


def test_make_targets_it_mentions_exist():
    assert set(re.findall(r"`make ([a-z][\w-]*)", TEXT)) <= make_targets()


def test_the_quoted_error_is_the_one_a_contributor_gets(repository: Path, vejviser):
    entry = repository / "content" / "associations" / "cafe-venskab.yaml"
    entry.write_text(entry.read_text("utf-8").replace("areas: [ribe]", "areas: [ribe, atlantis]"), "utf-8")
    for lang, section in (("da", DANISH), ("en", ENGLISH)):
        first = vejviser("validate", "--lang", lang, "content/associations/cafe-venskab.yaml", cwd=repository).stdout.splitlines()[0]
        assert first.startswith("content/associations/cafe-venskab.yaml:8:15: ")
        quoted = first.split(": ", 1)[1].split(".yaml", 1)[0]  # the message up to "areas.yaml"
        assert quoted in flat(section), first


def test_readme_explains_the_path_from_pull_request_to_published_page():
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## How contributions flow", 1)[1].split("\n## ", 1)[0]
    for step in ("pull request", "make validate", "site-preview", "CODEOWNERS", "merge", "every night", "freshness", "CONTRIBUTING.md"):
        assert step in section, step
