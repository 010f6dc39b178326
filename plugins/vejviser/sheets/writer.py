"""Write the spreadsheet: one row per entry (or none, for the template), ready to edit in Excel.

The first sheet has the columns of `columns.COLUMNS` with their titles in the chosen language, a
frozen header (and frozen id and name columns), drop-down lists of the vocabularies' labels (kept on
a hidden sheet; a column that takes several terms accepts "A; B" besides the list's single choices),
and every value as text. A text that starts with `=`, `+`, `-` or `@` is stored as text with Excel's
quote prefix, so no spreadsheet ever runs it as a formula, and it imports back unchanged. A second
sheet explains each column, how to write it, and what the sheet leaves out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from ..problems import render_message
from ..vocabulary import Vocabularies
from .cells import Terms, YesNo
from .columns import COLUMNS, LEFT_OUT, Column

FORMULA_STARTS = ("=", "+", "-", "@")
VALIDATION_ROWS = 2000  # rows below the header that get the drop-down lists


def write_workbook(path: Path, entries: Iterable[tuple[str, dict]], vocabularies: Vocabularies, lang: str) -> int:
    """Write the sheet for `entries` ((slug, data) pairs, data with descriptions) to `path`; the
    number of rows written."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = render_message("sheet-title", {}, lang)
    for index, column in enumerate(COLUMNS, 1):
        cell = sheet.cell(row=1, column=index, value=column.title.get(lang))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F0")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = column.width
        if not isinstance(column.codec, YesNo) and column.key not in ("age_min", "age_max"):
            sheet.column_dimensions[letter].number_format = "@"  # typed phone numbers and postcodes stay text
    sheet.freeze_panes = "D2"
    rows = 0
    for rows, (slug, data) in enumerate(entries, 1):
        for index, column in enumerate(COLUMNS, 1):
            value = slug if column.key == "vejviser_id" else column.cell(data, vocabularies, lang)
            _put(sheet.cell(row=rows + 1, column=index), value, Alignment(wrap_text=True, vertical="top"))
    _drop_downs(workbook, sheet, vocabularies, lang, DataValidation)
    _notes(workbook, vocabularies, lang, Font, Alignment)
    workbook.save(path)
    return rows


def _put(cell: Any, value: Any, alignment: Any) -> None:
    if value is None:
        return
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl made "=…" a formula: it is text
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True  # Excel keeps it text even when the cell is edited
        if "\n" in value:
            cell.alignment = alignment


def _drop_downs(workbook: Any, sheet: Any, vocabularies: Vocabularies, lang: str, DataValidation: Any) -> None:
    lists = workbook.create_sheet(render_message("sheet-lists-title", {}, lang))
    lists.sheet_state = "hidden"
    used = 0
    for index, column in enumerate(COLUMNS, 1):
        choices = _choices(column, vocabularies, lang)
        if not choices:
            continue
        used += 1
        for row, choice in enumerate(choices, 1):
            lists.cell(row=row, column=used, value=choice).data_type = "s"
        letter = lists.cell(row=1, column=used).column_letter
        single = not getattr(column.codec, "many", False)
        validation = DataValidation(
            type="list",
            formula1=f"'{lists.title}'!${letter}$1:${letter}${len(choices)}",
            allow_blank=True,
            showErrorMessage=single,  # several terms ("A; B") are typed, not picked
            errorTitle=render_message("sheet-pick-title", {}, lang),
            error=render_message("sheet-pick-error", {}, lang),
        )
        target = sheet.cell(row=2, column=index).column_letter
        validation.add(f"{target}2:{target}{VALIDATION_ROWS + 1}")
        sheet.add_data_validation(validation)


def _choices(column: Column, vocabularies: Vocabularies, lang: str) -> list[str]:
    if isinstance(column.codec, YesNo):
        return [column.codec.write(True, vocabularies, lang), column.codec.write(False, vocabularies, lang)]
    if isinstance(column.codec, Terms):
        terms = vocabularies[column.codec.vocabulary]
        wanted = [term for term in terms if column.key != "town" or term.area_kind == "town"]
        return [term.label.get(lang) for term in wanted]
    return []


def _notes(workbook: Any, vocabularies: Vocabularies, lang: str, Font: Any, Alignment: Any) -> None:
    notes = workbook.create_sheet(render_message("sheet-notes-title", {}, lang))
    say = lambda code, **params: render_message(code, params, lang)  # noqa: E731
    lines: list[tuple[str, ...]] = [(say("sheet-notes-intro"),), ()]
    lines.append((say("sheet-notes-column"), say("sheet-notes-key"), say("sheet-notes-how")))
    for column in COLUMNS:
        code, params = column.codec.help()
        if column.key in ("vejviser_id", "source_id"):
            code = f"sheet-help-{column.key.replace('_', '-')}"
        lines.append((column.title.get(lang), column.key, say(code, **params)))
    lines += [(), (say("sheet-notes-left-out"),), *[(say(code),) for code in LEFT_OUT]]
    for row, values in enumerate(lines, 1):
        for index, value in enumerate(values, 1):
            cell = notes.cell(row=row, column=index, value=value)
            cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if row == 3 or len(values) == 1:
                cell.font = Font(bold=True)
    notes.column_dimensions["A"].width = 34
    notes.column_dimensions["B"].width = 20
    notes.column_dimensions["C"].width = 90
