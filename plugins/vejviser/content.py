"""Load the whole content folder once: vocabularies, entry files, validation, model objects.

This is the one place that reads `content/associations/*.yaml`. The site generator, the CLI and the
exports all start from the `Directory` it returns. Entries are built only from files without errors;
`Directory.errors` lists every problem, so a caller can refuse to publish anything incomplete.
Files are read, checked and made into entries in batches, across processes (`vejviser.parallel`),
which also convert the entries' Markdown for every page that shows it (`markup.convert_all`); only
the checks across files (duplicate slugs and names) need them all, and run last. The development
server passes an `EntryFileCache`, so that a rebuild reads and checks again only the changed files.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Container

from .fingerprint import folder_digest, new_hash
from .markup import convert_all, remember_converted
from .model import Entry
from .parallel import run_tasks
from .problems import Problem
from .sourcerecord import source_record
from .urls import LANGUAGES
from .validate import check_across, check_each_document
from .vocabulary import Vocabularies, load_vocabularies
from .yamlsource import MAX_BYTES, SourceDocument, read_file, read_text_file

if TYPE_CHECKING:
    from .history import History
    from .entrycache import EntryFileCache

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
    # slug → digest of the files each entry was read from; only when loaded with an `EntryFileCache`
    input_digests: dict[str, bytes] = field(default_factory=dict)
    # slug → when it changed and what, from git (`vejviser.history`); only for a site build
    history: dict[str, History] = field(default_factory=dict)
    # slug → the entry's own file as data (`vejviser.sourcerecord`)
    source_records: dict[str, bytes] = field(default_factory=dict)

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
    return [folder / name for name in _names_in(folder) if name.endswith(ENTRY_SUFFIXES)]


def description_files_in(folder: Path) -> list[Path]:
    """Markdown files in a folder (`<slug>.da.md`, `<slug>.en.md`); a README is not one."""
    return [folder / name for name in _names_in(folder) if name.endswith(DESCRIPTION_SUFFIX) and name.lower() != "readme.md"]


def _names_in(folder: Path) -> list[str]:
    """The names in a folder, sorted (none when it does not exist). Sorting names, not paths: a
    folder of 10,000 entries is listed in a third of the time."""
    try:
        return sorted(os.listdir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []


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


def read_entry(path: Path, raw: "EntryBytes | None" = None) -> SourceDocument:
    """The entry file with its Markdown descriptions; from `raw` when the caller has read them already."""
    doc = read_file(path, display_path(path), raw.entry if raw else None)
    for lang, description in description_paths(path).items():
        if raw is None and description.is_file():
            doc.companions[lang] = read_text_file(description, display_path(description))
        elif raw is not None and lang in raw.descriptions:
            doc.companions[lang] = read_text_file(description, display_path(description), raw.descriptions[lang])
    return doc


def description_paths(entry_path: Path) -> dict[str, Path]:
    """Where an entry's Markdown descriptions would be, by language."""
    return {lang: entry_path.with_name(name) for lang, name in description_names(entry_path.name).items()}


def description_names(entry_name: str) -> dict[str, str]:
    """The names an entry file's Markdown descriptions would have, by language (`x.yaml` → `x.da.md`, …)."""
    stem = os.path.splitext(entry_name)[0]
    return {lang: f"{stem}.{lang}{DESCRIPTION_SUFFIX}" for lang in LANGUAGES}


def entry_file_names(entry_name: str) -> tuple[str, ...]:
    """The names of the files an entry may be read from: its own and its descriptions'."""
    return (entry_name, *description_names(entry_name).values())


@dataclass(frozen=True)
class EntryBytes:
    """An entry file's bytes and those of its Markdown descriptions, read together once, so that what
    is parsed is exactly what was fingerprinted (`digest`)."""

    entry: bytes
    descriptions: dict[str, bytes]  # by language; only the descriptions that exist

    @classmethod
    def read(cls, path: Path, names_in_folder: Container[str]) -> "EntryBytes | None":
        """The entry file `path` and its descriptions among `names_in_folder` (the names of the files
        in its folder, listed once for all entries). None when a file cannot be read (reading it
        again reports why)."""
        folder = os.path.dirname(path)
        try:
            entry = _read_limited(path)
            descriptions = {
                lang: _read_limited(os.path.join(folder, name))
                for lang, name in description_names(os.path.basename(path)).items()
                if name in names_in_folder
            }
        except OSError:
            return None
        return cls(entry, descriptions)

    def digest(self) -> bytes:
        digest = new_hash()
        for name, data in (("", self.entry), *sorted(self.descriptions.items())):
            digest.update(b"%s:%d:" % (name.encode(), len(data)))
            digest.update(data)
        return digest.digest()


