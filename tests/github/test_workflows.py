"""The GitHub workflows: clean under actionlint (with ShellCheck) and zizmor, safe against strangers' pull
requests, and doing nothing a developer could not do with the same `make` target.

actionlint and zizmor are the real tools from PyPI (see pyproject's test extra). zizmor runs with
`--offline`: its online audits (e.g. known-vulnerable action versions) need GitHub's API, which the tests
must not depend on. Each tool is also shown a broken workflow, so a silent tool cannot pass.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from vejviser.cli.comment import PREVIEW_DAYS
from vejviser.prcomment import MARKER, MAX_LENGTH, PREVIEW_SITE

from .conftest import ROOT, run, tool

WORKFLOWS = ROOT / ".github" / "workflows"
WORKFLOW_FILES = sorted(WORKFLOWS.glob("*.yml"))
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")


def load(path: Path) -> dict:
    # PyYAML reads the key `on` as True (YAML 1.1); put it back.
    data = yaml.safe_load(path.read_text("utf-8"))
    data["on"] = data.pop(True, data.get("on"))
    return data


def steps(workflow: dict):
    for job in workflow["jobs"].values():
        yield from job.get("steps", [])


def uses_lines(path: Path) -> list[str]:
    return [line.split("uses:", 1)[1].strip() for line in path.read_text("utf-8").splitlines() if line.strip().startswith(("uses:", "- uses:"))]


def test_the_workflows_exist():
    assert [path.name for path in WORKFLOW_FILES] == ["codeowners.yml", "freshness.yml", "lock.yml", "pr-comment.yml", "pr.yml", "publish.yml", "release.yml"]


def actionlint(folder: Path):
    files = sorted(str(path.relative_to(folder)) for path in (folder / ".github" / "workflows").glob("*.yml"))
    return run(tool("actionlint"), "-color=false", f"-shellcheck={tool('shellcheck')}", *files, cwd=folder)


def zizmor(folder: Path):
    return run(tool("zizmor"), "--offline", "--no-progress", "--format=plain", ".github/workflows", cwd=folder)


def test_actionlint_and_shellcheck_find_nothing():
    result = actionlint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing():
    result = zizmor(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


@pytest.fixture
def broken_copy(tmp_path: Path) -> Path:
    """The repository's workflows with the mistakes these tools exist to catch."""
    (tmp_path / ".github").mkdir()
    shutil.copytree(WORKFLOWS, tmp_path / ".github" / "workflows")
    pr = tmp_path / ".github" / "workflows" / "pr.yml"
    text = pr.read_text("utf-8")
    text = text.replace("  pull_request:\n", "  pull_request_target:\n", 1)
    text = re.sub(r"actions/checkout@[0-9a-f]{40} # v[\d.]+", "actions/checkout@v5", text, count=1)
    text = text.replace('make --silent changes BASE="$BASE_SHA"', "make --silent changes BASE=${{ github.head_ref }} $UNQUOTED", 1)
    pr.write_text(text, "utf-8")
    comment = tmp_path / ".github" / "workflows" / "pr-comment.yml"
    text = comment.read_text("utf-8")
    text = re.sub(r" # zizmor: ignore\[dangerous-triggers\].*", "", text, count=1)
    text = text.replace('echo "::notice::Pull request $number', 'echo "::notice::${{ github.event.workflow_run.head_branch }} $number', 1)
    comment.write_text(text, "utf-8")
    return tmp_path


def test_the_tools_catch_what_they_are_for(broken_copy: Path):
    linted = actionlint(broken_copy)
    assert linted.returncode == 1
    assert "SC2086" in linted.stdout  # ShellCheck: the unquoted variable
    assert "github.head_ref" in linted.stdout  # an untrusted value straight into a script
    audited = zizmor(broken_copy)
    assert audited.returncode != 0
    for audit in ("dangerous-triggers", "unpinned-uses", "template-injection"):
        assert audit in audited.stdout, audited.stdout
    # The commenting workflow's trigger and a branch name (the contributor's choice) put into its script.
    findings = audited.stdout.split("\n\n")
    for audit in ("dangerous-triggers", "template-injection"):
        assert any(audit in finding and "pr-comment.yml" in finding for finding in findings), audited.stdout


