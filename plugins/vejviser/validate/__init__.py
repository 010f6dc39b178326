"""Validation of entry files: JSON Schema plus semantic rules, each problem located.

`check_documents` is the one entry point; it never raises on bad data. Rules speak in data paths
(`Finding`); here they are placed on lines and columns, and a value the schema already rejected gets
no second message from a later rule.
"""

from __future__ import annotations

import datetime
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..problems import Problem
from ..vocabulary import Vocabularies
from ..yamlsource import SourceDocument
from .across import across_findings
from .consistency import consistency_findings
from .descriptions import description_findings, description_problems
from .findings import Finding, locate
from .freshness import freshness_findings
from .places import place_findings
from .sources import source_findings, unsourced_findings
from .structure import schema_findings
from .values import value_findings


def check_documents(
    documents: Sequence[SourceDocument],
    vocabularies: Vocabularies,
    *,
    today: datetime.date,
    others: Sequence[SourceDocument] = (),
) -> list[Problem]:
    """Problems in `documents` (already read; their read problems are not repeated here).

    `others` are the rest of the content folder, read but not reported on: used for checks across
    files (duplicate slugs, near-duplicate names) when only some files are being validated.
    """
    return sorted(set(check_each_document(documents, vocabularies, today=today) + check_across(documents, others)))


def check_each_document(documents: Sequence[SourceDocument], vocabularies: Vocabularies, *, today: datetime.date) -> list[Problem]:
    """The problems each document has on its own (everything but the checks across files)."""
    problems: list[Problem] = []
    for doc in documents:
        problems.extend(description_problems(doc))
        if isinstance(doc.data, dict):
            problems.extend(locate(doc, finding) for finding in _document_findings(doc, vocabularies, today))
    return problems


def check_across(documents: Sequence[SourceDocument], others: Sequence[SourceDocument] = ()) -> list[Problem]:
    """Duplicate slugs and (near-)duplicate names among `documents` and `others`, reported on
    `documents`. These checks look at a document's path, its name and where the name is, nothing
    else (see `SourceDocument.for_checks_across`)."""
    return [locate(doc, finding) for doc, finding in across_findings(documents, [*documents, *others])]


Rule = Callable[[Any], Iterator[Finding]]  # a kind's own checks on its (schema-checked) data


def check_kind_document(doc: SourceDocument, schema: str, vocabularies: Vocabularies, rules: Sequence[Rule] = ()) -> list[Problem]:
    """Problems in a document of another kind of content (`vejviser.kinds`): its JSON Schema `schema`,
    its values (vocabulary terms, Markdown, plain text, quoting), and the kind's own `rules` – with the
    same messages and the same "one mistake, one message" as an entry. Its read problems are not repeated."""
    if not isinstance(doc.data, dict):
        return []
    findings = schema_findings(doc, schema)
    rejected = {finding.path for finding in findings}
    later = (*value_findings(doc, vocabularies, schema), *(finding for rule in rules for finding in rule(doc.data)))
    findings += [finding for finding in later if not _under(finding.path, rejected)]
    return [locate(doc, finding) for finding in findings]


def document_findings(doc: SourceDocument, vocabularies: Vocabularies, *, today: datetime.date) -> list[Finding]:
    """The findings of one document on its own, by data path (the spreadsheet import places them on
    its columns instead of lines)."""
    return _document_findings(doc, vocabularies, today)


def _document_findings(doc: SourceDocument, vocabularies: Vocabularies, today: datetime.date) -> list[Finding]:
    findings = schema_findings(doc)
    rejected = {finding.path for finding in findings}
    later: Iterable[Finding] = (
        *value_findings(doc, vocabularies),
        *place_findings(doc.data, vocabularies),
        *consistency_findings(doc.data),
        *description_findings(doc),
        *freshness_findings(doc.data, today),
        *source_findings(doc.data, today),
    )
    findings += [finding for finding in later if not _under(finding.path, rejected)]
    if not any(finding.is_error for finding in findings):  # facts without a source: once the file is right
        findings += unsourced_findings(doc.data)
    return findings


def _under(path: tuple, rejected: set[tuple]) -> bool:
    """Whether the schema already rejected the value at `path` or a value containing it.

    A missing key's finding has the key's own path (it is shown where its object starts), so it does
    not hide problems elsewhere in that object.
    """
    return any(path[:length] in rejected for length in range(1, len(path) + 1))
