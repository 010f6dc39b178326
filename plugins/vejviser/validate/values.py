"""Rules on single values, driven by what the schema says about the place they are in.

- a term from a vocabulary (`x-vocabulary`) must exist; the message lists the valid ones;
- Markdown (`contentMediaType: text/markdown`) has no raw HTML and only safe links;
- plain text (`contentMediaType: text/plain`), shown as it is written, has no HTML tags and no
  `javascript:` (the page escapes it anyway; a tag in a title is a mistake or an attack either way);
- a bare date where text is expected (`name: 2024-01-05`) must be quoted. Other YAML 1.1 surprises
  (`no`, `12:30`) already fail the schema's type check, which gives the same advice.
"""

from __future__ import annotations

import difflib
import re
from typing import Iterator

from ..vocabulary import Vocabularies
from ..yamlsource import SourceDocument
from .findings import Finding, shown
from .markdown import markdown_issues
from .schema import ENTRY, annotation, walk
from .structure import quote_finding

_MAX_LISTED = 40
_MARKUP_IN_TEXT = re.compile(r"<[A-Za-z/!?]|javascript:", re.IGNORECASE)


def value_findings(doc: SourceDocument, vocabularies: Vocabularies, schema_name: str = ENTRY) -> Iterator[Finding]:
    for path, value, schema in walk(doc.data, name=schema_name):
        if not isinstance(value, str):
            continue
        vocabulary = schema.get("x-vocabulary")
        if vocabulary:
            finding = _vocabulary_finding(path, value, vocabulary, vocabularies)
            if finding:
                yield finding
        elif schema.get("contentMediaType") == "text/markdown":
            for issue in markdown_issues(value):
                yield Finding(path, issue.code, {"value": issue.value}, snippet=issue.snippet)
        elif schema.get("contentMediaType") == "text/plain" and (markup := _MARKUP_IN_TEXT.search(value)):
            yield Finding(path, "markup-in-text", {"value": shown(value[markup.start() : markup.start() + 40])}, snippet=markup.group())
        elif path in doc.implicit and annotation(schema, "format") != "date":
            yield quote_finding(path, *doc.implicit[path])


def _vocabulary_finding(path, value: str, name: str, vocabularies: Vocabularies) -> Finding | None:
    if value in vocabularies[name]:
        return None
    terms = list(vocabularies[name].terms)
    params = {"value": value, "vocabulary": f"{name}.yaml", "valid": _listing(terms)}
    suggestion = difflib.get_close_matches(value.lower(), terms, n=1, cutoff=0.6)
    if suggestion:
        return Finding(path, "vocabulary-unknown-suggest", {**params, "suggestion": suggestion[0]})
    return Finding(path, "vocabulary-unknown", params)


def _listing(terms: list[str]) -> str:
    shown = ", ".join(terms[:_MAX_LISTED])
    return shown + (" …" if len(terms) > _MAX_LISTED else "")