def test_strangers_pull_requests_never_run_with_write_access():
    for path in WORKFLOW_FILES:
        assert "pull_request_target" not in load(path)["on"], path.name
    assert list(load(WORKFLOWS / "pr.yml")["on"]) == ["pull_request"]


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda path: path.name)
def test_least_privilege_per_job(path: Path):
    workflow = load(path)
    assert workflow["permissions"] == {}, "the workflow grants nothing; each job asks for what it needs"
    for name, job in workflow["jobs"].items():
        permissions = job["permissions"]
        writes = {scope for scope, level in permissions.items() if level == "write"}
        if "deploy-pages" in str(job.get("steps")):
            assert permissions == {"pages": "write", "id-token": "write"}, name
            assert job["environment"]["name"] == "github-pages"
        elif "gh-action-pypi-publish" in str(job.get("steps")):
            assert permissions == {"id-token": "write"}, name  # trusted publishing: no token, no checkout
            assert job["environment"]["name"] == "pypi"
        elif path.name == "freshness.yml":
            assert writes == {"issues"}, name
        elif path.name == "pr-comment.yml":
            assert permissions == {"actions": "read", "pull-requests": "write"}, name
        elif "scripts/propose-file" in str(job.get("steps")):
            assert writes == {"contents", "pull-requests"}, name
        else:
            assert writes == set(), name
            assert permissions["contents"] == "read"


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda path: path.name)
def test_actions_pinned_to_a_full_commit_with_its_version(path: Path):
    used = uses_lines(path)
    assert used
    for reference in used:
        assert PINNED.match(reference), reference


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda path: path.name)
def test_checkouts_keep_no_credentials_and_runs_are_grouped(path: Path):
    workflow = load(path)
    checkouts = [step for step in steps(workflow) if step.get("uses", "").startswith("actions/checkout@")]
    assert checkouts or path.name == "pr-comment.yml"  # which must run no code at all: see below
    assert all(step["with"]["persist-credentials"] is False for step in checkouts)
    assert workflow["concurrency"]["group"]


def test_the_same_action_version_everywhere():
    versions: dict[str, set[str]] = {}
    for path in WORKFLOW_FILES:
        for reference in uses_lines(path):
            action, pin = reference.split("@", 1)
            versions.setdefault(action, set()).add(pin)
    assert {action: pins for action, pins in versions.items() if len(pins) > 1} == {}


def make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text("utf-8")
    return set(re.findall(r"^([a-z][\w-]*):", text, flags=re.MULTILINE))


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda path: path.name)
def test_every_check_and_build_is_a_make_target(path: Path):
    """No logic only CI knows: what a run step does with the project, a developer does with `make`."""
    targets = make_targets()
    for step in steps(load(path)):
        script = step.get("run")
        if script is None:
            continue
        for called in re.findall(r"\bmake (?:--silent )?([a-z][\w-]*)", script):
            assert called in targets, f"{path.name}: make {called} is not in the Makefile"
        project_commands = re.findall(r"\b(?:vejviser|pelican|pytest|python3? -m|pip install)\b", script)
        assert project_commands == [], f"{path.name}: call a make target instead of {project_commands}"


