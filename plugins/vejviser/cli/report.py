"""Printing problems: `path:line:column: message` lines, GitHub annotations, a summary line, and the
markdown report a contributor reads in the pull request's checks."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from typing import Iterable, TextIO

from ..content import Directory, load_directory
from ..parallel import default_processes
from ..problems import Problem, render_message
from ..summary import code, plain, say, table


def load_or_report(
    content: Path, today: datetime.date, lang: str, out: TextIO, *, github: bool = False, hint: str | None = None
) -> Directory | int:
    """The content folder, loaded; or, when it is missing (2) or has errors (1), the exit status once
    the reasons are printed (to `out`, then the message `hint` if given)."""
    if not content.is_dir():
        print(render_message("validate-path-missing", {"path": content}, lang), file=sys.stderr)
        return 2
    directory = load_directory(content, today=today, processes=default_processes())
    if not directory.errors:
        return directory
    print_problems(directory.errors, lang, out, github=github)
    print(summary(directory.errors, len(directory.entries), lang), file=out)
    if hint:
        print(render_message(hint, {}, lang), file=out)
    return 1


def print_problems(problems: Iterable[Problem], lang: str, out: TextIO, *, github: bool = False) -> None:
    for problem in sorted(problems):
        print(problem.format(lang), file=out)
        if github:
            print(github_annotation(problem, lang), file=out)


def github_annotation(problem: Problem, lang: str) -> str:
    """A workflow command that GitHub shows on the pull request's changed line."""
    level = "error" if problem.is_error else "warning"
    properties = ",".join(
        f"{name}={_escape_property(str(value))}" for name, value in (("file", problem.path), ("line", problem.line), ("col", problem.column))
    )
    return f"::{level} {properties}::{_escape_data(problem.message(lang))}"


def problems_markdown(problems: list[Problem], entries: int) -> str:
    """The check as a job summary: the verdict, then each problem where it is and what to do, in Danish
    and English, so a contributor who edits from the browser reads it under the pull request's checks."""
    lines = [f"## {say('validate-report-title')}", ""]
    verdict = " · ".join(summary(problems, entries, lang) for lang in ("da", "en"))
    if not any(problem.is_error for problem in problems):
        lines += [f"✅ {verdict}", ""]
    else:
        lines += [f"❌ {verdict}", "", say("validate-report-how"), ""]
    rows = [
        (code(f"{problem.path}:{problem.line}:{problem.column}"), plain(problem.said("da")), plain(problem.said("en")))
        for problem in sorted(problems)
    ]
    if rows:
        lines += [*table(("validate-report-where", "validate-report-da", "validate-report-en"), rows), ""]
    return "\n".join(lines)


def summary(problems: list[Problem], entries: int, lang: str) -> str:
    if not problems:
        return render_message("summary-clean", {"entries": count("entries", entries, lang)}, lang)
    errors = sum(problem.is_error for problem in problems)
    params = {
        "errors": count("errors", errors, lang),
        "warnings": count("warnings", len(problems) - errors, lang),
        "files": count("files", len({problem.path for problem in problems}), lang),
    }
    return render_message("summary-problems", params, lang)


def count(noun: str, number: int, lang: str) -> str:
    return render_message(f"count-{noun}-{'one' if number == 1 else 'other'}", {"count": number}, lang)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
