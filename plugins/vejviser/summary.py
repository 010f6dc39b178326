"""Markdown for GitHub's job summaries and issues, which everyone reads: so Danish and English together.

`say` gives a message from the contributor catalog (`messages/*.yaml`) in one language, or in both side
by side; `table` builds a markdown table whose header cells are message codes.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Sequence

from .problems import LANGUAGES, render_message


def say(code: str, lang: str | None = None, **params: Any) -> str:
    """The message in `lang`, or "dansk · English" when `lang` is None."""
    if lang is None:
        return " · ".join(render_message(code, params, each) for each in LANGUAGES)
    return render_message(code, params, lang)


def table(header_codes: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """Lines of a markdown table; cells are escaped, so a name with "|" stays in its column."""
    lines = [_row(say(code) for code in header_codes), "| " + " | ".join("---" for _ in header_codes) + " |"]
    return lines + [_row(row) for row in rows]


def code(text: str) -> str:
    """Inline code (file names); backticks inside would end it early, so they are dropped."""
    return f"`{text.replace('`', '')}`"


def plain(text: str) -> str:
    """One line of Markdown that shows the text as it is: no line breaks, and Markdown's and HTML's
    own characters escaped, so a contributor's text cannot become a link, an image or a heading."""
    return re.sub(r"([\\`*_\[\]<>|#!~])", r"\\\1", " ".join(text.split()))


def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(re.sub(r"(?<!\\)\|", r"\\|", cell) for cell in cells) + " |"  # a pipe escaped already stays so
