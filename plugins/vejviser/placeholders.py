"""The places in the content pages still to be written: `[UDFYLD: …]` (Danish) and `[FILL IN: …]`
(English), which `vejviser init` puts where only the municipality knows what to say.

They are shown as they are on the built page (bold, in brackets), so a reader of a preview sees them,
and `vejviser validate` lists each as a warning with its place: a site can go live with them, but
nobody has to hunt for them.
"""

from __future__ import annotations

import re
from pathlib import Path

from .problems import WARNING, Problem

PAGE_DIR = "pages"
PLACEHOLDER = re.compile(r"\[(?:UDFYLD|FILL IN): [^\]\n]+\]")


def page_placeholders(content: Path) -> list[Problem]:
    """A warning for every placeholder in `content/pages/*.md`, at its line and column."""
    problems = []
    for path in sorted((content / PAGE_DIR).glob("*.md")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            for match in PLACEHOLDER.finditer(line):
                problems.append(Problem.at(str(path), (number, match.start() + 1), "page-placeholder", WARNING, text=match.group(0)))
    return problems
