"""Checks on Markdown text: no raw HTML, links only to https:, mailto: and tel:.

The text is rendered with cmark-gfm, the renderer the site uses (`vejviser.markup`), so "raw HTML"
means exactly what CommonMark passes through as HTML (a `<` in "mindre end < 5" or inside `code` is
not HTML), and every link the page would get is checked, whichever Markdown syntax made it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from cmarkgfm import markdown_to_html

from ..markup import AS_WRITTEN
from .findings import shown
from .formats import FormatProblem, check_link

# cmark's safe rendering puts this in place of each piece of raw HTML, a block or an inline tag.
_OMITTED = "<!-- raw HTML omitted -->"
# An HTML tag or comment as written (not an autolink such as <https://…> or <navn@forening.dk>).
_TAG = re.compile(r"<[A-Za-z][A-Za-z0-9-]*(?=[\s/>])[^>]*>|</[A-Za-z][A-Za-z0-9-]*\s*>|<!--")
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
    html = markdown_to_html(text, AS_WRITTEN)
    if first_tag := _first_raw_html(text, html):
        return [MarkdownIssue("html-in-markdown", shown(first_tag), first_tag)]
    issues: list[MarkdownIssue] = []
    for link in _links(html):
        try:
            check_link(link)
        except FormatProblem as problem:
            issues.append(MarkdownIssue(problem.code, shown(link), link))
    return issues


def _first_raw_html(text: str, html: str) -> str | None:
    """The first raw HTML in `text` as written (`html` is its rendering with raw HTML kept): a block's
    first line, or an inline tag. Both renderings agree up to where the safe one omits it, unless the
    safe one emptied a dangerous link before it; then the first tag in the text is taken."""
    at = markdown_to_html(text).find(_OMITTED)
    if at < 0:
        return None
    raw = html[at:]
    block = at == 0 or html[at - 1] == "\n"
    snippet = raw.splitlines()[0].strip() if block and raw.strip() else raw[: raw.find(">") + 1]
    if snippet and snippet in text:
        return snippet
    tag = _TAG.search(text)
    return tag.group() if tag else "<"


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
