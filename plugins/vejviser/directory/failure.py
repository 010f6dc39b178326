"""How the build stops on bad content: one clear, located message per problem, no Python traceback.

Pelican reports an exception from a generator as `ClassName: message` with the traceback attached.
`ContentError` carries every located problem in its message; the log filter below drops the
traceback and the class name for it, so the contributor sees only `path:line:column: message`
lines. `pelican` then exits with status 1 (the exception's `exitcode`); under `--autoreload` it
keeps watching, and the next save rebuilds.
"""

from __future__ import annotations

import logging
from typing import Iterable

from ..problems import Problem


class ContentError(Exception):
    exitcode = 1

    @classmethod
    def from_problems(cls, problems: Iterable[Problem], lang: str = "da") -> "ContentError":
        lines = [problem.format(lang) for problem in problems]
        heading = f"Siden blev ikke bygget: {len(lines)} fejl i indholdet. Ret dem og byg igen."
        return cls("\n".join([heading, *lines]))


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