def test_pull_request_checks_builds_tests_and_previews():
    pr = load(WORKFLOWS / "pr.yml")
    scripts = " ".join(step.get("run", "") for step in steps(pr))
    for target in ("make validate", ".ci/run", "make publish", "make --silent changes", "make --silent comment"):
        assert target in scripts
    assert (ROOT / ".ci" / "run").read_text("utf-8").rstrip().endswith("make test")  # the project's CI entry point
    assert '>> "$GITHUB_STEP_SUMMARY"' in scripts
    entries = pr["jobs"]["entries"]["steps"]
    uploads = {step["with"]["path"]: step for step in entries if step.get("uses", "").startswith("actions/upload-artifact@")}
    assert uploads["output/"]["with"]["name"] == "site-preview"
    assert uploads["pr-comment/"]["with"]["name"] == "pr-comment"
    # The changed pages as one file, not zipped, so that GitHub opens it in the browser; built for the
    # address the comment's links use.
    page = uploads["preview/forhaandsvisning.html"]
    assert page["with"]["archive"] is False and page["id"] == "page"
    (writes_page,) = [step for step in entries if "make --silent preview-page" in step.get("run", "")]
    (build,) = [step for step in entries if step.get("run") == "make publish"]
    assert writes_page["env"]["VEJVISER_SITEURL"] == build["env"]["VEJVISER_SITEURL"] == PREVIEW_SITE.rstrip("/")
    # The comment is written even when the entries have problems (it lists them), and links the preview.
    (comment,) = [step for step in entries if "make --silent comment" in step.get("run", "")]
    assert comment["if"] == "${{ !cancelled() && steps.install.outcome == 'success' }}"
    assert comment["env"]["PREVIEW_URL"] == "${{ steps.preview.outputs.artifact-url }}"
    assert comment["env"]["PAGE_URL"] == "${{ steps.page.outputs.artifact-url }}"
    assert 'PREVIEW_URL="$PREVIEW_URL" PAGE_URL="$PAGE_URL" > pr-comment/comment.md' in comment["run"]
    # What the comment and CONTRIBUTING promise about the preview is what the workflow does.
    assert uploads["output/"]["with"]["retention-days"] == page["with"]["retention-days"] == PREVIEW_DAYS
    contributing = " ".join((ROOT / "CONTRIBUTING.md").read_text("utf-8").split())
    assert f"gemmes i {PREVIEW_DAYS} dage" in contributing and f"kept for {PREVIEW_DAYS} days" in contributing
    for promise in ("`site-preview`", "**Approve and run**", "`python3 -m http.server 8000`"):
        assert contributing.count(promise) >= 2, promise  # in the Danish and the English part


def test_the_comment_is_posted_by_a_workflow_that_runs_none_of_the_pull_requests_code():
    """pr.yml, with a read-only token, writes the comment; pr-comment.yml, which may comment, only
    reads that artifact as data: it checks out nothing, runs no make target, and checks what it got."""
    workflow = load(WORKFLOWS / "pr-comment.yml")
    assert workflow["on"] == {"workflow_run": {"workflows": [load(WORKFLOWS / "pr.yml")["name"]], "types": ["completed"]}}
    (job,) = workflow["jobs"].values()
    assert "pull_request" in job["if"] and "cancelled" in job["if"]
    download, post = job["steps"]
    assert download["uses"].startswith("actions/download-artifact@")
    assert download["with"]["run-id"] == "${{ github.event.workflow_run.id }}" and download["with"]["name"] == "pr-comment"
    script = post["run"]
    assert "${{" not in script  # every outside value comes in through env
    assert all(value.startswith(("${{ github.", "${{ runner.temp }}")) for value in post["env"].values())
    assert not re.search(r"\b(make|python3?|bash|sh|source|eval)\b", script)
    assert "[[ \"$number\" =~ ^[1-9][0-9]{0,8}$ ]]" in script
    assert '--jq .head.sha)" != "$CHECKED_SHA"' in script and post["env"]["CHECKED_SHA"] == "${{ github.event.workflow_run.head_sha }}"
    assert f"marker='{MARKER}'" in script and '"$(head -n 1 "$body")" != "$marker"' in script
    limit = int(re.search(r'wc -c < "\$body"\)" -gt (\d+)', script).group(1))
    assert MAX_LENGTH < limit < 65536  # what vejviser comment writes passes; what GitHub refuses does not
    assert '-F "body=@$body"' in script  # sent as a file, never spliced into the command
    assert "gh api --method PATCH" in script and 'select(.user.login == \\"github-actions[bot]\\"' in script


def test_entry_only_pull_requests_skip_the_developer_tests_and_get_a_report():
    pr = load(WORKFLOWS / "pr.yml")
    tests = pr["jobs"]["tests"]
    assert tests["needs"] == "scope" and tests["if"] == "${{ needs.scope.outputs.code == 'true' }}"
    (scope,) = [step["run"] for step in pr["jobs"]["scope"]["steps"] if "run" in step]
    assert "grep -qv '^content/associations/'" in scope
    scripts = [step.get("run", "") for step in pr["jobs"]["entries"]["steps"]]
    assert 'make --silent validate FORMAT=markdown >> "$GITHUB_STEP_SUMMARY" || true' in scripts
    (python,) = [step for step in pr["jobs"]["entries"]["steps"] if step.get("uses", "").startswith("actions/setup-python@")]
    assert python["with"]["cache"] == "pip" and python["with"]["cache-dependency-path"] == "requirements.lock"  # a re-run installs faster


