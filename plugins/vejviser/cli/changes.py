"""`vejviser changes --base REF [--format markdown]`: the entries this branch adds, edits and removes.

Compared with the merge base of REF and HEAD, so changes made on the base branch since are not counted.
The markdown form (Danish and English together) is the pull request's job summary: a table of the
changes, then each added or edited entry as its page will show it (`vejviser.preview`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import changes
from ..content import ENTRY_DIR
from ..preview import changed_entries_preview
from ..problems import render_message
from .validate import DEFAULT_CONTENT

FORMATS = ("text", "markdown")


def add_parser(subparsers, lang: str, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("changes", parents=parents, help=render_message("changes-help", {}, lang))
    parser.add_argument("--base", required=True, metavar="REF", help=render_message("changes-base-help", {}, lang))
    parser.add_argument("--head", default="HEAD", metavar="REF", help=render_message("changes-head-help", {}, lang))
    parser.add_argument("--format", choices=FORMATS, default="text", help=render_message("report-format-help", {}, lang))
    parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR", help=render_message("cli-content-help", {}, lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    try:
        found = changes.entry_changes(args.base, (args.content / ENTRY_DIR).as_posix(), args.head)
    except changes.GitError as error:
        print(render_message("changes-git-failed", {"base": args.base, "head": args.head, "detail": error.args[0]}, lang), file=sys.stderr)
        return 2
    if args.format == "markdown":
        print(changes.render_markdown(found), end="")
        print(changed_entries_preview(found, args.content), end="")
    else:
        print(changes.render_text(found, lang), end="")
    return 0

