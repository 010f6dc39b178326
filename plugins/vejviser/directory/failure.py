"""How the build stops on bad content: one clear, located message per problem, no Python traceback.

Every problem is written to stderr as one plain `path:line:column: message` line (Pelican's log
would wrap long lines and break them apart), then `ContentError` stops the build. Pelican reports an
exception from a generator as `ClassName: message` with the traceback attached; the log filter below
drops both for `ContentError`. `pelican` then exits with status 1 (the exception's `exitcode`);
the development server (`vejviser.serve`) shows the error's `lines` in the browser, in each language
it has them in, and waits for the next save.
"""

from __future__ import annotations

import logging
import sys
from typing import Iterable, Mapping, Sequence

from ..problems import LANGUAGES, Problem


class ContentError(Exception):
    """The build stopped on bad content. `lines`: the located problems by language (`da` always)."""

    exitcode = 1

    def __init__(self, message: str, lines: Mapping[str, Sequence[str]]) -> None:
        super().__init__(message)
        self.lines = lines


def stop_build(lines: Iterable[str], in_other_languages: Mapping[str, Sequence[str]] | None = None) -> ContentError:
    """Print each located problem (in Danish) on its own line and return the error that stops the build."""
    lines = list(lines)
    for line in lines:
        print(line, file=sys.stderr)
    message = f"Siden blev ikke bygget: {len(lines)} fejl i indholdet (se ovenfor). Ret dem og byg igen."
    return ContentError(message, {"da": lines, **(in_other_languages or {})})


def problems_error(problems: Iterable[Problem]) -> ContentError:
    problems = list(problems)
    return stop_build((problem.format("da") for problem in problems), {lang: [problem.format(lang) for problem in problems] for lang in LANGUAGES})


class HideContentErrorTraceback(logging.Filter):
    """Logs a `ContentError` as its plain message, without class name or traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, ContentError):
            record.msg, record.args, record.exc_info, record.exc_text = "%s", (str(error),), None, None
        return True


def install_log_filter(*_sender) -> None:
    logger = logging.getLogger("pelican")
    if not any(isinstance(existing, HideContentErrorTraceback) for existing in logger.filters):
        logger.addFilter(HideContentErrorTraceback())
