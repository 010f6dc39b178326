"""Pelican plugin `vejviser.minify`: the theme's CSS and JavaScript as a reader's browser gets them,
without comments and needless whitespace.

Once Pelican has copied the theme's static files into the output folder (`finalized`), every `.css`
and `.js` file under `THEME_STATIC_DIR` is rewritten minified, in place: the pages' links and the
Content-Security-Policy (`'self'`) stay as they are. The sources in `theme/static/` keep their
comments. Minifying is deterministic, so builds stay byte for byte the same; a file minified twice
(the development server copies only what changed) is unchanged the second time.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

import rcssmin
import rjsmin
from pelican import signals

logger = logging.getLogger(__name__)

MINIFIERS: dict[str, Callable[[str], str]] = {
    ".css": rcssmin.cssmin,
    ".js": lambda text: rjsmin.jsmin(text, keep_bang_comments=True),  # "/*! licence */" stays
}


def minify_folder(folder: Path) -> tuple[int, int]:
    """Minify every CSS and JS file below `folder` in place; (bytes before, bytes after)."""
    before = after = 0
    for path in sorted(folder.rglob("*")):
        minify = MINIFIERS.get(path.suffix)
        if minify is None or not path.is_file():
            continue
        text = path.read_text("utf-8")
        small = minify(text).strip() + "\n"
        before, after = before + len(text.encode()), after + len(small.encode())
        if small != text:
            path.write_text(small, "utf-8")
    return before, after


def minify_theme(pelican) -> None:
    if not pelican.settings.get("VEJVISER_MINIFY", True):
        return
    before, after = minify_folder(Path(pelican.output_path) / pelican.settings.get("THEME_STATIC_DIR", "theme"))
    logger.info("vejviser.minify: theme CSS and JS %d → %d bytes", before, after)


def register():
    signals.finalized.connect(minify_theme)
