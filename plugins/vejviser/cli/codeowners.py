"""`vejviser codeowners [--check]`: write `.github/CODEOWNERS` from the entries' `maintainers`, or check it.

Without `--check` the generated part of the file is rewritten; the hand-written part above the marker
(the editors) is kept. With `--check` nothing is written: each line that differs is reported as
`path:line:column: message` (and as a GitHub annotation under Actions), and the exit code is 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .. import codeowners
from ..builddate import build_date
from ..problems import render_message
from .report import load_or_report, print_problems
from .validate import DEFAULT_CONTENT


def add_parser(subparsers, lang: str, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("codeowners", parents=parents, help=render_message("codeowners-help", {}, lang))
    parser.add_argument("--check", action="store_true", help=render_message("codeowners-check-help", {}, lang))
    parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR", help=render_message("cli-content-help", {}, lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    github = os.environ.get("GITHUB_ACTIONS") == "true"
    directory = load_or_report(args.content, build_date(), lang, sys.stdout, github=github, hint="codeowners-content-errors")
    if isinstance(directory, int):
        return directory
    file = codeowners.codeowners_file(args.content)
    shown = codeowners.display_path(file)
    current = codeowners.read(file)
    maintained = codeowners.from_entries(directory.entries)
    folder = codeowners.entry_dir(args.content, file)
    if args.check:
        problems = codeowners.check(shown, current, maintained, folder)
        print_problems(problems, lang, sys.stdout, github=github)
        print(render_message("codeowners-outdated" if problems else "codeowners-current", {"path": shown}, lang))
        return 1 if problems else 0
    expected = codeowners.expected_text(current, maintained, folder)
    if expected == current:
        print(render_message("codeowners-current", {"path": shown}, lang))
        return 0
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(expected, encoding="utf-8")
    print(render_message("codeowners-written", {"path": shown}, lang))
    return 0
