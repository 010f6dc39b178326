"""Turn the rows of a municipality's list into entry files: the plan of what each row would do.

`plan_import` decides for every row, without writing anything, whether it makes a new entry,
changes one, leaves one as it is, is invalid, or would overwrite an entry edited by hand since it was
last imported (`EDITED`, only written with `overwrite`). A row is matched to an entry by its
Vejviser id (the export's first column), else by the list's own id (kept in the entry under
`imported.id`), else, when the list has no ids, by its name's address among entries that were
imported. A row updates only the fields the sheet has columns for; everything else in the entry
stays. Every row's entry is checked by the project's validator, and each problem is placed on the
row's cell (`liste.xlsx:7:E`). Rows that likely duplicate an entry or an earlier row are flagged.

The entry records what was imported: `imported: {id: …, columns: […], digest: …}`, the digest being
that of the entry's values in those columns as the sheet shows them (`columns.projection`). When
the entry's values no longer have that digest, someone edited it after the import, and the import
says so instead of overwriting.
A new or changed entry gets (or updates) a source naming the list and the date it was read.
"""

from __future__ import annotations

import copy
import datetime
import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..content import ENTRY_DIR, VOCABULARY_DIR, display_path, read_entries
from ..problems import ERROR, WARNING, Problem, render_message
from ..slug import is_slug, slugify
from ..text import Text
from ..validate import document_findings
from ..validate.across import across_findings, slug_of
from ..vocabulary import Vocabularies, load_vocabularies
from ..yamlsource import SourceDocument, read_bytes
from . import cells
from .columns import CONTENT_COLUMNS, SOURCE_ID, VEJVISER_ID, Column, digest, get_path, projection, set_path
from .duplicates import Register
from .entryfile import comments_lost, entry_text, leading_comments, ordered, schema_comment
from .mapping import Layout, Mapping, find_layout
from .reader import Formula, SheetRefused, Table

NEW, CHANGED, UNCHANGED, INVALID, EDITED = "new", "changed", "unchanged", "invalid", "edited"
DEFAULT_KIND = "association"
_ROW = "row:"
_HOW = {
    "phone": Text("samme telefonnummer", "same phone number"),
    "email": Text("samme e-mailadresse", "same e-mail address"),
    "website": Text("samme hjemmeside", "same website"),
    "name": Text("samme navn", "same name"),
    "similar-name": Text("næsten samme navn", "nearly the same name"),
}


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
class RowResult:
    row: int
    status: str
    name: str | None
    path: Path | None  # the entry file it makes or changes
    remarks: list[Remark] = field(default_factory=list)
    changed: list[Column] = field(default_factory=list)
    text: str | None = None  # the file to write (new, changed, and edited with `overwrite`)

    @property
    def writes(self) -> bool:
        return self.text is not None and self.status in (NEW, CHANGED)


@dataclass
class Plan:
    table: Table
    rows: list[RowResult]
    problems: list[Problem] = field(default_factory=list)  # in the content folder or the mapping
    layout: Layout | None = None


@dataclass
class _Row:
    """A row read: its values by column key (only the sheet's columns), and where each column is."""

    number: int
    values: dict[str, Any]
    letters: dict[str, str]
    remarks: list[Remark]


