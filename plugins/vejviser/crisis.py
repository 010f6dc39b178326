"""The crisis lines shown on every page: `content/crisis_lines.yaml`, read safely and checked.

The file is a mapping with one key, `lines`, holding a list of
`{id, name: {da, en}, number, purpose: {da, en}, website?, sources?}`; `sources` says where the number
and what the purpose says come from: `[{url | title, read, page_date?}]`, as an entry's sources. A
broken file gives located problems; the site build refuses to publish without a working crisis box.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .dates import PARTIAL_DATE
from .model import Phone, Source
from .problems import Problem
from .text import Text
from .yamlsource import read_file

CRISIS_FILE = "crisis_lines.yaml"


@dataclass(frozen=True)
class CrisisLine:
    id: str
    name: Text
    number: str
    purpose: Text
    website: str | None = None
    sources: tuple[Source, ...] = ()

    @property
    def tel_uri(self) -> str:
        return Phone(self.number).tel_uri


def load_crisis_lines(content_dir: str | Path, display_path: str | None = None) -> tuple[tuple[CrisisLine, ...], list[Problem]]:
    path = Path(content_dir) / CRISIS_FILE
    doc = read_file(path, display_path)
    if doc.problems:
        return (), doc.problems
    items = doc.data.get("lines")
    if not isinstance(items, list) or not items:
        return (), [doc.problem(("lines",), "crisis-lines-not-a-list", at_key=True)]
    lines, problems = [], []
    for index, item in enumerate(items):
        line = _line(item)
        sources = _sources(item.get("sources", [])) if line else ()
        if line is None:
            problems.append(doc.problem(("lines", index), "crisis-line-invalid", number=index + 1))
        elif sources is None:
            problems.append(doc.problem(("lines", index, "sources"), "crisis-line-sources-invalid", number=index + 1))
        else:
            lines.append(replace(line, sources=sources))
    return tuple(lines), problems


def _text(value: Any) -> Text | None:
    if isinstance(value, dict) and set(value) == {"da", "en"} and all(isinstance(v, str) and v.strip() for v in value.values()):
        return Text(value["da"], value["en"])
    return None


def _line(item: Any) -> CrisisLine | None:
    if not isinstance(item, dict) or not set(item) <= {"id", "name", "number", "purpose", "website", "sources"}:
        return None
    name, purpose = _text(item.get("name")), _text(item.get("purpose"))
    identifier, number, website = item.get("id"), item.get("number"), item.get("website")
    if not (isinstance(identifier, str) and isinstance(number, str) and number.strip() and name and purpose):
        return None
    if website is not None and not (isinstance(website, str) and website.startswith("https://")):
        return None
    return CrisisLine(identifier, name, number, purpose, website)


def _sources(value: Any) -> tuple[Source, ...] | None:
    """A crisis line's sources (each supports its number and purpose), or None when malformed."""
    if not isinstance(value, list):
        return None
    sources = []
    for item in value:
        if not isinstance(item, dict) or not set(item) <= {"url", "title", "read", "page_date"}:
            return None
        url, title = item.get("url"), item.get("title")
        if not (isinstance(url, str) and url.startswith("https://")) and not (isinstance(title, str) and title.strip()):
            return None
        read, page_date = _date(item.get("read")), item.get("page_date")
        if read is None or ("page_date" in item and not (isinstance(page_date, str) and PARTIAL_DATE.fullmatch(page_date))):
            return None
        sources.append(Source(read, ("phones",), url, title, page_date))
    return tuple(sources)


def _date(value: Any) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
