"""`vejviser schema [--check]`: write the entry schema editors read, or check that it is up to date.

The schema (`vejviser.editorschema`) lists each vocabulary's terms, so it is written again after a
vocabulary or `schema/entry.fields.json` changes. With `--check` nothing is written and the exit code
is 1 when the file differs from what would be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..content import VOCABULARY_DIR
from ..editorschema import editor_schema, editor_schema_file, render
from ..problems import render_message
from ..vocabulary import load_vocabularies
from .report import print_problems
from .validate import DEFAULT_CONTENT


def add_parser(subparsers, lang: str, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("schema", parents=parents, help=render_message("schema-help", {}, lang))
    parser.add_argument("--check", action="store_true", help=render_message("schema-check-help", {}, lang))
    parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR", help=render_message("cli-content-help", {}, lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    vocabularies, problems = load_vocabularies(args.content / VOCABULARY_DIR)
    if problems:
        print_problems(problems, lang, sys.stdout)
        print(render_message("schema-vocabulary-errors", {}, lang))
        return 1
    file = editor_schema_file(args.content)
    expected = render(editor_schema(vocabularies))
    current = file.read_text("utf-8") if file.exists() else None
    if expected == current:
        print(render_message("schema-current", {"path": _shown(file)}, lang))
        return 0
    if args.check:
        print(render_message("schema-outdated", {"path": _shown(file)}, lang))
        return 1
    file.write_text(expected, encoding="utf-8")
    print(render_message("schema-written", {"path": _shown(file)}, lang))
    return 0


def _shown(file: Path) -> str:
    """The path from the current folder when the file is below it (as in the repository), else in full."""
    return str(file.relative_to(Path.cwd())) if file.is_relative_to(Path.cwd()) else str(file)