def plan_import(table: Table, content: Path, mapping: Mapping, *, today: datetime.date, overwrite: bool = False) -> Plan:
    layout = find_layout(table.rows, mapping)
    if layout is None:
        raise SheetRefused("sheet-no-header", titles=", ".join(column.title.da for column in CONTENT_COLUMNS[:6]))
    vocabularies, problems = load_vocabularies(content / VOCABULARY_DIR)
    existing = read_entries(content)
    problems += [problem for doc in existing for problem in doc.problems]
    by_slug = {slug_of(doc): doc for doc in existing if isinstance(doc.data, dict)}
    by_source_id = {str(get_path(doc.data, ("imported", "id"))): slug for slug, doc in by_slug.items() if get_path(doc.data, ("imported", "id")) is not None}
    register = Register()
    for slug, doc in by_slug.items():
        register.add(doc.path, doc.data)
    folder = content / ENTRY_DIR
    source_title = mapping.source or table.name
    results: list[RowResult] = []
    documents: dict[int, tuple[SourceDocument, _Row, RowResult]] = {}
    claimed: dict[str, int] = {}  # slug → the row that writes it
    for row in _rows(table, layout, vocabularies):
        name = row.values.get("name")
        slug, target = _target(row, by_slug, by_source_id)
        result = RowResult(row.number, INVALID, name, None, row.remarks)
        results.append(result)
        if slug is None:
            if not any(remark.column == row.letters.get("name") for remark in row.remarks):  # unless its cell was refused
                result.remarks.append(Remark.at(row.number, row.letters.get("name", ""), "sheet-name-missing"))
            continue
        if not is_slug(slug):
            result.remarks.append(Remark.at(row.number, row.letters.get("vejviser_id", ""), "sheet-bad-id", value=slug))
            continue
        if slug in claimed:
            letter = row.letters["vejviser_id"] if row.values.get("vejviser_id") else row.letters.get("name", "")
            result.remarks.append(Remark.at(row.number, letter, "sheet-row-twice", first=claimed[slug]))
            continue
        claimed[slug] = row.number
        path = folder / f"{slug}.yaml" if target is None else Path(target.path)
        result.path = path
        if target is None:  # a new entry: does it likely duplicate one, or an earlier new row?
            for matches in _grouped(register.matches(_data_of(row))):
                first = matches[0]
                how = Text(*(", ".join(f"{_HOW[match.how].get(lang)}: {match.value}" for match in matches) for lang in ("da", "en")))
                letter = row.letters.get(_column_of_match(first.how), "")
                result.remarks.append(Remark.at(row.number, letter, "sheet-likely-duplicate", WARNING, other=_where(first.other), how=how))
            register.add(f"{_ROW}{row.number}", _data_of(row))
        data = _merged(row, target, mapping, vocabularies, today)
        _decide(result, row, target, data, vocabularies, overwrite)
        if result.status in (NEW, CHANGED, EDITED):
            _add_source(data, row, source_title, today)
            header = leading_comments(target.text) if target else [schema_comment(path), *(render_message("sheet-file-comment", {"file": table.name}, lang) for lang in ("da", "en"))]
            result.text = entry_text(_without_descriptions(ordered(data) if target is None else data, target, row), header)
            if target is not None and comments_lost(target.text):
                result.remarks.append(Remark.at(row.number, "", "sheet-comments-lost", WARNING, path=display_path(path)))
            documents[row.number] = (read_bytes(result.text.encode("utf-8"), display_path(path)), row, result)
    _validate(documents, existing, vocabularies, today)
    for result in results:
        if any(remark.is_error for remark in result.remarks):
            result.status, result.text = INVALID, None
    return Plan(table, results, problems, layout)


def _rows(table: Table, layout: Layout, vocabularies: Vocabularies) -> Iterable[_Row]:
    letters = {column.key: table.column_label(index) for index, column in layout.columns.items()}
    for number, cells_in_row in enumerate(table.rows[layout.header_row :], layout.header_row + 1 + table.row_shift):
        if all(cell is None for cell in cells_in_row):
            continue  # an empty row
        row = _Row(number, {}, letters, [])
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


def _target(row: _Row, by_slug: dict[str, SourceDocument], by_source_id: dict[str, str]) -> tuple[str | None, SourceDocument | None]:
    """The address the row's entry has and the entry file it updates (None for a new one)."""
    own = row.values.get("vejviser_id")
    if own:
        return own, by_slug.get(own)
    source_id = row.values.get("source_id")
    if source_id is not None and str(source_id) in by_source_id:
        slug = by_source_id[str(source_id)]
        return slug, by_slug[slug]
    name = row.values.get("name")
    slug = slugify(name) if isinstance(name, str) else ""
    if not slug:
        return None, None
    same = by_slug.get(slug)
    if same is not None and source_id is None and "imported" in same.data and not get_path(same.data, ("imported", "id")):
        return slug, same  # imported before from a list without ids: matched by its name
    while slug in by_slug:  # an entry of another association has this address
        slug = _next_slug(slug)
    return slug, None


def _next_slug(slug: str) -> str:
    stem, _, number = slug.rpartition("-")
    return f"{stem}-{int(number) + 1}" if stem and number.isdigit() else f"{slug}-2"


def _data_of(row: _Row) -> dict:
    data: dict = {}
    for column in CONTENT_COLUMNS:
        if row.values.get(column.key) is not None:
            set_path(data, column.path, copy.deepcopy(row.values[column.key]))
    return data


