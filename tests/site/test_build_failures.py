"""Bad content stops the build with `path:line:column: message` in Danish, a non-zero exit status and
no Python traceback; nothing is published half-built."""

from __future__ import annotations

import re

from pelican_build import FIXTURES, assemble_content, build

HOSTILE_ENTRY = """\
name: Fjendtlig Forening
kind: association
summary:
  da: En forening med en farlig beskrivelse.
description:
  da: |
    Hej <script>alert("x")</script>

    [Klik her](javascript:alert(1)) <img src=x onerror="alert(1)">
needs: [loneliness]
areas: [esbjerg]
last_verified:
"""


def failed_build(tmp_path, files: dict[str, str]):
    content = assemble_content(tmp_path / "content", FIXTURES / "content")
    for name, text in files.items():
        (content / name).write_text(text, "utf-8")
    output = tmp_path / "output"
    result = build(content, output)
    return result, result.stdout + result.stderr, output


def test_an_invalid_entry_fails_the_build_with_a_located_danish_message(tmp_path):
    result, log, output = failed_build(tmp_path, {"associations/ugyldig.yaml": "name: X\nkind: association\nsummary: tekst\n"})
    assert result.returncode != 0
    assert re.search(r"associations/ugyldig\.yaml:\d+:\d+: ", log), log
    assert "Siden blev ikke bygget" in log
    assert "Traceback" not in log and "ContentError" not in log
    assert not (output / "tilbud").exists()


def test_hostile_markdown_is_refused_at_its_line(tmp_path):
    result, log, output = failed_build(tmp_path, {"associations/fjendtlig.yaml": HOSTILE_ENTRY})
    assert result.returncode != 0
    assert re.search(r"associations/fjendtlig\.yaml:7:\d+: .*HTML", log), log
    assert not list(output.rglob("fjendtlig*"))


def test_a_broken_crisis_lines_file_fails_the_build(tmp_path):
    result, log, _ = failed_build(tmp_path, {"crisis_lines.yaml": "lines:\n  - id: x\n    number: '112'\n"})
    assert result.returncode != 0
    assert re.search(r"crisis_lines\.yaml:2:\d+: krisetelefon nr\. 1 skal have", log), log
    assert "Traceback" not in log


def test_a_missing_translation_of_a_required_content_page_fails_the_build(tmp_path):
    content = assemble_content(tmp_path / "content", FIXTURES / "content")
    (content / "pages" / "privacy.en.md").unlink()
    result = build(content, tmp_path / "output")
    log = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Key: privacy mangler på en" in log and "Traceback" not in log
