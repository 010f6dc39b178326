"""Read a spreadsheet (.xlsx) or a CSV file (or an HSDS file, `hsds_reader`) into rows of cells,
refusing what could hurt.

A file is refused as a whole (`SheetRefused`, with a message code) when it is larger than
`MAX_FILE_BYTES`, when an .xlsx archive would unpack to more than `MAX_UNPACKED_BYTES` (checked in the
archive's directory before openpyxl opens it: a zip bomb never gets unpacked), when it has more than
`MAX_ROWS` rows or `MAX_COLUMNS` columns, or when it is not a spreadsheet at all. Formulas are never
evaluated: openpyxl reads a formula as its text, and the cell is returned as a `Formula` for the
import to refuse. Values merged over several rows are repeated down into each row (a municipal list
often merges "Område" over the rows of one town); CSV files may use ";" or "," and be UTF-8 (with
or without BOM) or Windows-1252, as Danish Excel writes them.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .mapping import column_letter

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_UNPACKED_BYTES = 40 * 1024 * 1024
MAX_ROWS = 10_000
MAX_COLUMNS = 200
SUFFIXES = (".xlsx", ".xlsm", ".csv", ".json")


class SheetRefused(Exception):
    def __init__(self, code: str, **params: Any):
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Formula:
    """A cell holding a formula, kept as its text and never evaluated."""

    text: str


@dataclass
class Table:
    """The cells of one sheet, row by row (`rows[0]` is row 1 of the sheet)."""

    name: str  # the file's name as the report shows it
    rows: list[list[Any]]
    labels: list[str] | None = None  # how the report names the columns (letters when None)
    row_shift: int = 0  # added to a row's number in the report (an HSDS file's header row is made up)

    def column_label(self, index: int) -> str:
        return self.labels[index] if self.labels is not None else column_letter(index)


def read_table(path: Path, sheet: str | None = None) -> Table:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SheetRefused("sheet-unknown-type", suffixes=", ".join(SUFFIXES))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise SheetRefused("sheet-too-large", size_mib=round(size / 2**20, 1), limit_mib=MAX_FILE_BYTES // 2**20)
    data = path.read_bytes()
    if suffix == ".json":
        from .hsds_reader import hsds_table

        return hsds_table(path.name, data)
    rows = _csv_rows(data) if suffix == ".csv" else _xlsx_rows(data, sheet)
    if len(rows) > MAX_ROWS:
        raise SheetRefused("sheet-too-many-rows", rows=len(rows), limit=MAX_ROWS)
    return Table(path.name, rows)


def _xlsx_rows(data: bytes, sheet: str | None) -> list[list[Any]]:
    _check_archive(data)
    import openpyxl  # only when a spreadsheet is read: the site build never needs it

    _count_rows(openpyxl, data, sheet)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=False, keep_links=False, rich_text=False)
    except Exception as error:  # openpyxl raises many kinds for a broken file: all mean "not readable"
        raise SheetRefused("sheet-not-a-spreadsheet", detail=type(error).__name__) from None
    if sheet is not None and sheet not in workbook.sheetnames:
        raise SheetRefused("sheet-no-such-sheet", sheet=sheet, sheets=", ".join(workbook.sheetnames))
    worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
    if worksheet.max_row > MAX_ROWS:
        raise SheetRefused("sheet-too-many-rows", rows=worksheet.max_row, limit=MAX_ROWS)
    if worksheet.max_column > MAX_COLUMNS:
        raise SheetRefused("sheet-too-many-columns", columns=worksheet.max_column, limit=MAX_COLUMNS)
    rows = [[_cell_value(cell) for cell in row] for row in worksheet.iter_rows()]
    has_values = [any(cell is not None for cell in row) for row in rows]
    for merged in worksheet.merged_cells.ranges:  # repeat a value merged over rows into each row (not into empty ones)
        top = rows[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= len(rows) else None
        for row in range(merged.min_row + 1, min(merged.max_row, len(rows)) + 1):
            if has_values[row - 1]:
                rows[row - 1][merged.min_col - 1] = top
    return rows


def _count_rows(openpyxl: Any, data: bytes, sheet: str | None) -> None:
    """Refuse a sheet of too many rows before it is loaded whole: read-only mode streams the rows
    (the sheet's own <dimension> may lie), so memory stays small however many there are."""
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
        worksheet = workbook[sheet] if sheet in workbook.sheetnames else workbook.worksheets[0]
        for number, _row in enumerate(worksheet.iter_rows(values_only=True), 1):
            if number > MAX_ROWS:
                raise SheetRefused("sheet-too-many-rows", rows=f"> {MAX_ROWS}", limit=MAX_ROWS)
        workbook.close()
    except SheetRefused:
        raise
    except Exception as error:
        raise SheetRefused("sheet-not-a-spreadsheet", detail=type(error).__name__) from None


def _cell_value(cell: Any) -> Any:
    value = cell.value
    if cell.data_type == "f":
        return Formula(str(value))
    if isinstance(value, str):
        return value.strip() or None
    if not isinstance(value, (int, float, bool, type(None))) and hasattr(value, "isoformat"):
        return value  # a date or time
    if isinstance(value, (int, float, bool, type(None))):
        return value
    return Formula(str(value))  # an array formula or a data table: also never evaluated


def _check_archive(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise SheetRefused("sheet-not-a-spreadsheet", detail="zip") from None
    with archive:
        members = archive.infolist()
        unpacked = sum(member.file_size for member in members)
        if unpacked > MAX_UNPACKED_BYTES or len(members) > 10_000:
            raise SheetRefused("sheet-zip-bomb", unpacked_mib=round(unpacked / 2**20), limit_mib=MAX_UNPACKED_BYTES // 2**20)
        if "xl/workbook.xml" not in archive.namelist():
            raise SheetRefused("sheet-not-a-spreadsheet", detail="xl/workbook.xml")


def _csv_rows(data: bytes) -> list[list[Any]]:
    text = _decode(data)
    sample = text[:65536]
    first_line = sample.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise SheetRefused("sheet-csv-broken", detail=str(error)) from None
    if any(len(row) > MAX_COLUMNS for row in rows):
        raise SheetRefused("sheet-too-many-columns", columns=max(len(row) for row in rows), limit=MAX_COLUMNS)
    return [[_csv_value(value) for value in row] for row in rows]


def _csv_value(value: str) -> Any:
    value = value.strip()
    if value.startswith("="):
        return Formula(value)
    if value.startswith("'") and value[1:2] in ("=", "+", "-", "@"):  # a cell the open data export kept as text
        return value[1:]
    return value or None


def _decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise SheetRefused("sheet-not-a-spreadsheet", detail="binary")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Danish Excel's "CSV (semikolonsepareret)"
