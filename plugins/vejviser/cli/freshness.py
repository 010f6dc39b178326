"""`vejviser freshness [--format markdown]`: the entries to confirm again, grouped by maintainer.

Text (in `--lang`) for the terminal; markdown (Danish and English together) for the monthly job summary
and the freshness issue, where each file links to GitHub's editor when the site's settings
(`pelicanconf.py` in the working directory) name the repository (`VEJVISER_REPOSITORY_URL`,
`VEJVISER_BRANCH`). Content with errors is not reported on: the errors are printed instead, so no
entry is left out of the report without anyone noticing.
"""

from __future__ import annotations

import argparse
import runpy
import sys
from pathlib import Path

from .. import freshness
from ..builddate import build_date
from ..problems import render_message
from .report import load_or_report
from .validate import DEFAULT_CONTENT

FORMATS = ("text", "markdown")


def add_parser(subparsers, lang: str, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("freshness", parents=parents, help=render_message("freshness-help", {}, lang))
    parser.add_argument("--format", choices=FORMATS, default="text", help=render_message("report-format-help", {}, lang))
    parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR", help=render_message("cli-content-help", {}, lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    today = build_date()
    directory = load_or_report(args.content, today, lang, sys.stderr)
    if isinstance(directory, int):
        return directory
    result = freshness.report(directory.entries, today)
    content = args.content.as_posix()
    if args.format == "markdown":
        print(freshness.render_markdown(result, content, _edit_url(Path("pelicanconf.py"))), end="")
    else:
        print(freshness.render_text(result, content, lang), end="")
    return 0


def _edit_url(settings_file: Path) -> str | None:
    """`<repository>/edit/<branch>/` from the site's settings, or None without them."""
    if not settings_file.is_file():
        return None
    settings = runpy.run_path(str(settings_file))
    repository = settings.get("VEJVISER_REPOSITORY_URL")
    return f"{repository.rstrip('/')}/edit/{settings.get('VEJVISER_BRANCH', 'main')}/" if repository else None
