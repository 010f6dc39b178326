"""The `vejviser` command as a contributor runs it: exit codes, languages, GitHub annotations, `new`."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import yaml

from vejviser.content import load_directory

from .conftest import MINIMAL, REPO, write

SCHEMA = REPO / "plugins" / "vejviser" / "schema" / "entry.schema.json"


def test_clean_folder_exits_0_with_a_summary(content, run):
    write(content, "eksempelforeningen.yaml", MINIMAL)
    write(content, "sorggruppen.yaml", MINIMAL.replace("Eksempelforeningen", "Sorggruppen"))
    result = run("validate")
    assert (result.code, result.out, result.err) == (0, "Alt i orden: 2 indgange\n", "")


def test_clean_folder_in_english(content, run):
    write(content, "eksempelforeningen.yaml", MINIMAL)
    assert run("validate", "--lang", "en").out == "All good: 1 entry\n"


def test_problems_are_sorted_by_path_line_and_column_with_a_summary(content, run):
    write(content, "b.yaml", MINIMAL.replace("Eksempelforeningen", "Bbb").replace("kind: association", "kind: klub") + "nmae: x\n")
    write(content, "a.yaml", MINIMAL.replace("Eksempelforeningen", "Aaa").replace("areas: [esbjerg]", "areas: [esbjer]"))
    result = run("validate", "--lang", "en")
    assert result.code == 1
    locations = [line.split(": ", 1)[0] for line in result.lines[:-1]]
    assert locations == ["content/associations/a.yaml:6:9", "content/associations/b.yaml:2:7", "content/associations/b.yaml:8:1"]
    assert result.lines[-1] == "3 errors and 0 warnings in 2 files"


def test_markdown_report_for_the_pull_request_says_where_and_what_in_both_languages(content, run):
    """What a contributor who edits from the browser reads under the pull request's checks."""
    write(content, "a.yaml", MINIMAL.replace("areas: [esbjerg]", "areas: [esbjer]"))
    result = run("validate", "--format", "markdown")
    assert result.code == 1
    assert result.lines[0] == "## Tjek af indgangene · Checking the entries"
    assert "❌ 1 fejl og 0 advarsler i 1 fil · 1 error and 0 warnings in 1 file" in result.lines
    (row,) = [line for line in result.lines if line.startswith("| `content/")]
    where, danish, english = (cell.strip() for cell in row.strip("|").split(" | "))
    assert where == "`content/associations/a.yaml:6:9`"
    assert danish.startswith("'esbjer' findes ikke i ordlisten areas.yaml") and english.startswith("'esbjer' is not in the vocabulary areas.yaml")
    write(content, "a.yaml", MINIMAL)
    clean = run("validate", "--format", "markdown")
    assert clean.code == 0 and "✅ Alt i orden: 1 indgang · All good: 1 entry" in clean.lines


def test_a_folder_argument_checks_the_files_in_it(content, run):
    write(content, "eksempelforeningen.yaml", MINIMAL.replace("kind: association", "kind: klub"))
    result = run("validate", "content/associations")
    assert (result.code, result.lines[-1]) == (1, "1 fejl og 0 advarsler i 1 fil")


def test_missing_path_is_a_usage_error(content, run):
    result = run("validate", "content/associations/findes-ikke.yaml")
    assert (result.code, result.out, result.err) == (2, "", "content/associations/findes-ikke.yaml findes ikke\n")


def test_a_file_that_is_not_an_entry_is_a_usage_error(content, run):
    (content / "noter.txt").write_text("x")
    result = run("validate", "content/noter.txt", "--lang", "en")
    assert (result.code, result.err) == (2, "content/noter.txt is not an entry file (.yaml, .yml or .md)\n")


def test_unknown_option_is_a_usage_error_in_danish(content, run):
    result = run("validate", "--strict")
    assert result.code == 2
    assert result.err.splitlines()[-1] == "forkert brug: unrecognized arguments: --strict. Se vejviser --help"


