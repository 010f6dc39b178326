"""Which column of a sheet is which field: the header row found, its titles recognised.

Titles are recognised in Danish and English, with the aliases municipal lists use (`columns.COLUMNS`),
ignoring case, spaces and a trailing ":" or "*". The header is the first of the first
`HEADER_SEARCH` rows with at least two known titles, so a title row above it does no harm. A mapping
file (YAML) can name other titles, ignore columns, pick the sheet, give values for columns the list
lacks (`defaults`) and name the list as the entries' source:

    sheet: Foreninger
    columns:
      "Tlf. (dagtid)": phones     # a column key from `vejviser template`'s note sheet
      "Intern note": null         # not read
    defaults:
      kind: Forening
    source: Kommunens foreningsliste 2026

Mistakes in the mapping file are problems at its line and column, like an entry's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..problems import Problem
from ..yamlsource import read_file
from .cells import as_text, one_line
from .columns import BY_KEY, COLUMNS, Column

HEADER_SEARCH = 20
_MAPPING_KEYS = ("sheet", "columns", "defaults", "source")


@dataclass
class Mapping:
    """What a mapping file says (empty when there is none)."""

    sheet: str | None = None
    titles: dict[str, Column | None] = field(default_factory=dict)  # folded title → column, None = ignore
    defaults: dict[str, Any] = field(default_factory=dict)  # column key → cell value
    source: str | None = None


@dataclass
class Layout:
    header_row: int  # 1-based
    columns: dict[int, Column]  # 0-based column index → column
    unknown: list[tuple[int, str]]  # columns not read: index and title
    repeated: list[tuple[int, str, int]]  # a second column for the same field: index, title, index of the first


def fold(title: str) -> str:
    return one_line(title).casefold().rstrip(":*?. ").strip()


_KNOWN = {fold(title): column for column in COLUMNS for title in column.titles()}


def column_letter(index: int) -> str:
    """The letter a spreadsheet shows for the column at `index` (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def find_layout(rows: list[list[Any]], mapping: Mapping) -> Layout | None:
    known = {**_KNOWN, **mapping.titles}
    for number, row in enumerate(rows[:HEADER_SEARCH], 1):
        titles = [fold(as_text(cell)) if isinstance(cell, str) else "" for cell in row]
        if sum(1 for title in titles if known.get(title)) < 2:
            continue
        layout = Layout(number, {}, [], [])
        first: dict[str, int] = {}
        for index, (cell, title) in enumerate(zip(row, titles)):
            if not title or (title in known and known[title] is None):
                continue
            column = known.get(title)
            if column is None:
                layout.unknown.append((index, one_line(as_text(cell))))
            elif column.key in first:
                layout.repeated.append((index, one_line(as_text(cell)), first[column.key]))
            else:
                first[column.key] = index
                layout.columns[index] = column
        return layout
    return None


def read_mapping(path: Path) -> tuple[Mapping, list[Problem]]:
    doc = read_file(path)
    if doc.problems:
        return Mapping(), doc.problems
    data = doc.data
    if not isinstance(data, dict):
        return Mapping(), [doc.problem((), "mapping-not-a-mapping")]
    problems = [doc.problem((key,), "mapping-unknown-key", at_key=True, key=key, allowed=", ".join(_MAPPING_KEYS)) for key in data if key not in _MAPPING_KEYS]
    mapping = Mapping(sheet=_text(data.get("sheet")), source=_text(data.get("source")))
    problems += [doc.problem((key,), "mapping-not-a-mapping") for key in ("columns", "defaults") if not isinstance(data.get(key) or {}, dict)]
    if problems:
        return mapping, problems
    for title, key in (data.get("columns") or {}).items():
        if key is not None and key not in BY_KEY:
            problems.append(doc.problem(("columns", title), "mapping-unknown-column", key=key, keys=", ".join(BY_KEY)))
        else:
            mapping.titles[fold(str(title))] = BY_KEY[key] if key else None
    for key, value in (data.get("defaults") or {}).items():
        if key not in BY_KEY:
            problems.append(doc.problem(("defaults", key), "mapping-unknown-column", at_key=True, key=key, keys=", ".join(BY_KEY)))
        else:
            mapping.defaults[key] = "; ".join(map(str, value)) if isinstance(value, list) else value
    return mapping, problems


def _text(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None