def _merged(row: _Row, target: SourceDocument | None, mapping: Mapping, vocabularies: Vocabularies, today: datetime.date) -> dict:
    """The entry with the row's values: a copy of the existing one, or a new one with the defaults
    (the mapping's, else kind "association") where the row gives nothing."""
    data = copy.deepcopy(with_descriptions(target)) if target is not None else {}
    for column in CONTENT_COLUMNS:
        if column.key in row.values:
            set_path(data, column.path, copy.deepcopy(row.values[column.key]))
    if target is None:
        defaults = {"kind": DEFAULT_KIND, **mapping.defaults}
        for column in (column for column in CONTENT_COLUMNS if column.key in defaults and get_path(data, column.path) is None):
            try:
                set_path(data, column.path, column.read(defaults[column.key], vocabularies))
            except cells.CellProblem as problem:
                row.remarks.append(Remark.at(row.number, "", problem.code, **problem.params))
        data.setdefault("added", today.isoformat())
    data.setdefault("last_verified", None)  # required, empty until the association confirms
    if not data.get("areas"):  # a list without an area: the town of the postcode
        town = vocabularies.town_for_postcode(str(get_path(data, ("locations", 0, "postcode")) or ""))
        if town is not None:
            data["areas"] = [town.id]
    return data


def with_descriptions(doc: SourceDocument) -> dict:
    """The entry's data with the descriptions kept in Markdown files (`<slug>.da.md`) in it."""
    data = copy.deepcopy(doc.data)
    for lang, companion in doc.companions.items():
        data.setdefault("description", {})[lang] = companion.text
    return data


def _without_descriptions(data: dict, target: SourceDocument | None, row: _Row) -> dict:
    """The data to write: a description kept in a Markdown file is left there, and a row that changes
    it is refused (the sheet does not write Markdown files)."""
    if target is None or not target.companions:
        return data
    data = copy.deepcopy(data)
    for lang, companion in target.companions.items():
        written = get_path(data, ("description", lang))
        if cells.paragraphs(written or "") != cells.paragraphs(companion.text):
            row.remarks.append(Remark.at(row.number, row.letters.get(f"description_{lang}", ""), "sheet-description-in-file", file=companion.path))
        set_path(data, ("description", lang), None)
    return data


def _decide(result: RowResult, row: _Row, target: SourceDocument | None, data: dict, vocabularies: Vocabularies, overwrite: bool) -> None:
    """New, unchanged, changed or edited by hand; and the import record the entry gets: the columns
    the sheet had and the digest of their values. Only those columns count as edited by hand, so a
    field the list does not have can be edited freely."""
    source_id = row.values.get("source_id")
    keys = [column.key for column in CONTENT_COLUMNS if column.key in row.values]
    after = projection(data, vocabularies)
    record = target.data.get("imported") if target is not None and isinstance(target.data.get("imported"), dict) else {}
    if target is None:
        result.status = NEW
    else:
        before = projection(with_descriptions(target), vocabularies)
        result.changed = [column for column in CONTENT_COLUMNS if column.key in keys and before[column.key] != after[column.key]]
        if source_id is not None and str(source_id) != str(record.get("id")):
            result.changed.insert(0, SOURCE_ID)
        if not result.changed:
            result.status = UNCHANGED
            return
        imported_keys = [key for key in record.get("columns") or keys if key in before]
        edited = bool(record) and record.get("digest") != digest({key: before[key] for key in imported_keys})
        result.status = EDITED if edited and not overwrite else CHANGED
        if edited:
            code = "sheet-edited-overwritten" if overwrite else "sheet-edited-by-hand"
            result.remarks.append(Remark.at(row.number, "", code, WARNING, path=target.path))
    kept_id = source_id if source_id is not None else record.get("id")
    data["imported"] = {**({"id": str(kept_id)} if kept_id is not None else {}), "columns": keys, "digest": digest({key: after[key] for key in keys})}


def _add_source(data: dict, row: _Row, title: str, today: datetime.date) -> None:
    """Name the list as the source of the fields the row gives (updating its earlier source)."""
    supports = sorted({column.supports for column in CONTENT_COLUMNS if column.supports and row.values.get(column.key) is not None})
    if not supports:
        return
    sources = data.setdefault("sources", [])
    source = next((source for source in sources if isinstance(source, dict) and source.get("title") == title and "url" not in source), None)
    if source is None:
        source = {"title": title}
        sources.append(source)
    source["read"] = today.isoformat()
    source["supports"] = sorted(set(source.get("supports") or []) | set(supports)) if source.get("supports") else supports