def test_unknown_language_is_a_usage_error(content, run):
    result = run("validate", "--lang", "fr")
    assert result.code == 2
    assert "forkert brug: argument --lang: invalid choice: 'fr'" in result.err


def test_no_command_is_a_usage_error(run):
    assert run().code == 2


def test_help_in_danish_and_english(run):
    danish = run("validate", "--help")
    english = run("--lang", "en", "validate", "--help")
    assert danish.code == english.code == 0
    assert "filer eller mapper der skal tjekkes" in danish.out
    assert "files or folders to check" in english.out


def test_github_annotations_for_errors_and_warnings(content, run, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    write(content, "eksempelforeningen.yaml", MINIMAL.replace("last_verified:", "last_verified: 2020-01-01") + "nmae: x\n")
    result = run("validate")
    assert result.lines == [
        "content/associations/eksempelforeningen.yaml:7:16: advarsel: oplysningerne blev sidst bekræftet 2020-01-01, "
        "for mere end 12 måneder siden. Bed foreningen bekræfte dem, og ret last_verified",
        "::warning file=content/associations/eksempelforeningen.yaml,line=7,col=16::oplysningerne blev sidst bekræftet 2020-01-01, "
        "for mere end 12 måneder siden. Bed foreningen bekræfte dem, og ret last_verified",
        "content/associations/eksempelforeningen.yaml:8:1: ukendt felt 'nmae'. Mente du 'name'?",
        "::error file=content/associations/eksempelforeningen.yaml,line=8,col=1::ukendt felt 'nmae'. Mente du 'name'?",
        "1 fejl og 1 advarsel i 1 fil",
    ]


def test_github_annotation_escapes_commas_and_colons_in_the_file_name(content, run, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    write(content, "a,b:c.yaml", MINIMAL)
    annotation = run("validate", "--lang", "en").lines[1]
    assert annotation.startswith("::error file=content/associations/a%2Cb%3Ac.yaml,line=1,col=1::the file name 'a,b:c.yaml' may only")


def test_no_annotations_outside_github_actions(content, run):
    write(content, "eksempelforeningen.yaml", MINIMAL + "nmae: x\n")
    assert not any(line.startswith("::") for line in run("validate").lines)


def test_installed_console_script(content):
    write(content, "eksempelforeningen.yaml", MINIMAL.replace("needs: [loneliness]", "needs: [lonelyness]"))
    script = Path(sys.executable).with_name("vejviser")
    environment = {**os.environ, "GITHUB_ACTIONS": "false"}
    result = subprocess.run([str(script), "validate", "--lang", "en"], capture_output=True, text=True, env=environment, check=False)
    assert result.returncode == 1
    assert result.stdout.startswith(
        "content/associations/eksempelforeningen.yaml:5:9: 'lonelyness' is not in the vocabulary needs.yaml. Did you mean 'loneliness'?"
    )
    assert result.stdout.endswith("1 error and 0 warnings in 1 file\n")
    assert result.stderr == ""


def test_new_writes_a_skeleton_that_validates_unedited(content, run):
    result = run("new", "Sorggruppen i Ribe", "--summary", "En samtalegruppe for voksne, der har mistet.", "--need", "grief", "--area", "ribe")
    path = Path("content/associations/sorggruppen-i-ribe.yaml")
    assert (result.code, result.out) == (0, f"Oprettede {path}. Udfyld felterne, og tjek filen med: vejviser validate {path}\n")
    assert run("validate", str(path)).lines == ["Alt i orden: 1 indgang"]
    data = yaml.safe_load(path.read_text("utf-8"))
    assert data == {
        "name": "Sorggruppen i Ribe",
        "kind": "association",
        "summary": {"da": "En samtalegruppe for voksne, der har mistet."},
        "needs": ["grief"],
        "areas": ["ribe"],
        "last_verified": None,
        "added": __import__("datetime").date(2026, 6, 15),
    }


def test_new_file_points_editors_at_the_schema(content, run):
    run("new", "Sorggruppen i Ribe", "--summary", "En samtalegruppe.", "--need", "grief", "--area", "ribe")
    first_line = Path("content/associations/sorggruppen-i-ribe.yaml").read_text("utf-8").splitlines()[0]
    prefix = "# yaml-language-server: $schema="
    assert first_line.startswith(prefix)
    assert (Path("content/associations") / first_line.removeprefix(prefix)).resolve() == SCHEMA


def test_new_explains_every_optional_field_in_danish_and_english(content, run):
    run("new", "Sorggruppen i Ribe", "--summary", "En samtalegruppe.", "--need", "grief", "--area", "ribe")
    text = Path("content/associations/sorggruppen-i-ribe.yaml").read_text("utf-8")
    for field in ("description", "get_started", "target_groups", "age", "attendance", "cost", "languages", "contact", "locations", "volunteering", "maintainers"):
        assert f"# {field}:" in text, field
    assert "Hvem er tilbuddet for?" in text and "Who is it for?" in text


def test_new_with_contact_details_round_trips_into_the_model(content, run):
    result = run(
        "new", "Sorggruppen i Ribe", "--summary", "En samtalegruppe.", "--summary-en", "A support group.",
        "--need", "grief", "--need", "loneliness", "--area", "ribe", "--kind", "self-help-group",
        "--phone", "75 12 34 56", "--email", "kontakt@sorggruppen.example", "--website", "https://sorggruppen.example",
        "--maintainer", "@eksempel-bruger",
    )  # fmt: skip
    assert result.code == 0
    entry = load_directory(Path("content")).entry("sorggruppen-i-ribe")
    assert (entry.kind, entry.needs, entry.summary.en) == ("self-help-group", ("grief", "loneliness"), "A support group.")
    assert (entry.contact.phones[0].number, entry.contact.email, entry.contact.website) == (
        "75 12 34 56", "kontakt@sorggruppen.example", "https://sorggruppen.example",
    )  # fmt: skip
    assert entry.maintainers == ("eksempel-bruger",)


def test_new_refuses_to_overwrite(content, run):
    path = write(content, "sorggruppen-i-ribe.yaml", MINIMAL)
    result = run("new", "Sorggruppen i Ribe", "--summary", "En samtalegruppe.", "--need", "grief", "--area", "ribe")
    message = f"{path} findes allerede. Ret den eksisterende fil i stedet, eller vælg et andet navn\n"
    assert (result.code, result.err) == (1, message)
    assert path.read_text("utf-8") == MINIMAL


def test_new_does_not_write_a_file_that_would_not_validate(content, run):
    result = run("new", "Sorggruppen i Ribe", "--summary", "En samtalegruppe.", "--need", "sorg", "--area", "ribe", "--phone", "75 12 34 5")
    path = "content/associations/sorggruppen-i-ribe.yaml"
    assert result.code == 1
    assert result.lines[0].startswith(f"{path}:21:9: 'sorg' findes ikke i ordlisten needs.yaml.")
    assert result.lines[1].startswith(f"{path}:39:15: telefonnummeret '75 12 34 5' skal have 8 cifre")
    assert result.lines[-1] == f"{path} blev ikke oprettet. Ret fejlene ovenfor, og prøv igen"
    assert not Path(path).exists()


def test_new_needs_the_facts_it_cannot_invent(content, run):
    result = run("new", "Sorggruppen i Ribe", "--need", "grief")
    message = "mangler --summary, --area. Skriv dem på kommandolinjen, eller kør kommandoen i en terminal for at blive spurgt\n"
    assert (result.code, result.err) == (2, message)
    assert not Path("content/associations/sorggruppen-i-ribe.yaml").exists()


def _terminal(*arguments: str) -> tuple[subprocess.Popen, int]:
    """The installed command on a real pseudo-terminal; its process and the controlling end."""
    controller, terminal = pty.openpty()
    script = Path(sys.executable).with_name("vejviser")
    # Ctrl-C live, as a terminal's foreground command has it: a job started in the background by a
    # non-interactive shell (`make test &` in a script) inherits SIGINT ignored, and Python then never
    # raises KeyboardInterrupt. (Two clean-clone runs started that way failed the Ctrl-C test.)
    process = subprocess.Popen(
        [str(script), *arguments], stdin=terminal, stdout=terminal, stderr=terminal, preexec_fn=_ctrl_c_as_in_a_terminal
    )
    os.close(terminal)
    return process, controller


def _ctrl_c_as_in_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_new_asks_in_a_terminal_checks_each_answer_and_asks_again(content):
    """Labels in Danish, numbers or names accepted, a wrong answer named at once and the question asked
    again (nothing typed before it is lost), and a phone and an e-mail asked for."""
    process, controller = _terminal("new", "Sorggruppen i Ribe")
    transcript = b""
    for prompt, answer in (
        ("tegn):", "En samtalegruppe for voksne."),
        ("komma:", "sorg og tab, 1"),  # a label and the list's number of "Ensomhed og fællesskab"
        ("komma:", "atlantis"),
        ("komma:", "Ribe"),
        ("over):", "12 34 56 78"),
        ("over):", "75 12 34 56"),
        ("over):", ""),  # no e-mail
    ):
        transcript += _read_until(controller, prompt.encode())
        os.write(controller, answer.encode() + b"\n")
    assert process.wait(timeout=60) == 0
    transcript += _read_until(controller, b"\n", eof_ok=True)
    os.close(controller)
    text = transcript.decode("utf-8", "replace")
    assert " 1  Ensomhed og fællesskab" in text and " 2  Sorg og tab" in text
    assert "atlantis er ikke på listen" in text
    assert "begynder aldrig med 0 eller 1" in text  # the phone's real rule, then asked again
    data = yaml.safe_load(Path("content/associations/sorggruppen-i-ribe.yaml").read_text("utf-8"))
    assert (data["summary"], data["needs"], data["areas"]) == ({"da": "En samtalegruppe for voksne."}, ["grief", "loneliness"], ["ribe"])
    assert data["contact"] == {"phones": [{"number": "75 12 34 56"}]}


def test_new_stops_cleanly_on_ctrl_c(content):
    process, controller = _terminal("new", "Sorggruppen i Ribe")
    transcript = _read_until(controller, b"tegn):")
    _wait_until_it_waits_for_input(process)
    process.send_signal(signal.SIGINT)  # what Ctrl-C sends (the pseudo-terminal is not the process's own)
    assert process.wait(timeout=60) == 130
    transcript += _read_until(controller, b"\n", eof_ok=True)
    os.close(controller)
    assert b"Afbrudt. Der er ikke skrevet nogen fil" in transcript and b"Traceback" not in transcript
    assert not Path("content/associations/sorggruppen-i-ribe.yaml").exists()


def _wait_until_it_waits_for_input(process: subprocess.Popen, seconds: float = 30) -> None:
    """Until the process sleeps in poll/select on the terminal, as it does when a person presses Ctrl-C.

    Python's readline shows the prompt before it polls; a SIGINT in between sets Python's flag but
    does not interrupt the poll that follows, so the process waits for a key (a person would press
    Ctrl-C again). On a busy machine the test hit that gap about once in six runs.
    """
    deadline = time.monotonic() + seconds
    while "poll" not in (wchan := Path(f"/proc/{process.pid}/wchan").read_text()) and "select" not in wchan:
        assert time.monotonic() < deadline, f"not waiting for input after {seconds} s ({wchan!r})"
        time.sleep(0.02)


def _read_until(descriptor: int, marker: bytes, eof_ok: bool = False) -> bytes:
    received = b""
    while marker not in received:
        try:
            chunk = os.read(descriptor, 1024)
        except OSError:  # the other end closed (Linux reports EIO)
            chunk = b""
        if not chunk:
            assert eof_ok, received
            break
        received += chunk
    return received


def test_new_name_without_letters(content, run):
    result = run("new", "!!!", "--summary", "x", "--need", "grief", "--area", "ribe", "--lang", "en")
    assert (result.code, result.err) == (2, "the name must contain at least one letter or digit\n")
