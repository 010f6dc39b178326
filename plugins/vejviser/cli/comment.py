"""`vejviser comment --base REF [--preview-url URL]`: the text of the comment on a content pull request.

Prints Markdown (Danish, then English): the entries the branch adds, edits and removes, every problem
with its file:line:column and fix, and how to see the built site (`vejviser.prcomment`). The exit code
is 0 whatever the entries hold: the comment reports problems, `vejviser validate` fails on them.
"""

from __future__ import annotations

import argparse

from ..prcomment import Preview, pull_request_comment
from ..preview import changed_entries_preview
from ..problems import render_message
from .changes import add_range_arguments, changed_entries
from .validate import check_content

PREVIEW_DAYS = 14  # how long GitHub keeps the preview: `retention-days` of site-preview in pr.yml


def add_parser(subparsers, lang: str, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("comment", parents=parents, help=render_message("comment-help", {}, lang))
    add_range_arguments(parser, lang)
    parser.add_argument("--preview-url", default="", metavar="URL", help=render_message("comment-preview-url-help", {}, lang))
    parser.add_argument("--page-url", default="", metavar="URL", help=render_message("comment-page-url-help", {}, lang))
    parser.add_argument("--preview-days", type=int, default=PREVIEW_DAYS, metavar="N", help=render_message("comment-preview-days-help", {}, lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    found = changed_entries(args)
    if found is None:
        return 2
    problems, checked = check_content(args.content)
    previews = changed_entries_preview(found, args.content)
    preview = Preview(args.preview_url, args.preview_days, args.page_url or None) if args.preview_url else None
    print(pull_request_comment(found, problems, checked, previews, preview), end="")
    return 0
