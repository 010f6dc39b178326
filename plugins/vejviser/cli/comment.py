"""`vejviser comment --base REF [--preview-url URL]`: the text of the comment on a content pull request.

Prints Markdown (Danish, then English): the entries the branch adds, edits and removes, every problem
with its file:line:column and fix, and how to see the built site (`vejviser.prcomment`). The exit code
is 0 whatever the entries hold: the comment reports problems, `vejviser validate` fails on them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import changes
from ..content import ENTRY_DIR
from ..prcomment import Preview, pull_request_comment
from ..preview import changed_entries_preview
from ..problems import render_message
from .validate import DEFAULT_CONTENT, check_content

PREVIEW_DAYS = 14  # how long GitHub keeps the preview: `retention-days` of site-preview in pr.yml


def add_parser(subparsers, lang: str, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("comment", parents=parents, help=render_message("comment-help", {}, lang))
    parser.add_argument("--base", required=True, metavar="REF", help=render_message("changes-base-help", {}, lang))
    parser.add_argument("--head", default="HEAD", metavar="REF", help=render_message("changes-head-help", {}, lang))
    parser.add_argument("--preview-url", default="", metavar="URL", help=render_message("comment-preview-url-help", {}, lang))
    parser.add_argument("--page-url", default="", metavar="URL", help=render_message("comment-page-url-help", {}, lang))
    parser.add_argument("--preview-days", type=int, default=PREVIEW_DAYS, metavar="N", help=render_message("comment-preview-days-help", {}, lang))
    parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR", help=render_message("cli-content-help", {}, lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        found = changes.entry_changes(args.base, (args.content / ENTRY_DIR).as_posix(), args.head)
    except changes.GitError as error:
        print(render_message("changes-git-failed", {"base": args.base, "head": args.head, "detail": error.args[0]}, args.lang), file=sys.stderr)
        return 2
    problems, checked = check_content(args.content)
    previews = changed_entries_preview(found, args.content)
    preview = Preview(args.preview_url, args.preview_days, args.page_url or None) if args.preview_url else None
    print(pull_request_comment(found, problems, checked, previews, preview), end="")
    return 0
