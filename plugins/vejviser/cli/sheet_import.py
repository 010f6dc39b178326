"""`vejviser import FILE.xlsx|FILE.csv [--mapping m.yaml] [--write]`: a municipality's list as entry files.

Without `--write` nothing is written: the report says, row by row, what the import would do. With
`--write` the valid new and changed rows are written; invalid rows, and entries edited by hand since
their last import (unless `--overwrite-edited`), are not. Exit codes: 0 when no row is invalid or
held back, 1 when one is (or the file is refused), 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..builddate import build_date
from ..problems import render_message
from ..text import Text
from ..sheets.importing import EDITED, INVALID, plan_import
from ..sheets.mapping import Mapping, read_mapping
from ..sheets.reader import SheetRefused, read_table
from ..sheets.report import print_report
from .report import print_problems
from .validate import DEFAULT_CONTENT


def add_parser(subparsers, lang: str, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("import", parents=parents, help=render_message("import-help", {}, lang))
    parser.add_argument("file", type=Path, metavar="FILE", help=render_message("import-file-help", {}, lang))
    parser.add_argument("--mapping", type=Path, metavar="FILE", help=render_message("import-mapping-help", {}, lang))
    parser.add_argument("--sheet", help=render_message("import-sheet-help", {}, lang))
    parser.add_argument("--write", action="store_true", help=render_message("import-write-help", {}, lang))
    parser.add_argument("--overwrite-edited", action="store_true", help=render_message("import-overwrite-help", {}, lang))
    parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR", help=render_message("cli-content-help", {}, lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    for path in (args.content, args.file, args.mapping):
        if path is not None and not path.exists():
            print(render_message("validate-path-missing", {"path": path}, lang), file=sys.stderr)
            return 2
    mapping = Mapping()
    if args.mapping is not None:
        mapping, problems = read_mapping(args.mapping)
        if problems:
            print_problems(problems, lang, sys.stdout)
            return 1
    try:
        table = read_table(args.file, args.sheet or mapping.sheet)
        plan = plan_import(table, args.content, mapping, today=build_date(), overwrite=args.overwrite_edited)
    except SheetRefused as refused:
        params = {key: value.get(lang) if isinstance(value, Text) else value for key, value in refused.params.items()}
        print(f"{args.file}: {render_message(refused.code, params, lang)}")
        return 1
    if args.write:
        for result in (result for result in plan.rows if result.writes):
            result.path.parent.mkdir(parents=True, exist_ok=True)
            result.path.write_text(result.text, "utf-8")
    print_report(plan, lang, sys.stdout, written=args.write)
    held_back = any(result.status in (INVALID, EDITED) for result in plan.rows)
    return 1 if held_back or any(problem.is_error for problem in plan.problems) else 0
