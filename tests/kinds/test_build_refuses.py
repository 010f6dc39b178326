"""A broken grant, alert or contacts file stops the real build with its located Danish message, as
a broken entry does: nothing half-checked is published."""

from __future__ import annotations

import pytest

from .sitebuild import assemble_content, build


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("grants/eksempel-aabent.yaml", "title: {da: '<b>x</b>'}\n", "grants/eksempel-aabent.yaml:1:14: HTML og javascript: er ikke tilladt"),
        ("alerts.yaml", "alerts:\n  - id: x\n    starts: '2026-09-15T10:00'\n    ends: '2026-09-15T09:00'\n    text: {da: x}\n", "alerts.yaml:4:11: beskeden slutter"),
    ],
)
def test_the_build_stops_on_a_broken_kinds_file(tmp_path, name, text, expected):
    content = assemble_content(tmp_path / "content")
    (content / name).write_text(text, "utf-8")
    result = build(content, tmp_path / "output")
    assert result.returncode != 0
    assert expected in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
