"""The theme's CSS and JavaScript as a reader's browser gets them: without comments and needless
whitespace (`vejviser.assets` publishes them so).

The sources in `theme/static/` keep their comments. Minifying is deterministic, so builds stay byte
for byte the same, and minifying twice changes nothing the second time. `/*! … */` comments (a
licence) stay in JavaScript.
"""

from __future__ import annotations

from typing import Callable

import rcssmin
import rjsmin

MINIFIERS: dict[str, Callable[[str], str]] = {
    ".css": rcssmin.cssmin,
    ".js": lambda text: rjsmin.jsmin(text, keep_bang_comments=True),  # "/*! licence */" stays
}


def minified(suffix: str, data: bytes) -> bytes:
    """A file's bytes minified by its suffix (".css", ".js"); any other file's as they are."""
    minify = MINIFIERS.get(suffix)
    if minify is None:
        return data
    return (minify(data.decode("utf-8")).strip() + "\n").encode("utf-8")
