"""Load the whole content folder once: vocabularies, entry files, validation, model objects.

This is the one place that reads `content/associations/*.yaml`. The site generator, the CLI and the
exports all start from the `Directory` it returns. Entries are built only from files without errors;
`Directory.errors` lists every problem, so a caller can refuse to publish anything incomplete.
Files are read, checked and made into entries in batches, across processes (`vejviser.parallel`),
which also convert the entries' Markdown for every page that shows it (`markup.convert_all`); only
the checks across files (duplicate slugs and names) need them all, and run last.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .markup import convert_all, remember_converted
from .model import Entry
from .parallel import chunked, run_tasks
from .problems import Problem
from .urls import LANGUAGES
from .validate import check_across, check_each_document
from .vocabulary import Vocabularies, load_vocabularies
from .yamlsource import SourceDocument, read_file, read_text_file

ENTRY_DIR = "associations"
ENTRY_SUFFIXES = (".yaml", ".yml")
DESCRIPTION_SUFFIX = ".md"
VOCABULARY_DIR = "vocabularies"
ENTRIES_PER_TASK = 250  # a batch of files read in one go; a folder of fewer is read in this process


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
    return entry_files_in(Path(content_dir) / ENTRY_DIR)


def description_files(content_dir: str | Path) -> list[Path]:
    return description_files_in(Path(content_dir) / ENTRY_DIR)


def entry_files_in(folder: Path) -> list[Path]:
    return sorted(path for suffix in ENTRY_SUFFIXES for path in folder.glob(f"*{suffix}"))


def description_files_in(folder: Path) -> list[Path]:
    """Markdown files in a folder (`<slug>.da.md`, `<slug>.en.md`); a README is not one."""
    return sorted(path for path in folder.glob(f"*{DESCRIPTION_SUFFIX}") if path.name.lower() != "readme.md")


def read_entries(content_dir: str | Path, paths: list[Path] | None = None) -> list[SourceDocument]:
    """Every entry file (or the entries `paths` name), each with its Markdown descriptions.

    A Markdown description among `paths` stands for its entry; one without an entry is left to
    `stray_descriptions`.
    """
    if paths is None:
        paths = entry_files(content_dir)
    documents: dict[Path, SourceDocument] = {}
    for path in paths:
        if path.suffix == DESCRIPTION_SUFFIX:
            path = description_owner(path)[0]
        if path is not None and path not in documents:
            documents[path] = read_entry(path)
    return list(documents.values())


def read_entry(path: Path) -> SourceDocument:
    doc = read_file(path, _display_path(path))
    for lang in LANGUAGES:
        description = path.with_name(f"{path.stem}.{lang}{DESCRIPTION_SUFFIX}")
        if description.is_file():
            doc.companions[lang] = read_text_file(description, _display_path(description))
    return doc


def description_owner(path: Path) -> tuple[Path | None, str]:
    """The entry file a Markdown description belongs to, and its language (`x.da.md` → x.yaml, "da")."""
    slug, _, lang = path.name.removesuffix(DESCRIPTION_SUFFIX).rpartition(".")
    if lang not in LANGUAGES:
        return None, lang
    owners = [path.with_name(slug + suffix) for suffix in ENTRY_SUFFIXES]
    return next((owner for owner in owners if owner.is_file()), None), lang


def stray_descriptions(content_dir: str | Path, paths: list[Path] | None = None) -> list[Problem]:
    """Markdown files (in the folder, or among `paths`) that belong to no entry or name no language:
    reported, so nothing a contributor wrote is ignored silently."""
    if paths is None:
        paths = description_files(content_dir)
    problems = []
    for path in (path for path in paths if path.suffix == DESCRIPTION_SUFFIX):
        owner, lang = description_owner(path)
        if lang not in LANGUAGES:
            problems.append(Problem.at(_display_path(path), (1, 1), "markdown-language", lang=lang))
        elif owner is None:
            expected = path.name.removesuffix(f".{lang}{DESCRIPTION_SUFFIX}") + ENTRY_SUFFIXES[0]
            problems.append(Problem.at(_display_path(path), (1, 1), "markdown-orphan", expected=expected))
    return problems


def load_directory(content_dir: str | Path, today: datetime.date | None = None, processes: int = 1) -> Directory:
    content_dir = Path(content_dir)
    today = today or datetime.date.today()
    vocabularies, problems = load_vocabularies(content_dir / VOCABULARY_DIR)
    problems.extend(stray_descriptions(content_dir))
    batches = run_tasks(
        [partial(_load_batch, paths, vocabularies, today) for paths in chunked(entry_files(content_dir), ENTRIES_PER_TASK)], processes
    )
    for batch in batches:
        remember_converted(batch.markdown)
    documents = [document for batch in batches for document in batch.documents]
    problems.extend(problem for batch in batches for problem in batch.problems)
    problems.extend(check_across(documents))
    failed = {problem.path for problem in problems if problem.is_error}
    entries = sorted((entry for batch in batches for path, entry in batch.entries if path not in failed), key=lambda entry: entry.sort_key)
    return Directory(content_dir, vocabularies, tuple(entries), sorted(set(problems)))


@dataclass
class _Batch:
    documents: list[SourceDocument]  # reduced to what the checks across files need
    problems: list[Problem]
    entries: list[tuple[str, Entry]]  # (its file, as problems name it) for the documents without problems of their own
    markdown: dict[str, str]  # the entries' Markdown, converted (`markup.convert_all`)


def _load_batch(paths: list[Path], vocabularies: Vocabularies, today: datetime.date) -> _Batch:
    documents = [read_entry(path) for path in paths]
    problems = [problem for document in documents for problem in document.problems]
    problems += check_each_document(documents, vocabularies, today=today)
    failed = {problem.path for problem in problems if problem.is_error}
    entries = [
        (doc.path, Entry.from_data(Path(doc.path).stem, _source_path(doc.path), _with_descriptions(doc), vocabularies.town_for_postcode))
        for doc in documents
        if doc.path not in failed
    ]
    markdown = convert_all(text.get(lang) for _, entry in entries for text in entry.markdown_texts() for lang in LANGUAGES)
    return _Batch([document.for_checks_across() for document in documents], problems, entries, markdown)


def _with_descriptions(doc: SourceDocument) -> dict:
    """The entry's data with the Markdown description files in `description`."""
    if not doc.companions:
        return doc.data
    description = dict(doc.data.get("description") or {})
    description.update({lang: companion.text for lang, companion in doc.companions.items()})
    return {**doc.data, "description": description}


def _display_path(path: Path) -> str:
    """Paths as a contributor sees them: relative to the working directory when inside it."""
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative


def _source_path(display_path: str) -> str:
    """`content/associations/x.yaml` → `associations/x.yaml` (relative to the content folder)."""
    path = Path(display_path)
    return f"{ENTRY_DIR}/{path.name}"
