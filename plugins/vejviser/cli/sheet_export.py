"""`vejviser export --xlsx OUT.xlsx` (every entry, one row each) and `vejviser template --xlsx OUT.xlsx`
(the same sheet, empty): the spreadsheet a municipality edits and gives back to `vejviser import`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..builddate import build_date
from ..content import VOCABULARY_DIR, read_entries
from ..problems import render_message
from ..sheets.entryfile import with_descriptions
from ..sheets.writer import write_workbook
from ..validate.across import slug_of
from ..vocabulary import load_vocabularies
from .report import load_or_report
from .validate import DEFAULT_CONTENT


def add_parser(subparsers, lang: str, parents: list[argparse.ArgumentParser]) -> None:
    for name, run in (("export", run_export), ("template", run_template)):
        parser = subparsers.add_parser(name, parents=parents, help=render_message(f"{name}-help", {}, lang))
        parser.add_argument("--xlsx", type=Path, required=True, metavar="OUT.xlsx", help=render_message("export-xlsx-help", {}, lang))
        parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR", help=render_message("cli-content-help", {}, lang))
        parser.set_defaults(run=run)


def run_export(args: argparse.Namespace) -> int:
    loaded = load_or_report(args.content, build_date(), args.lang, sys.stdout, hint="export-content-errors")
    if isinstance(loaded, int):
        return loaded
    documents = sorted(read_entries(args.content), key=slug_of)
    entries = [(slug_of(doc), with_descriptions(doc)) for doc in documents]
    return _write(args, entries, loaded.vocabularies)


def run_template(args: argparse.Namespace) -> int:
    if not args.content.is_dir():
        print(render_message("validate-path-missing", {"path": args.content}, args.lang), file=sys.stderr)
        return 2
    vocabularies, _ = load_vocabularies(args.content / VOCABULARY_DIR)
    return _write(args, [], vocabularies)


def _write(args: argparse.Namespace, entries: list, vocabularies) -> int:
    if args.xlsx.suffix.lower() != ".xlsx":
        print(render_message("export-not-xlsx", {"path": args.xlsx}, args.lang), file=sys.stderr)
        return 2
    rows = write_workbook(args.xlsx, entries, vocabularies, args.lang)
    print(render_message("export-written", {"path": args.xlsx, "rows": rows}, args.lang))
    return 0
