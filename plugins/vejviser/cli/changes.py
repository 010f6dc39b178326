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
from ..builddate import build_date
from ..content import ENTRY_DIR, load_directory
from ..preview import entry_preview
from ..problems import render_message
from ..summary import say
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
        print(_previews(found, args.content), end="")
    else:
        print(changes.render_text(found, lang), end="")
    return 0


def _previews(found: list[changes.Change], content: Path) -> str:
    """Each added or edited entry as its page will show it (`vejviser.preview`); an entry with errors
    of its own is named, with the check to look at instead."""
    shown = [change for change in found if change.status != changes.REMOVED]
    if not shown:
        return ""
    directory = load_directory(content, build_date(), processes=1)
    entries = {entry.slug: entry for entry in directory.entries}
    parts = [f"## {say('preview-title')}", "", say("preview-intro"), ""]
    for change in shown:
        entry = entries.get(change.slug)
        parts.append(entry_preview(entry, directory.vocabularies) if entry else f"### {change.name}\n\n{say('preview-has-errors')}\n")
    return "\n".join(parts)
