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
from dataclasses import dataclass, field
from pathlib import Path

from ..content import ENTRY_DIR, VOCABULARY_DIR, display_path, read_entries
from ..problems import WARNING, Problem, render_message
from ..slug import is_slug, slugify
from ..text import Text
from ..validate.across import slug_of
from ..vocabulary import Vocabularies, load_vocabularies
from ..yamlsource import SourceDocument, read_bytes
from . import cells
from .columns import CONTENT_COLUMNS, SOURCE_ID, Column, digest, get_path, projection, set_path
from .duplicates import Register, duplicate_remarks
from .entryfile import comments_lost, entry_text, leading_comments, ordered, schema_comment, with_descriptions
from .mapping import Layout, Mapping, find_layout
from .placing import validator_remarks
from .reader import SheetRefused, Table
from .rows import Remark, Row, read_rows

NEW, CHANGED, UNCHANGED, INVALID, EDITED = "new", "changed", "unchanged", "invalid", "edited"
DEFAULT_KIND = "association"


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


def plan_import(table: Table, content: Path, mapping: Mapping, *, today: datetime.date, overwrite: bool = False) -> Plan:
    layout = find_layout(table.rows, mapping)
    if layout is None:
        raise SheetRefused("sheet-no-header", titles=Text(*(", ".join(column.title.get(lang) for column in CONTENT_COLUMNS[:6]) for lang in ("da", "en"))))
    vocabularies, problems = load_vocabularies(content / VOCABULARY_DIR)
    existing = read_entries(content)
    problems += [problem for doc in existing for problem in doc.problems]
    planner = _Planner(table.name, content / ENTRY_DIR, mapping, vocabularies, today, overwrite, existing)
    results = [planner.plan(row) for row in read_rows(table, layout, vocabularies)]
    found = validator_remarks(planner.documents, existing, vocabularies, today)
    for result in results:
        result.remarks = list(dict.fromkeys([*result.remarks, *found.get(result.row, [])]))  # two findings can say the same
        if any(remark.is_error for remark in result.remarks):
            result.status, result.text = INVALID, None
    return Plan(table, results, problems, layout)


class _Planner:
    """What the rows so far have claimed, and the existing entries they are matched against."""

    def __init__(
        self,
        sheet_name: str,
        folder: Path,
        mapping: Mapping,
        vocabularies: Vocabularies,
        today: datetime.date,
        overwrite: bool,
        existing: list[SourceDocument],
    ):
        self.sheet_name = sheet_name
        self.folder = folder
        self.mapping = mapping
        self.vocabularies = vocabularies
        self.today = today
        self.overwrite = overwrite
        self.by_slug = {slug_of(doc): doc for doc in existing if isinstance(doc.data, dict)}
        self.by_source_id = {str(get_path(doc.data, ("imported", "id"))): slug for slug, doc in self.by_slug.items() if get_path(doc.data, ("imported", "id")) is not None}
        self.register = Register()
        for doc in self.by_slug.values():
            self.register.add(doc.path, doc.data)
        self.claimed: dict[str, int] = {}  # slug, and "id:" + the list's id, → the row that has it
        self.documents: list[tuple[SourceDocument, Row]] = []  # the entries the rows make, for the validator

    def plan(self, row: Row) -> RowResult:
        result = RowResult(row.number, INVALID, row.values.get("name"), None, row.remarks)
        slug, target = _target(row, self.by_slug, self.by_source_id)
        if not self._claim(row, slug, result):
            return result
        path = self.folder / f"{slug}.yaml" if target is None else Path(target.path)
        result.path = path
        if target is None:  # a new entry: does it likely duplicate one, or an earlier new row?
            result.remarks += duplicate_remarks(self.register, row, _data_of(row))
        data = _merged(row, target, self.mapping, self.vocabularies, self.today)
        _decide(result, row, target, data, self.vocabularies, self.overwrite)
        if result.status in (NEW, CHANGED, EDITED):
            _add_source(data, row, self.mapping.source or self.sheet_name, self.today)
            file_comments = [render_message("sheet-file-comment", {"file": self.sheet_name}, lang) for lang in ("da", "en")]
            header = leading_comments(target.text) if target else [schema_comment(path), *file_comments]
            result.text = entry_text(_without_descriptions(ordered(data) if target is None else data, target, row), header)
            if target is not None and comments_lost(target.text):
                result.remarks.append(Remark.at(row.number, "", "sheet-comments-lost", WARNING, path=display_path(path)))
            self.documents.append((read_bytes(result.text.encode("utf-8"), display_path(path)), row))
        return result

    def _claim(self, row: Row, slug: str | None, result: RowResult) -> bool:
        """Whether the row can make or change the entry at `slug`: it has a name, a good id, and no
        earlier row has the same entry or the same id of the list."""
        if slug is None:
            if not any(remark.column == row.letters.get("name") for remark in row.remarks):  # unless its cell was refused
                result.remarks.append(Remark.at(row.number, row.letters.get("name", ""), "sheet-name-missing"))
            return False
        if not is_slug(slug):
            result.remarks.append(Remark.at(row.number, row.letters.get("vejviser_id", ""), "sheet-bad-id", value=slug))
            return False
        source_id = row.values.get("source_id")
        id_key = f"id:{source_id}" if source_id is not None else None
        same_id = self.claimed.get(id_key) if id_key else None
        earlier = same_id or self.claimed.get(slug)
        if earlier:
            key = "source_id" if same_id else "vejviser_id" if row.values.get("vejviser_id") else "name"
            result.remarks.append(Remark.at(row.number, row.letters.get(key, ""), "sheet-row-twice", first=earlier))
            return False
        self.claimed[slug] = row.number
        if id_key:
            self.claimed[id_key] = row.number
        return True


def _target(row: Row, by_slug: dict[str, SourceDocument], by_source_id: dict[str, str]) -> tuple[str | None, SourceDocument | None]:
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
    return _free_slug(slug, by_slug), None


def _free_slug(slug: str, taken: dict) -> str:
    """`slug`, or `slug-2`, `slug-3` … when an entry of another association has it."""
    number = 2
    free = slug
    while free in taken:
        free, number = f"{slug}-{number}", number + 1
    return free


def _data_of(row: Row) -> dict:
    data: dict = {}
    for column in CONTENT_COLUMNS:
        if row.values.get(column.key) is not None:
            set_path(data, column.path, copy.deepcopy(row.values[column.key]))
    return data


def _merged(row: Row, target: SourceDocument | None, mapping: Mapping, vocabularies: Vocabularies, today: datetime.date) -> dict:
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


def _without_descriptions(data: dict, target: SourceDocument | None, row: Row) -> dict:
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


def _decide(result: RowResult, row: Row, target: SourceDocument | None, data: dict, vocabularies: Vocabularies, overwrite: bool) -> None:
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


def _add_source(data: dict, row: Row, title: str, today: datetime.date) -> None:
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


