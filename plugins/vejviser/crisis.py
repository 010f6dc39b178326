"""The crisis lines shown on every page: `content/crisis_lines.yaml`, read safely and checked.

The file is a mapping with one key, `lines`, holding a list of
`{id, name: {da, en}, number, purpose: {da, en}, website?}`. A broken file gives located problems;
the site build refuses to publish without a working crisis box.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import Phone
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
        if line is None:
            problems.append(doc.problem(("lines", index), "crisis-line-invalid", number=index + 1))
        else:
            lines.append(line)
    return tuple(lines), problems


def _text(value: Any) -> Text | None:
    if isinstance(value, dict) and set(value) == {"da", "en"} and all(isinstance(v, str) and v.strip() for v in value.values()):
        return Text(value["da"], value["en"])
    return None


def _line(item: Any) -> CrisisLine | None:
    if not isinstance(item, dict) or not set(item) <= {"id", "name", "number", "purpose", "website"}:
        return None
    name, purpose = _text(item.get("name")), _text(item.get("purpose"))
    identifier, number, website = item.get("id"), item.get("number"), item.get("website")
    if not (isinstance(identifier, str) and isinstance(number, str) and number.strip() and name and purpose):
        return None
    if website is not None and not (isinstance(website, str) and website.startswith("https://")):
        return None
    return CrisisLine(identifier, name, number, purpose, website)
