"""Keep the comparison honest: do the two builds' entry pages say the same thing?

Compares every entry page of our build with the Hugo reference's after normalising what may differ
without changing the page: whitespace between and inside tags, the site's address (ours writes
absolute links, Hugo mostly root-relative) and character references such as `&#43;` for `+`.
A difference means the reference renders more or less than ours, and the timings are not comparable.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass
from pathlib import Path

from vejviser.urls import LANGUAGES, section_url

from .ours import SITE_URL


@dataclass(frozen=True)
class Equivalence:
    compared: int
    differing: int
    first_difference: str  # a short diff of the first page that differs, or ""

    def summary(self) -> str:
        if not self.differing:
            return f"reference entry pages equal ours (whitespace and link form aside): {self.compared}/{self.compared} compared"
        return f"WARNING: {self.differing}/{self.compared} reference entry pages differ from ours; first:\n{self.first_difference}"


def compare_entry_pages(ours: Path, *references: Path) -> list[Equivalence]:
    """Every entry page of our build against the same page of each reference build (one result each);
    each of our pages is read and normalised once."""
    differing = [0] * len(references)
    first = [""] * len(references)
    compared = 0
    for lang in LANGUAGES:
        for page in sorted((ours / section_url("entry", lang)).glob("*/index.html")):
            relative = page.relative_to(ours)
            mine = normalised(page)
            compared += 1
            for index, reference in enumerate(references):
                theirs = normalised(reference / relative)
                if mine != theirs:
                    differing[index] += 1
                    first[index] = first[index] or _diff(str(relative), mine, theirs)
    return [Equivalence(compared, count, diff) for count, diff in zip(differing, first)]


def normalised(page: Path) -> list[str]:
    """The page as one tag or text per line, with the site's address and whitespace normalised."""
    try:
        text = page.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ["(missing)"]
    text = html.unescape(text.replace(SITE_URL, ""))
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s*(<[^>]*>)\s*", r"\n\1\n", text)
    return [line.replace(" >", ">") for line in text.split("\n") if line.strip()]


def _diff(name: str, mine: list[str], theirs: list[str]) -> str:
    lines = difflib.unified_diff(mine, theirs, f"ours/{name}", f"reference/{name}", lineterm="", n=0)
    return "\n".join(list(lines)[:20])