def _validate(documents: dict[int, tuple[SourceDocument, _Row, RowResult]], existing: list[SourceDocument], vocabularies: Vocabularies, today: datetime.date) -> None:
    """The validator's findings on each row's entry, placed on the row's cells."""
    targets = {doc.path for doc, _, _ in documents.values()}
    others = [doc for doc in existing if doc.path not in targets]
    for doc, row, result in documents.values():
        result.remarks += [remark for problem in doc.problems for remark in [Remark.at(row.number, "", problem.code, problem.severity, **dict(problem.params))]]
        if not isinstance(doc.data, dict):
            continue
        for finding in document_findings(doc, vocabularies, today=today):
            result.remarks.append(_placed(finding.path, finding.code, finding.params, finding.severity, row, vocabularies))
    docs = [doc for doc, _, _ in documents.values()]
    by_path = {doc.path: (row, result) for doc, row, result in documents.values()}
    for doc, finding in across_findings(docs, [*docs, *others]):
        row, result = by_path[doc.path]
        params = dict(finding.params)
        if params.get("other") in by_path:  # another row of the sheet: said on the later of the two
            first = by_path[params["other"]][0].number
            if first > row.number:
                continue
            params["other"] = _where(f"{_ROW}{first}")
        result.remarks.append(_placed(finding.path, finding.code, params, finding.severity, row, vocabularies))


def _placed(path: tuple, code: str, params: dict, severity: str, row: _Row, vocabularies: Vocabularies) -> Remark:
    """A finding at the cell of the column that holds `path` (the row as a whole when none does)."""
    column = _column_for(path, row)
    if code.startswith("vocabulary-unknown") and column is not None and column.vocabulary:
        return _unknown_term(row, column, str(params.get("value")), severity, vocabularies)
    if code in ("required-missing", "danish-missing", "value-empty") and column is None:
        wanted = _column_for(path, None)
        if wanted is not None:
            return Remark.at(row.number, "", "sheet-column-needed", severity, title=wanted.title)
    if code in ("required-missing", "danish-missing") and column is not None:
        return Remark.at(row.number, row.letters[column.key], "sheet-cell-needed", severity, title=column.title)
    return Remark.at(row.number, row.letters[column.key] if column else "", code, severity, **params)


def _unknown_term(row: _Row, column: Column, value: str, severity: str, vocabularies: Vocabularies) -> Remark:
    """A term not in the drop-down list, said with the list's labels (the sheet shows labels, not ids)."""
    terms = list(vocabularies[column.vocabulary])
    labels = {lang: [term.label.get(lang) for term in terms] for lang in ("da", "en")}
    close = {lang: difflib.get_close_matches(value, labels[lang], n=1, cutoff=0.6) for lang in labels}
    if close["da"] or close["en"]:
        term = next(term for term in terms if term.label.get("da") in close["da"] or term.label.get("en") in close["en"])
        return Remark.at(row.number, row.letters[column.key], "sheet-unknown-term-suggest", severity, value=value, title=column.title, suggestion=term.label)
    return Remark.at(row.number, row.letters[column.key], "sheet-unknown-term", severity, value=value, title=column.title,
                     valid=Text("; ".join(labels["da"]), "; ".join(labels["en"])))


def _column_for(path: tuple, row: _Row | None) -> Column | None:
    candidates = [column for column in CONTENT_COLUMNS if row is None or column.key in row.letters]
    for length in range(len(path), 0, -1):
        for column in candidates:
            if column.path[:length] == tuple(path[:length]) and (length == len(path) or len(column.path) <= length):
                return column
    return None


def _where(other: str) -> str | Text:
    """An entry's file, or an earlier row of the sheet in the report's language."""
    if not other.startswith(_ROW):
        return other
    number = other.removeprefix(_ROW)
    return Text(render_message("sheet-row", {"row": number}, "da"), render_message("sheet-row", {"row": number}, "en"))


def _grouped(matches: list) -> list[list]:
    groups: dict[str, list] = {}
    for match in matches:
        groups.setdefault(match.other, []).append(match)
    return list(groups.values())


def _column_of_match(how: str) -> str:
    return {"phone": "phones", "email": "email", "website": "website"}.get(how, "name")
