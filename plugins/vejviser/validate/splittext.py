"""A text that YAML split at a comma inside `{ }`: one message with the quoted text, not "unknown field".

Between the brackets of a flow mapping YAML ends a plain value at every comma, so in

    summary: {da: Lukket juleaften, også om morgenen, en: Closed on Christmas Eve}

`også om morgenen` becomes a key of its own with no value, and the schema would only say "unknown
field 'også om morgenen'". `split_text_findings` recognises such keys from the data and the source line,
so that the contributor is told to put the whole text in quotes instead.

A key counts as a stray part of a text when all of these hold:

- the schema does not know it, and it is not a misspelling of a field it knows (those get the usual
  "did you mean" message);
- its value is empty (nothing followed it before the next comma or `}`);
- it follows, in the same mapping, a field whose value is plain unquoted text, or another stray part;
- it is written without quotes on the same line as that text (so right after a comma).

A key on a line of its own (a block mapping) never qualifies, nor does an item of a list
(`get_started: [Ring, og spørg]` is two items, as written).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator

from ..yamlerrors import quoted
from ..yamlsource import JsonPath, Position, SourceDocument
from .findings import Finding


@dataclass(frozen=True)
class _SplitText:
    """A plain text at `field` followed by the `strays` YAML cut off it, all on one source line."""

    field: str
    strays: tuple[str, ...]


def split_text_findings(
    doc: SourceDocument, path: JsonPath, mapping: dict[str, Any], is_unknown: Callable[[str], bool]
) -> tuple[list[Finding], set[str]]:
    """One finding for each text split at a comma in the mapping at `path`, at its first stray part
    with the mapping rewritten as the fix, and all the stray keys they explain. `is_unknown(key)`
    says whether a key is neither a known field nor a misspelling of one."""
    lines = doc.text.splitlines()
    splits = list(_split_texts(doc, lines, path, mapping, is_unknown))
    strays = {key for split in splits for key in split.strays}
    findings = [
        Finding(
            (*path, split.strays[0]),
            "text-split-at-comma",
            {"part": split.strays[0], "example": _example(doc, lines, path, mapping, split, strays)},
            at_key=True,
        )
        for split in splits
    ]
    return findings, strays


def _split_texts(
    doc: SourceDocument, lines: list[str], path: JsonPath, mapping: dict[str, Any], is_unknown: Callable[[str], bool]
) -> Iterator[_SplitText]:
    text: tuple[str, Position] | None = None  # the last plain text: its field and where it starts
    strays: list[str] = []
    for key, value in mapping.items():
        where = doc.key_positions.get((*path, key))
        if text and value is None and where and where[0] == text[1][0] and _written_as(lines, where, key) and is_unknown(key):
            strays.append(key)  # on the text's line, so after it and a comma: nothing else parts two keys on a line
            continue
        if text and strays:
            yield _SplitText(text[0], tuple(strays))
        strays = []
        start = doc.positions.get((*path, key))
        text = (key, start) if start and isinstance(value, str) and value and _written_as(lines, start, value) else None
    if text and strays:
        yield _SplitText(text[0], tuple(strays))


def _example(doc: SourceDocument, lines: list[str], path: JsonPath, mapping: dict[str, Any], split: _SplitText, strays: set[str]) -> str:
    """`summary: {da: "Lukket juleaften, også om morgenen", en: …}`: the text as written, in quotes;
    the mapping's other fields shortened to `…`."""
    line, column = doc.positions[(*path, split.field)]
    _, last_column = doc.key_positions[(*path, split.strays[-1])]
    whole = _line(lines, line)[column - 1 : last_column - 1 + len(split.strays[-1])]
    parts = [f"{key}: {quoted(whole) if key == split.field else '…'}" for key in mapping if key not in strays]
    name = path[-1] if path and isinstance(path[-1], str) else None
    return (f"{name}: " if name else "") + "{" + ", ".join(parts) + "}"


def _written_as(lines: list[str], where: Position, text: str) -> bool:
    """Whether the source at `where` reads `text` as it is: written without quotes, on one line."""
    line, column = where
    return _line(lines, line)[column - 1 : column - 1 + len(text)] == text


def _line(lines: list[str], line: int) -> str:
    return lines[line - 1] if 1 <= line <= len(lines) else ""