def test_publishing_on_merge_every_night_and_on_demand():
    publish = load(WORKFLOWS / "publish.yml")
    assert publish["on"]["push"]["branches"] == ["main"]
    assert publish["on"]["schedule"][0]["cron"].endswith("* * *")  # daily
    assert "workflow_dispatch" in publish["on"]
    used = uses_lines(WORKFLOWS / "publish.yml")
    assert any(reference.startswith("actions/upload-pages-artifact@") for reference in used)
    assert any(reference.startswith("actions/deploy-pages@") for reference in used)
    assert "make publish" in " ".join(step.get("run", "") for step in steps(publish))


def test_the_engine_is_released_on_a_version_tag_only_once_it_agrees_with_its_changelog():
    release = load(WORKFLOWS / "release.yml")
    assert release["on"] == {"push": {"tags": ["v*"]}}
    build, publish = release["jobs"]["build"], release["jobs"]["publish"]
    assert 'make dist TAG="$TAG"' in [step.get("run") for step in build["steps"]]
    assert publish["needs"] == "build" and "actions/checkout" not in str(publish["steps"])  # it runs no code of ours


def test_publishing_keeps_the_build_cache_under_a_key_that_changes_with_the_lock_and_the_engine():
    """The build checks its own key too (vejviser.directory.buildcache); the workflow's key must at
    least change with what the build cannot see of itself cheaply, and the build must use the folder."""
    build = list(steps(load(WORKFLOWS / "publish.yml")))
    (cache,) = [step for step in build if step.get("uses", "").startswith("actions/cache@")]
    (publish,) = [step for step in build if step.get("run") == "make publish"]
    assert build.index(cache) < build.index(publish)
    assert cache["with"]["path"] == publish["env"]["VEJVISER_BUILD_CACHE"] == "cache/build"
    key, restore = cache["with"]["key"], cache["with"]["restore-keys"].strip()
    for part in ("requirements.lock", "plugins/vejviser/**", "publishconf.py", "runner.os"):
        assert part in key and part in restore, part
    assert key.endswith("${{ github.run_id }}") and key.startswith(restore)  # a new cache each run, restored by prefix


def test_lock_updates_weekly_only_after_the_whole_suite_passed():
    lock = load(WORKFLOWS / "lock.yml")
    assert lock["on"]["schedule"][0]["cron"].split()[2:4] == ["*", "*"]
    test, propose = lock["jobs"]["test"], lock["jobs"]["propose"]
    scripts = [step.get("run", "") for step in test["steps"]]
    assert scripts.index("make lock UPGRADE=1") < next(i for i, script in enumerate(scripts) if ".ci/run" in script)
    assert propose["needs"] == "test"
    assert "scripts/propose-file lock-update requirements.lock" in " ".join(step.get("run", "") for step in propose["steps"])


def test_codeowners_follow_the_maintainers_on_main():
    workflow = load(WORKFLOWS / "codeowners.yml")
    assert workflow["on"]["push"] == {"branches": ["main"], "paths": ["content/associations/**"]}
    scripts = [step.get("run", "") for step in steps(workflow)]
    assert scripts.index("make codeowners") < next(i for i, script in enumerate(scripts) if "scripts/propose-file" in script)


def test_freshness_monthly_into_summary_and_one_issue():
    freshness = load(WORKFLOWS / "freshness.yml")
    minute, hour, day, month, weekday = freshness["on"]["schedule"][0]["cron"].split()
    assert (day, month, weekday) == ("1", "*", "*")
    script = " ".join(step.get("run", "") for step in steps(freshness))
    assert "make --silent freshness" in script and "$GITHUB_STEP_SUMMARY" in script
    assert "gh issue edit" in script and "gh issue create" in script
