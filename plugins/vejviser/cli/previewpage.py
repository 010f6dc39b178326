"""`vejviser preview-page --base REF --site DIR --siteurl URL --output FILE`: the changed entries' pages
as one HTML file that opens in the browser (`vejviser.sitepreview`), for the pull request's comment.

Writes nothing, and says so, when no added or edited entry has a page in the built site.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import changes
from ..content import ENTRY_DIR
from ..problems import render_message
from ..sitepreview import FILE_NAME, preview_page
from .validate import DEFAULT_CONTENT


def add_parser(subparsers, lang: str, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("preview-page", parents=parents, help=render_message("preview-page-help", {}, lang))
    parser.add_argument("--base", required=True, metavar="REF", help=render_message("changes-base-help", {}, lang))
    parser.add_argument("--head", default="HEAD", metavar="REF", help=render_message("changes-head-help", {}, lang))
    parser.add_argument("--site", type=Path, default=Path("output"), metavar="DIR", help=render_message("preview-page-site-help", {}, lang))
    parser.add_argument("--siteurl", required=True, metavar="URL", help=render_message("preview-page-siteurl-help", {}, lang))
    parser.add_argument("--output", type=Path, default=Path("preview") / FILE_NAME, metavar="FILE", help=render_message("preview-page-output-help", {}, lang))
    parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR", help=render_message("cli-content-help", {}, lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        found = changes.entry_changes(args.base, (args.content / ENTRY_DIR).as_posix(), args.head)
    except changes.GitError as error:
        print(render_message("changes-git-failed", {"base": args.base, "head": args.head, "detail": error.args[0]}, args.lang), file=sys.stderr)
        return 2
    page = preview_page(args.site, args.siteurl, found)
    if page is None:
        print(render_message("preview-page-none", {}, args.lang))
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(page, encoding="utf-8")
    print(render_message("preview-page-written", {"path": args.output}, args.lang))
    return 0
