"""`vejviser.minify`: the theme's CSS and JS lose their comments and spare whitespace, nothing else,
and a second pass changes nothing."""

from __future__ import annotations

from pathlib import Path

from vejviser.minify import minified
from vejviser.site import THEME

STATIC = Path(THEME) / "static"


def test_comments_and_whitespace_go_and_a_second_pass_changes_nothing():
    css = minified(".css", b"/* why */\n.a {\n  color: red;\n}\n")
    js = minified(".js", b'/*! keep: licence */\n// why\nvar  answer = "a // b";\n')
    assert css == b".a{color:red}\n"
    assert js == b'/*! keep: licence */var answer="a // b";\n'
    assert minified(".txt", b"/* not ours */\n") == b"/* not ours */\n"
    assert minified(".css", css) == css and minified(".js", js) == js


def test_the_theme_gets_smaller():
    sources = [path for path in STATIC.rglob("*") if path.suffix in (".css", ".js")]
    before = sum(len(path.read_bytes()) for path in sources)
    after = sum(len(minified(path.suffix, path.read_bytes())) for path in sources)
    assert after < 0.8 * before
    assert b"/*" not in minified(".css", (STATIC / "css" / "vejviser.css").read_bytes())
