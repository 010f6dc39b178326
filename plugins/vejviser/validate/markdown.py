"""Checks on Markdown text: no raw HTML, links only to https:, mailto: and tel:.

The text is rendered with Python-Markdown, the renderer the site uses, so "raw HTML" means exactly what
Markdown would pass through as HTML (a `<` in "mindre end < 5" or inside `code` is not HTML), and every
link the page would get is checked, whichever Markdown syntax made it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

import markdown

from .findings import shown
from .formats import FormatProblem, check_link

_RENDERER = markdown.Markdown()
# Without "<" there is no raw HTML and no <autolink>; then every link's address follows "](" (inline
# link) or "]:" (reference definition). If each of those is a good link, rendering can find nothing.
_DESTINATION = re.compile(r"\]\(\s*([^\s)]*)|\]:\s*(\S*)")


@dataclass(frozen=True)
class MarkdownIssue:
    code: str
    value: str
    snippet: str  # the text to point at in the source


def markdown_issues(text: str) -> list[MarkdownIssue]:
    if _clearly_safe(text):
        return []
    renderer = _RENDERER.reset()
    html = renderer.convert(text)
    raw = [block for block in renderer.htmlStash.rawHtmlBlocks if block.strip()]
    if raw:
        first_tag = str(raw[0]).strip().splitlines()[0]
        return [MarkdownIssue("html-in-markdown", shown(first_tag), first_tag)]
    issues: list[MarkdownIssue] = []
    for link in _links(html):
        try:
            check_link(link)
        except FormatProblem as problem:
            issues.append(MarkdownIssue(problem.code, shown(link), link))
    return issues


def _clearly_safe(text: str) -> bool:
    if "<" in text:
        return False
    for match in _DESTINATION.finditer(text):
        try:
            check_link(match.group(1) if match.group(1) is not None else match.group(2))
        except FormatProblem:
            return False
    return True


def _links(html: str) -> list[str]:
    collector = _LinkCollector()
    collector.feed(html)
    collector.close()
    return collector.links


class _LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)
