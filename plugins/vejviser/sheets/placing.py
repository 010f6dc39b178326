"""The validator's findings on the entries the rows make, placed on the rows' cells.

Each row's entry is checked on its own and across files (with the existing entries the sheet does
not change), exactly as `vejviser validate` checks a file; a finding's data path says which column
holds the value, so it is reported at that cell. A few findings are said the sheet's way: a missing
value names the column to fill in, a term not in a vocabulary is said with the labels of its
drop-down list, and another row is named by its number.
"""

from __future__ import annotations

import datetime
import difflib

from ..text import Text
from ..validate import document_findings
from ..validate.across import across_findings
from ..vocabulary import Vocabularies
from ..yamlsource import SourceDocument
from .columns import CONTENT_COLUMNS, Column
from .rows import Remark, Row, row_reference


def validator_remarks(
    documents: list[tuple[SourceDocument, Row]], existing: list[SourceDocument], vocabularies: Vocabularies, today: datetime.date
) -> dict[int, list[Remark]]:
    """Row number → the remarks the validator has on the row's entry."""
    remarks: dict[int, list[Remark]] = {row.number: [] for _, row in documents}
    targets = {doc.path for doc, _ in documents}
    others = [doc for doc in existing if doc.path not in targets]
    for doc, row in documents:
        remarks[row.number] += [Remark.at(row.number, "", problem.code, problem.severity, **dict(problem.params)) for problem in doc.problems]
        if isinstance(doc.data, dict):
            for finding in document_findings(doc, vocabularies, today=today):
                remarks[row.number].append(_placed(finding.path, finding.code, finding.params, finding.severity, row, vocabularies))
    by_path = {doc.path: row for doc, row in documents}
    for doc, finding in across_findings([doc for doc, _ in documents], [*(doc for doc, _ in documents), *others]):
        row = by_path[doc.path]
        params = dict(finding.params)
        if params.get("other") in by_path:  # another row of the sheet: said on the later of the two
            first = by_path[params["other"]].number
            if first > row.number:
                continue
            params["other"] = row_reference(first)
        remarks[row.number].append(_placed(finding.path, finding.code, params, finding.severity, row, vocabularies))
    return remarks


def _placed(path: tuple, code: str, params: dict, severity: str, row: Row, vocabularies: Vocabularies) -> Remark:
    """A finding at the cell of the column that holds `path` (the row as a whole when none does)."""
    if code == "needs-or-volunteering":  # the sheet has no volunteer roles: it needs a need
        path = ("needs",)
        code = "required-missing"
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


def _unknown_term(row: Row, column: Column, value: str, severity: str, vocabularies: Vocabularies) -> Remark:
    """A term not in the drop-down list, said with the list's labels (the sheet shows labels, not ids)."""
    terms = list(vocabularies[column.vocabulary])
    labels = {lang: [term.label.get(lang) for term in terms] for lang in ("da", "en")}
    close = {lang: difflib.get_close_matches(value, labels[lang], n=1, cutoff=0.6) for lang in labels}
    if close["da"] or close["en"]:
        term = next(term for term in terms if term.label.get("da") in close["da"] or term.label.get("en") in close["en"])
        return Remark.at(row.number, row.letters[column.key], "sheet-unknown-term-suggest", severity, value=value, title=column.title, suggestion=term.label)
    return Remark.at(row.number, row.letters[column.key], "sheet-unknown-term", severity, value=value, title=column.title,
                     valid=Text("; ".join(labels["da"]), "; ".join(labels["en"])))


def _column_for(path: tuple, row: Row | None) -> Column | None:
    candidates = [column for column in CONTENT_COLUMNS if row is None or column.key in row.letters]
    for length in range(len(path), 0, -1):
        for column in candidates:
            if column.path[:length] == tuple(path[:length]) and (length == len(path) or len(column.path) <= length):
                return column
    return None
