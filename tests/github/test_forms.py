"""Issue forms, the pull request template and the pre-commit hooks: what people without a pull request,
reviewers and developers meet on GitHub and on their own machine.

The forms are checked by check-jsonschema against GitHub's schemas as published on SchemaStore (shipped
inside check-jsonschema, no network); the hooks are run by the real pre-commit in a temporary repository.
"""

from __future__ import annotations

import runpy
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT, run, tool

TEMPLATES = ROOT / ".github" / "ISSUE_TEMPLATE"
FORMS = {"foreslaa-en-forening.yml": "Foreslå en forening", "ret-en-oplysning.yml": "Ret en oplysning"}


def check_jsonschema(schema: str, *files: Path) -> subprocess.CompletedProcess[str]:
    return run(tool("check-jsonschema"), "--builtin-schema", schema, *map(str, files), cwd=ROOT)


def test_issue_forms_are_valid_github_forms():
    result = check_jsonschema("vendor.github-issue-forms", *(TEMPLATES / name for name in FORMS))
    assert result.returncode == 0, result.stdout + result.stderr
    config = check_jsonschema("vendor.github-issue-config", TEMPLATES / "config.yml")
    assert config.returncode == 0, config.stdout + config.stderr


def test_a_broken_form_is_caught(tmp_path: Path):
    form = yaml.safe_load((TEMPLATES / "ret-en-oplysning.yml").read_text("utf-8"))
    form["body"][1]["type"] = "text-field"  # not a GitHub form element
    broken = tmp_path / "broken.yml"
    broken.write_text(yaml.safe_dump(form, allow_unicode=True), "utf-8")
    assert check_jsonschema("vendor.github-issue-forms", broken).returncode == 1


@pytest.mark.parametrize("name", FORMS)
def test_forms_speak_danish_first_then_english(name: str):
    form = yaml.safe_load((TEMPLATES / name).read_text("utf-8"))
    assert form["name"].startswith(FORMS[name] + " / ")
    for element in form["body"]:
        if element["type"] != "markdown":
            danish, english = element["attributes"]["label"].split(" / ", 1)
            assert danish and english, element["id"]


def test_links_point_at_the_configured_repository():
    settings = runpy.run_path(str(ROOT / "pelicanconf.py"))
    contributing = f"{settings['VEJVISER_REPOSITORY_URL']}/blob/{settings['VEJVISER_BRANCH']}/CONTRIBUTING.md"
    config = yaml.safe_load((TEMPLATES / "config.yml").read_text("utf-8"))
    assert [link["url"] for link in config["contact_links"]] == [contributing]


def test_pull_request_template_has_a_short_checklist():
    text = (ROOT / ".github" / "pull_request_template.md").read_text("utf-8")
    boxes = [line for line in text.splitlines() if line.startswith("- [ ] ")]
    assert 3 <= len(boxes) <= 6
    assert "CONTRIBUTING.md" in text


@pytest.fixture
def git_repository(repository: Path) -> Path:
    shutil.copy(ROOT / ".pre-commit-config.yaml", repository)
    for command in (["init", "--quiet"], ["config", "user.email", "t@example.org"], ["config", "user.name", "T"], ["add", "-A"]):
        subprocess.run(["git", "-C", str(repository), *command], check=True)
    return repository


def pre_commit(repository: Path, *files: str) -> subprocess.CompletedProcess[str]:
    home = repository.parent / "pre-commit-home"  # its own cache: never the developer's ~/.cache
    return run(tool("pre-commit"), "run", "--files", *files, cwd=repository, env={"PRE_COMMIT_HOME": str(home), "SOURCE_DATE_EPOCH": "1748736000"})


def test_pre_commit_hook_stops_a_broken_entry_with_a_located_danish_message(git_repository: Path):
    run(tool("vejviser"), "codeowners", cwd=git_repository)
    entry = git_repository / "content" / "associations" / "cafe-venskab.yaml"
    entry.write_text(entry.read_text("utf-8").replace("areas: [ribe]", "areas: [ribe, atlantis]"), "utf-8")
    subprocess.run(["git", "-C", str(git_repository), "add", "-A"], check=True)

    result = pre_commit(git_repository, "content/associations/cafe-venskab.yaml")
    assert result.returncode == 1
    assert "vejviser validate" in result.stdout and "Failed" in result.stdout
    assert "content/associations/cafe-venskab.yaml:8:" in result.stdout


def test_pre_commit_hook_checks_a_hand_edited_codeowners(git_repository: Path):
    run(tool("vejviser"), "codeowners", cwd=git_repository)
    codeowners = git_repository / ".github" / "CODEOWNERS"
    codeowners.write_text(codeowners.read_text("utf-8").replace(" @carol", " @mallory"), "utf-8")
    subprocess.run(["git", "-C", str(git_repository), "add", "-A"], check=True)

    result = pre_commit(git_repository, ".github/CODEOWNERS")
    assert result.returncode == 1
    assert "vejviser codeowners --check" in result.stdout
    assert "linjen for content/associations/besoegsvenner-ribe.yaml skal være" in result.stdout

    assert run(tool("vejviser"), "codeowners", cwd=git_repository).returncode == 0
    subprocess.run(["git", "-C", str(git_repository), "add", "-A"], check=True)
    assert pre_commit(git_repository, ".github/CODEOWNERS", "content/associations/cafe-venskab.yaml").returncode == 0
