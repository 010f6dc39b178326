"""Load the whole content folder once: vocabularies, entry files, validation, model objects.

This is the one place that reads `content/associations/*.yaml`. The site generator, the CLI and the
exports all start from the `Directory` it returns. Entries are built only from files without errors;
`Directory.errors` lists every problem, so a caller can refuse to publish anything incomplete.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from .model import Entry
from .problems import Problem
from .validate import check_documents
from .vocabulary import Vocabularies, load_vocabularies
from .yamlsource import SourceDocument, read_file

ENTRY_DIR = "associations"
VOCABULARY_DIR = "vocabularies"


@dataclass
class Directory:
    content_dir: Path
    vocabularies: Vocabularies
    entries: tuple[Entry, ...] = ()
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [problem for problem in self.problems if not problem.is_error]

    def entry(self, slug: str) -> Entry:
        return next(entry for entry in self.entries if entry.slug == slug)


def entry_files(content_dir: str | Path) -> list[Path]:
    return sorted((Path(content_dir) / ENTRY_DIR).glob("*.yaml"))


def read_entries(content_dir: str | Path, paths: list[Path] | None = None) -> list[SourceDocument]:
    content_dir = Path(content_dir)
    return [read_file(path, _display_path(path, content_dir)) for path in (paths if paths is not None else entry_files(content_dir))]


def load_directory(content_dir: str | Path, today: datetime.date | None = None) -> Directory:
    content_dir = Path(content_dir)
    today = today or datetime.date.today()
    vocabularies, problems = load_vocabularies(content_dir / VOCABULARY_DIR)
    documents = read_entries(content_dir)
    for document in documents:
        problems.extend(document.problems)
    problems.extend(check_documents(documents, vocabularies, today=today))
    failed = {problem.path for problem in problems if problem.is_error}
    entries = tuple(
        sorted(
            (
                Entry.from_data(Path(doc.path).stem, _source_path(doc.path), doc.data, vocabularies.town_for_postcode)
                for doc in documents
                if doc.path not in failed
            ),
            key=lambda entry: entry.sort_key,
        )
    )
    return Directory(content_dir, vocabularies, entries, sorted(problems))


def _display_path(path: Path, content_dir: Path) -> str:
    """Paths as a contributor sees them: relative to the working directory when possible."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _source_path(display_path: str) -> str:
    """`content/associations/x.yaml` → `associations/x.yaml` (relative to the content folder)."""
    path = Path(display_path)
    return f"{ENTRY_DIR}/{path.name}"
