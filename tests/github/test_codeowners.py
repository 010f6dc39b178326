"""`vejviser codeowners` and the CODEOWNERS check in `vejviser validate`, on the fixture entries.

Fixture maintainers: sorgstoette-esbjerg (alice, @Bob-B), cafe-venskab (alice), besoegsvenner-ribe
(@carol); lektiehjaelp-tjaereborg has none.
"""

from __future__ import annotations

from pathlib import Path

from vejviser import codeowners

from .conftest import ROOT

EDITORS = "* @esbjerg-kommune/redaktion"
HEADER = f"# Redaktionen / The editors\n{EDITORS}\n/.github/ @esbjerg-kommune/udviklere\n"
GENERATED = [
    "/content/associations/besoegsvenner-ribe.* @esbjerg-kommune/redaktion @carol",
    "/content/associations/cafe-venskab.* @esbjerg-kommune/redaktion @alice",
    "/content/associations/sorgstoette-esbjerg.* @esbjerg-kommune/redaktion @alice @Bob-B",
]


def codeowners_file(repository: Path) -> Path:
    return repository / ".github" / "CODEOWNERS"


def write_current(repository: Path) -> Path:
    file = codeowners_file(repository)
    file.write_text(HEADER + codeowners.MARKER + "\n" + "".join(f"{line}\n" for line in GENERATED), "utf-8")
    return file


def set_maintainers(repository: Path, slug: str, line: str) -> None:
    entry = repository / "content" / "associations" / f"{slug}.yaml"
    lines = [existing for existing in entry.read_text("utf-8").splitlines() if not existing.startswith("maintainers:")]
    entry.write_text("\n".join([*lines, line]) + "\n", "utf-8")


def test_writes_a_line_per_maintained_entry_keeping_the_hand_written_editors(repository, vejviser):
    codeowners_file(repository).write_text(HEADER, "utf-8")
    result = vejviser("codeowners", cwd=repository)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Skrev .github/CODEOWNERS. Husk at committe filen"
    assert codeowners_file(repository).read_text("utf-8") == HEADER + codeowners.MARKER + "\n" + "\n".join(GENERATED) + "\n"
    again = vejviser("codeowners", "--check", cwd=repository)
    assert (again.returncode, again.stdout.strip()) == (0, ".github/CODEOWNERS er opdateret")


def test_a_new_file_explains_itself_and_names_only_the_maintainers(repository, vejviser):
    assert vejviser("codeowners", cwd=repository).returncode == 0
    text = codeowners_file(repository).read_text("utf-8")
    assert text.startswith(codeowners.DEFAULT_HEADER)
    assert "/content/associations/sorgstoette-esbjerg.* @alice @Bob-B\n" in text


def test_check_says_which_line_to_add_in_danish_and_english(repository, vejviser):
    write_current(repository)
    set_maintainers(repository, "lektiehjaelp-tjaereborg", "maintainers: [dora]")
    wanted = "/content/associations/lektiehjaelp-tjaereborg.* @esbjerg-kommune/redaktion @dora"
    last_line = len(codeowners_file(repository).read_text("utf-8").splitlines())

    danish = vejviser("codeowners", "--check", cwd=repository)
    assert danish.returncode == 1
    assert (
        f".github/CODEOWNERS:{last_line}:1: linjen for content/associations/lektiehjaelp-tjaereborg.yaml mangler. "
        f"Tilføj den nederst: {wanted} (eller kør: make codeowners)"
    ) in danish.stdout.splitlines()

    english = vejviser("codeowners", "--check", "--lang", "en", cwd=repository)
    assert f".github/CODEOWNERS:{last_line}:1: the line for content/associations/lektiehjaelp-tjaereborg.yaml is missing. Add it at the end: {wanted} (or run: make codeowners)" in english.stdout


def test_check_points_at_a_wrong_and_an_extra_line(repository, vejviser):
    file = write_current(repository)
    file.write_text(file.read_text("utf-8").replace("@alice @Bob-B", "@alice"), "utf-8")
    set_maintainers(repository, "besoegsvenner-ribe", "")
    lines = file.read_text("utf-8").splitlines()
    carol_line = lines.index(GENERATED[0]) + 1
    sorg_line = lines.index("/content/associations/sorgstoette-esbjerg.* @esbjerg-kommune/redaktion @alice") + 1

    result = vejviser("codeowners", "--check", cwd=repository)
    assert result.returncode == 1
    output = result.stdout.splitlines()
    assert f'.github/CODEOWNERS:{carol_line}:1: linjen "{GENERATED[0]}" hører ikke til en indgang med vedligeholdere (maintainers). Slet den, eller kør: make codeowners' in output
    assert f".github/CODEOWNERS:{sorg_line}:1: linjen for content/associations/sorgstoette-esbjerg.yaml skal være: {GENERATED[2]} (ret den, eller kør: make codeowners)" in output


def test_writing_fixes_what_check_reported(repository, vejviser):
    file = write_current(repository)
    set_maintainers(repository, "cafe-venskab", "maintainers: [erik, alice]")
    assert vejviser("codeowners", "--check", cwd=repository).returncode == 1
    assert vejviser("codeowners", cwd=repository).returncode == 0
    assert "/content/associations/cafe-venskab.* @esbjerg-kommune/redaktion @erik @alice\n" in file.read_text("utf-8")
    assert file.read_text("utf-8").startswith(HEADER)
    assert vejviser("codeowners", "--check", cwd=repository).returncode == 0


def test_validate_only_warns_that_codeowners_follows_after_the_merge(repository, vejviser_process):
    """A contributor who names themselves as maintainer from the browser form cannot edit CODEOWNERS in
    the same pull request: the check passes with a warning saying it follows by itself."""
    write_current(repository)
    set_maintainers(repository, "cafe-venskab", "maintainers: [alice, erik]")
    result = vejviser_process("validate", cwd=repository, env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 0, result.stdout
    assert "::warning file=.github/CODEOWNERS,line=" in result.stdout
    assert "Du skal ikke gøre noget: når ændringen er flettet ind, foreslår GitHub den opdaterede fil" in result.stdout
    assert "skal være" not in result.stdout
    english = vejviser_process("validate", "--lang", "en", cwd=repository)
    assert "You need not do anything: once the change is merged, GitHub proposes the updated file" in english.stdout
    assert vejviser_process("codeowners", "--check", cwd=repository).returncode == 1  # hand edits stay strict


def test_validate_leaves_a_folder_without_github_alone(repository, vejviser):
    """Entries being tried out outside a repository (no .github/ next to content/) have no reviewers."""
    (repository / ".github").rmdir()
    result = vejviser("validate", cwd=repository)
    assert result.returncode == 0, result.stdout


def test_content_with_errors_is_reported_not_written(repository, vejviser):
    set_maintainers(repository, "cafe-venskab", "maintainers: alice")
    result = vejviser("codeowners", cwd=repository)
    assert result.returncode == 1
    assert "content/associations/cafe-venskab.yaml:" in result.stdout
    assert "CODEOWNERS er ikke tjekket eller skrevet: ret først fejlene ovenfor" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert not codeowners_file(repository).exists()


def test_the_projects_own_codeowners_is_current(vejviser):
    result = vejviser("codeowners", "--check", cwd=ROOT)
    assert result.returncode == 0, result.stdout
    assert codeowners.editors(codeowners.split(codeowners_file(ROOT).read_text("utf-8"))[0]), "the editors own everything"
