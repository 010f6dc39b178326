"""A `Finding` is a problem located by its path in the data; `locate` turns it into a `Problem`.

Rules speak in data paths (`("contact", "phones", 2, "number")`), never in line numbers; the
`SourceDocument` knows where each path starts. A finding may also name a piece of text (`snippet`) to
point at inside the value, e.g. the HTML tag on the fourth line of a block of Markdown.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from ..problems import ERROR, Problem
from ..yamlsource import JsonPath, Position, SourceDocument


@dataclass(frozen=True)
class Finding:
    path: JsonPath
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    severity: str = ERROR
    at_key: bool = False
    snippet: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def locate(doc: SourceDocument, finding: Finding) -> Problem:
    where = doc.key_position(finding.path) if finding.at_key else doc.position(finding.path)
    if finding.snippet:
        where = find_text(doc.text, finding.snippet, after=where) or where
    return Problem.at(doc.path, where, finding.code, finding.severity, **finding.params)


def find_text(text: str, snippet: str, after: Position = (1, 1)) -> Position | None:
    """Line and column of the first `snippet` in `text` at or after the position `after`."""
    starts = line_starts(text)
    line, column = after
    begin = starts[min(line, len(starts)) - 1] + column - 1
    index = text.find(snippet, begin)
    if index < 0:
        return None
    line_index = bisect.bisect_right(starts, index) - 1
    return line_index + 1, index - starts[line_index] + 1


def line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def shown(value: Any) -> str:
    """A value as it can be quoted in a one-line message: control characters escaped, long text cut."""
    text = value if isinstance(value, str) else repr(value)
    text = "".join(character if character.isprintable() else repr(character)[1:-1] for character in text)
    return text if len(text) <= 80 else text[:77] + "…"
