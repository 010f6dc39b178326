"""The rows of a sheet as the import reads them, and what it says about them (`Remark`).

A `Row` holds each of the sheet's columns read into an entry's value (`cells`), by column key; a
cell that cannot be read, or that holds a formula, becomes a `Remark` at that cell instead. Empty
rows are skipped. A remark is shown as `liste.xlsx:7:E: message`, in Danish or English.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from ..problems import ERROR, render_message
from ..text import Text
from ..vocabulary import Vocabularies
from . import cells
from .mapping import Layout
from .reader import Formula, Table


@dataclass(frozen=True)
class Remark:
    """Something to say about a row, at a cell: `liste.xlsx:7:E: message`."""

    row: int
    column: str  # the column's letter, "" for the row as a whole
    code: str
    params: tuple[tuple[str, Any], ...] = ()
    severity: str = ERROR

    @classmethod
    def at(cls, row: int, column: str, code: str, severity: str = ERROR, **params: Any) -> "Remark":
        return cls(row, column, code, tuple(sorted(params.items())), severity)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def message(self, lang: str) -> str:
        params = {key: value.get(lang) if isinstance(value, Text) else value for key, value in self.params}
        text = render_message(self.code, params, lang)
        return text if self.is_error else f"{render_message('warning-prefix', {}, lang)}: {text}"


@dataclass
class Row:
    """A row read: its values by column key (only the sheet's columns), and where each column is."""

    number: int
    values: dict[str, Any]
    letters: dict[str, str]
    remarks: list[Remark]


def read_rows(table: Table, layout: Layout, vocabularies: Vocabularies) -> Iterator[Row]:
    letters = {column.key: table.column_label(index) for index, column in layout.columns.items()}
    for number, cells_in_row in enumerate(table.rows[layout.header_row :], layout.header_row + 1 + table.row_shift):
        if all(cell is None for cell in cells_in_row):
            continue  # an empty row
        row = Row(number, {}, letters, [])
        for index, column in layout.columns.items():
            cell = cells_in_row[index] if index < len(cells_in_row) else None
            if isinstance(cell, Formula):
                row.remarks.append(Remark.at(number, letters[column.key], "sheet-formula", formula=cells.one_line(cell.text)[:60]))
                continue
            try:
                row.values[column.key] = column.read(cell, vocabularies)
            except cells.CellProblem as problem:
                row.remarks.append(Remark.at(number, letters[column.key], problem.code, **problem.params))
        if any(value is not None for value in row.values.values()) or row.remarks:
            yield row


def row_reference(number: int | str) -> Text:
    """Another row of the sheet: "række 7", or "row 7" in English."""
    return Text(*(render_message("sheet-row", {"row": number}, lang) for lang in ("da", "en")))
