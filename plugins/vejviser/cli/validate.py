"""`vejviser validate [PATH…]`: check entry files, print each problem as `path:line:column: message`.

Without paths, the whole content folder is checked: entries, the small kinds of content
(grants, alerts, municipal contacts, rooms, networks; `vejviser.kinds`), and the content pages'
[UDFYLD: …] placeholders (warnings; `vejviser.placeholders`). Named files are still compared with the rest of
the folder (a new file that duplicates an existing entry is caught). Under GitHub Actions
(`GITHUB_ACTIONS=true`) each problem is also printed as an annotation for the pull request.
`--format markdown` prints the same problems as a report for the pull request's job summary instead.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .. import codeowners
from ..kinds.load import check_kind_files, load_kinds
from ..builddate import build_date
from ..content import (
    DESCRIPTION_SUFFIX,
    ENTRY_DIR,
    ENTRY_SUFFIXES,
    VOCABULARY_DIR,
    description_files_in,
    entry_files_in,
    read_entries,
    stray_descriptions,
)
from ..placeholders import page_placeholders
from ..problems import Problem, render_message
from ..validate import check_documents
from ..vocabulary import load_vocabularies
from .report import print_problems, problems_markdown, summary

DEFAULT_CONTENT = Path("content")


def add_parser(subparsers, lang: str, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("validate", parents=parents, help=render_message("validate-help", {}, lang))
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help=render_message("validate-paths-help", {}, lang))
    parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR", help=render_message("cli-content-help", {}, lang))
    parser.add_argument("--format", choices=("text", "markdown"), default="text", help=render_message("report-format-help", {}, lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    usage_errors = [(path, code) for path in [args.content, *args.paths] if (code := _usage_problem(path))]
    for path, code in usage_errors:
        print(render_message(code, {"path": path}, lang), file=sys.stderr)
    if usage_errors:
        return 2
    problems, checked = check_content(args.content, args.paths)
    if args.format == "markdown":
        print(problems_markdown(problems, checked))
    else:
        print_problems(problems, lang, sys.stdout, github=os.environ.get("GITHUB_ACTIONS") == "true")
        print(summary(problems, checked, lang))
    return 1 if any(problem.is_error for problem in problems) else 0


def check_content(content: Path, paths: list[Path] | None = None) -> tuple[list[Problem], int]:
    """Every problem in the content folder (or only in the files `paths` name, still compared with the
    rest of the folder), and how many entries were checked: what `vejviser validate` reports."""
    vocabularies, problems = load_vocabularies(content / VOCABULARY_DIR)
    everything = read_entries(content)
    if paths:
        files = [file for path in paths for file in _files(path)]
        kind_problems, files = check_kind_files(content, vocabularies, files)
        problems.extend(kind_problems)
        if any(_is_content_folder(path) for path in paths):
            problems.extend(load_kinds(content, vocabularies, _slugs(everything))[1])
        documents = read_entries(content, files)
        named = {_identity(doc.path) for doc in documents}
        others = [doc for doc in everything if _identity(doc.path) not in named]
    else:
        files, documents, others = None, everything, []
        problems.extend(load_kinds(content, vocabularies, _slugs(everything))[1])
        problems.extend(page_placeholders(content))
    problems.extend(stray_descriptions(content, files))
    for doc in documents:
        problems.extend(doc.problems)
    problems.extend(check_documents(documents, vocabularies, today=build_date(), others=others))
    if not any(problem.is_error for problem in problems):  # reviewers are only known for valid entries
        problems.extend(codeowners.check_repository(codeowners.from_documents(everything), content))
    return problems, len(documents)


def _usage_problem(path: Path) -> str | None:
    if not path.exists():
        return "validate-path-missing"
    if path.is_file() and path.suffix not in (*ENTRY_SUFFIXES, DESCRIPTION_SUFFIX):
        return "validate-not-entry"
    return None


def _files(path: Path) -> list[Path]:
    """The entry and description files a path names: itself, a content folder's, or a folder's own."""
    if path.is_file():
        return [path]
    folder = path / ENTRY_DIR if (path / ENTRY_DIR).is_dir() else path
    return [*entry_files_in(folder), *description_files_in(folder)]


def _slugs(documents) -> set[str]:
    """The entries' slugs (their file names), which a room's owner or a network's member may name."""
    return {Path(doc.path).stem for doc in documents}


def _is_content_folder(path: Path) -> bool:
    return path.is_dir() and (path / ENTRY_DIR).is_dir()


def _identity(display_path: str) -> Path:
    return Path(display_path).resolve()
