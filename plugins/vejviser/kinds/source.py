"""The machinery every small kind of content shares: where its files are, reading, checking, building.

A `Kind` names its JSON Schema (`schema/<schema>.schema.json`), where its YAML lives under the
content folder (a folder with one item per file, like `grants/`, or one file holding a list, like
`alerts.yaml`), its own rules beyond the schema, and how valid data becomes model objects. Files
are read by `yamlsource` (size limit, UTF-8, no anchors, aliases or tags, no absurd nesting) and
checked by `validate.check_kind_document`, so a contributor gets the same located Danish messages as
for an entry. A kind with no files has no items; a file with errors gives no items, only problems.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Generic, Sequence, TypeVar

from ..content import ENTRY_SUFFIXES, display_path
from ..model import Source
from ..problems import Problem
from ..slug import is_slug, slugify
from ..validate import Rule, check_kind_document
from ..vocabulary import Vocabularies
from ..yamlsource import read_file

T = TypeVar("T")


@dataclass(frozen=True)
class Kind(Generic[T]):
    schema: str
    location: str  # "grants": a folder, one item per file (its id is the file name); "alerts.yaml": one file
    build: Callable[[str, dict[str, Any], Vocabularies], Sequence[T]]  # (file name without suffix, valid data, vocabularies) → items
    rules: tuple[Rule, ...] = ()

    @property
    def is_folder(self) -> bool:
        return not self.location.endswith(ENTRY_SUFFIXES)

    def files(self, content_dir: str | Path) -> list[Path]:
        """The kind's files under `content_dir`, sorted; none when it has no folder or file there."""
        where = Path(content_dir) / self.location
        if not self.is_folder:
            return [where] if where.is_file() else []
        try:
            names = sorted(os.listdir(where))
        except (FileNotFoundError, NotADirectoryError):
            return []
        return [where / name for name in names if name.endswith(ENTRY_SUFFIXES)]

    def owns(self, content_dir: str | Path, path: Path) -> bool:
        """Whether `path` is one of this kind's files (as the validator is given it)."""
        where = (Path(content_dir) / self.location).resolve()
        path = path.resolve()
        return path.parent == where if self.is_folder else path == where


def load_kind(content_dir: str | Path, kind: Kind[T], vocabularies: Vocabularies, paths: Sequence[Path] | None = None) -> tuple[tuple[T, ...], list[Problem]]:
    """The items of `kind` (from `paths` when given, else all its files) and every problem found."""
    items: list[T] = []
    problems: list[Problem] = []
    for path in kind.files(content_dir) if paths is None else paths:
        doc = read_file(path, display_path(path))
        found = [*doc.problems, *check_kind_document(doc, kind.schema, vocabularies, kind.rules)]
        if kind.is_folder and not is_slug(path.stem):  # the name is the item's address
            found.append(Problem.at(doc.path, (1, 1), "slug-invalid", file=path.name, suggestion=slugify(path.stem) or "pulje"))
        problems.extend(found)
        if not any(problem.is_error for problem in found):
            items.extend(kind.build(path.stem, doc.data, vocabularies))
    return tuple(items), problems


def item_sources(data: Any) -> tuple[Source, ...]:
    """An item's `sources:` (each supports the whole item)."""
    return tuple(Source(as_date(source["read"]), (), source.get("url"), source.get("title"), source.get("page_date")) for source in data or ())


def as_date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None
