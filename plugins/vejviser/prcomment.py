"""The comment a content pull request gets: what changed, what to fix, and where to see the result.

A volunteer who added their association from the browser never opens a check's log. The pull request
workflow writes this comment's text with `vejviser comment` (no secrets, read-only), and a separate
workflow posts it (`.github/workflows/pr-comment.yml`), replacing its earlier version: the comment is
found again by `MARKER`, its first line. Everything is said in Danish, then in English.

The parts come from the same places as the job summary: the changed entries (`vejviser.changes`), the
validator's problems with file:line:column and the fix (`cli.report.problems_markdown`), and each added
or edited entry as its page will show it (`vejviser.preview`); with a preview, links to each entry's
pages in the one-file preview (`vejviser.sitepreview`). Contributors' text is escaped, so an
entry's name cannot become a link or an image in a comment the project's bot posts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from .changes import REMOVED, Change
from .cli.report import problems_markdown
from .problems import LANGUAGES, Problem
from .sitepreview import page_anchor
from .summary import code, plain, say
from .urls import entry_url

MARKER = "<!-- contribution-check-comment -->"
# GitHub refuses a comment over 65536 characters, the posting workflow one over 65000 bytes; this leaves room.
MAX_LENGTH = 60000  # bytes of UTF-8
# The address the preview site is built for: the whole site is served on the reader's own machine.
PREVIEW_SITE = "http://localhost:8000/"


@dataclass(frozen=True)
class Preview:
    """Where the workflow run's artifacts are, and how long they are kept: the whole site built for
    `PREVIEW_SITE` (a zip file) and the changed pages as one file that opens in the browser
    (`vejviser.sitepreview`; None when no page was written)."""

    site_url: str
    days: int
    page_url: str | None = None


def pull_request_comment(
    changes: list[Change], problems: list[Problem], checked: int, entry_previews: str, preview: Preview | None
) -> str:
    """The whole comment in Markdown, starting with `MARKER`. `entry_previews` is
    `preview.changed_entries_preview`'s text; `preview` is None when no site was built (the entries
    have errors). Of the problems, those in the changed entries' files are shown, and errors anywhere
    (they stop the merge); warnings about entries the pull request did not touch are not its business."""
    problems = _concerning(problems, changes)
    has_errors = any(problem.is_error for problem in problems)
    parts = [MARKER, f"## {say('comment-title')}", _both("comment-errors" if has_errors else "comment-clean")]
    parts += [f"### {say('comment-changed-title')}", _changed(changes, None if has_errors else preview)]
    parts.append(problems_markdown(problems, checked).replace("## ", "### ", 1))
    if has_errors or preview is None:
        parts.append(_both("comment-preview-later"))
    else:
        parts.append(f"### {say('comment-preview-title')}")
        if preview.page_url:
            parts.append(_both("comment-preview-page", url=preview.page_url, days=preview.days))
        parts.append(_both("comment-preview-how", url=preview.site_url, site=PREVIEW_SITE))
    if entry_previews:
        parts.append(entry_previews.replace("## ", "### ", 1))
    text = "\n\n".join(part.strip("\n") for part in parts) + "\n"
    if len(text.encode("utf-8")) <= MAX_LENGTH:
        return text
    ending = "\n\n" + _both("comment-cut") + "\n"
    kept = text.encode("utf-8")[: MAX_LENGTH - len(ending.encode("utf-8"))].decode("utf-8", "ignore")
    return kept[: kept.rindex("\n")] + ending  # cut after a whole line


def _concerning(problems: list[Problem], changes: list[Change]) -> list[Problem]:
    changed = {PurePosixPath(change.path).parent / change.slug for change in changes}
    return [problem for problem in problems if problem.is_error or _entry_of(problem.path) in changed]


def _entry_of(path: str) -> PurePosixPath:
    """`content/associations/x.da.md` → `content/associations/x`: the entry a file belongs to."""
    file = PurePosixPath(path)
    return file.parent / file.name.split(".", 1)[0]


def _changed(changes: list[Change], preview: Preview | None) -> str:
    """One line per entry: the change, the name, the file and, with a preview, its pages there (in the
    one-file preview if there is one, else in the whole site served as the comment explains)."""
    if not changes:
        return say("changes-none")
    lines = []
    for change in changes:
        line = f"- {say(f'changes-{change.status}')}: **{plain(change.name)}** ({code(change.path)})"
        if preview and change.status != REMOVED:
            pages = " · ".join(f"[{say('comment-page', lang)}]({_page(preview, change.slug, lang)})" for lang in LANGUAGES)
            line += f" — {pages}"
        lines.append(line)
    return "\n".join(lines)


def _page(preview: Preview, slug: str, lang: str) -> str:
    return f"{preview.page_url}#{page_anchor(slug, lang)}" if preview.page_url else f"{PREVIEW_SITE}{entry_url(slug, lang)}"


def _both(code: str, **params: object) -> str:
    """A paragraph in Danish, then the same in English."""
    return "\n\n".join(say(code, lang, **params) for lang in LANGUAGES)