def _read_limited(path: str | Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(MAX_BYTES + 1)  # as `yamlsource` reads: one byte more tells that it is too large


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
            problems.append(Problem.at(display_path(path), (1, 1), "markdown-language", lang=lang))
        elif owner is None:
            expected = path.name.removesuffix(f".{lang}{DESCRIPTION_SUFFIX}") + ENTRY_SUFFIXES[0]
            problems.append(Problem.at(display_path(path), (1, 1), "markdown-orphan", expected=expected))
    return problems


def load_directory(
    content_dir: str | Path, today: datetime.date | None = None, processes: int = 1, cache: "EntryFileCache | None" = None
) -> Directory:
    """The content folder, loaded and checked. With a `cache` (the development server's), only entry
    files whose bytes changed since the last load are read and checked again."""
    content_dir = Path(content_dir)
    today = today or datetime.date.today()
    vocabularies, problems = load_vocabularies(content_dir / VOCABULARY_DIR)
    problems.extend(stray_descriptions(content_dir))
    paths = entry_files(content_dir)
    load = partial(load_entry_files, vocabularies=vocabularies, today=today, processes=processes)
    if cache is None:
        files, digests = load(paths), None
    else:
        files, digests = cache.load(paths, load, context=(folder_digest(content_dir / VOCABULARY_DIR), today))
    for file in files:
        remember_converted(file.markdown)
    problems.extend(problem for file in files for problem in file.problems)
    problems.extend(check_across([file.document for file in files]))
    failed = {problem.path for problem in problems if problem.is_error}
    loaded = [(file, digest) for file, digest in zip(files, digests or [None] * len(files)) if file.entry and file.document.path not in failed]
    entries = sorted((file.entry for file, _ in loaded), key=lambda entry: entry.sort_key)
    input_digests = {file.entry.slug: digest for file, digest in loaded} if digests else {}
    source_records = {file.entry.slug: file.source_record for file, _ in loaded}
    return Directory(content_dir, vocabularies, tuple(entries), sorted(set(problems)), input_digests, source_records=source_records)


@dataclass
class LoadedFile:
    """What one entry file gave: its document reduced to what the checks across files need, its own
    problems, its entry (None when it has errors of its own), the entry's Markdown converted and its
    source record."""

    document: SourceDocument
    problems: list[Problem]
    entry: Entry | None
    markdown: dict[str, str]  # `markup.convert_all`
    source_record: bytes = b""  # `sourcerecord.source_record`


def load_entry_files(
    paths: list[Path], raws: list["EntryBytes | None"] | None = None, *, vocabularies: Vocabularies, today: datetime.date, processes: int
) -> list[LoadedFile]:
    """Each entry file read (from `raws` where given), checked on its own and made into an entry, in
    batches across processes."""
    raws = raws or [None] * len(paths)
    batches = run_tasks(
        [
            partial(_load_batch, paths[start : start + ENTRIES_PER_TASK], raws[start : start + ENTRIES_PER_TASK], vocabularies, today)
            for start in range(0, len(paths), ENTRIES_PER_TASK)
        ],
        processes,
    )
    return [file for batch in batches for file in batch]


def _load_batch(paths: list[Path], raws: list["EntryBytes | None"], vocabularies: Vocabularies, today: datetime.date) -> list[LoadedFile]:
    return [_load_file(path, raw, vocabularies, today) for path, raw in zip(paths, raws)]


def _load_file(path: Path, raw: "EntryBytes | None", vocabularies: Vocabularies, today: datetime.date) -> LoadedFile:
    doc = read_entry(path, raw)
    problems = [*doc.problems, *check_each_document([doc], vocabularies, today=today)]
    if any(problem.is_error and problem.path == doc.path for problem in problems):
        return LoadedFile(doc.for_checks_across(), problems, None, {})
    entry = Entry.from_data(path.stem, _source_path(doc.path), _with_descriptions(doc), vocabularies.town_for_postcode)
    markdown = convert_all(text.get(lang) for text in entry.markdown_texts() for lang in LANGUAGES)
    return LoadedFile(doc.for_checks_across(), problems, entry, markdown, source_record(doc, entry.source_path))


def _with_descriptions(doc: SourceDocument) -> dict:
    """The entry's data with the Markdown description files in `description`."""
    if not doc.companions:
        return doc.data
    description = dict(doc.data.get("description") or {})
    description.update({lang: companion.text for lang, companion in doc.companions.items()})
    return {**doc.data, "description": description}


def display_path(path: Path) -> str:
    """Paths as a contributor sees them: relative to the working directory when inside it."""
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative


def _source_path(display_path: str) -> str:
    """`content/associations/x.yaml` → `associations/x.yaml` (relative to the content folder)."""
    path = Path(display_path)
    return f"{ENTRY_DIR}/{path.name}"
