"""`vejviser.minify`: the theme's CSS and JS lose their comments and spare whitespace, nothing else,
and a second pass changes nothing (the development server may copy a file again, or not)."""

from __future__ import annotations

import shutil
from pathlib import Path

from vejviser.minify import minify_folder

REPO = Path(__file__).resolve().parents[2]


def test_comments_and_whitespace_go_and_a_second_pass_changes_nothing(tmp_path: Path):
    (tmp_path / "css").mkdir()
    (tmp_path / "js").mkdir()
    (tmp_path / "css" / "a.css").write_text("/* why */\n.a {\n  color: red;\n}\n", "utf-8")
    (tmp_path / "js" / "a.js").write_text('/*! keep: licence */\n// why\nvar  answer = "a // b";\n', "utf-8")
    (tmp_path / "notes.txt").write_text("/* not ours */\n", "utf-8")
    before, after = minify_folder(tmp_path)
    assert (tmp_path / "css" / "a.css").read_text("utf-8") == ".a{color:red}\n"
    assert (tmp_path / "js" / "a.js").read_text("utf-8") == '/*! keep: licence */var answer="a // b";\n'
    assert (tmp_path / "notes.txt").read_text("utf-8") == "/* not ours */\n"
    assert after < before
    assert minify_folder(tmp_path)[0] == minify_folder(tmp_path)[1] == after


def test_the_theme_gets_smaller(tmp_path: Path):
    shutil.copytree(REPO / "theme" / "static", tmp_path / "theme")
    before, after = minify_folder(tmp_path / "theme")
    assert after < 0.8 * before
    assert "/*" not in (tmp_path / "theme" / "css" / "vejviser.css").read_text("utf-8")
