"""An entry's long description may live in its own Markdown file, `<slug>.da.md` / `<slug>.en.md`.

The same rules apply as to Markdown inside the YAML file, with problems pointing into the `.md` file.
A language's description lives in one place only, and an English one needs a Danish one.
"""

from __future__ import annotations

from typing import Iterator

from ..problems import Problem
from ..yamlsource import SourceDocument, TextSource
from .findings import Finding, find_text
from .markdown import markdown_issues


def description_problems(doc: SourceDocument) -> Iterator[Problem]:
    for companion in doc.companions.values():
        yield from companion.problems
        if not companion.problems:
            yield from _markdown_problems(companion)


def description_findings(doc: SourceDocument) -> Iterator[Finding]:
    """Problems that belong in the YAML file: a description written twice, or only in English."""
    description = doc.data.get("description")
    in_yaml = description if isinstance(description, dict) else {}
    for lang, companion in doc.companions.items():
        if lang in in_yaml:
            yield Finding(("description", lang), "description-twice", {"lang": lang, "file": companion.path}, at_key=True)
    if "en" in doc.companions and "da" not in doc.companions and "da" not in in_yaml:
        yield Finding((), "description-danish-missing", {"file": doc.companions["en"].path})


def _markdown_problems(companion: TextSource) -> Iterator[Problem]:
    for issue in markdown_issues(companion.text):
        where = find_text(companion.text, issue.snippet) or (1, 1)
        yield Problem.at(companion.path, where, issue.code, value=issue.value)
