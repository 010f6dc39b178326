"""Rules across files: file names are slugs, no two entries share a slug or (nearly) a name.

Only `reported` documents get problems, but they are compared with every document, so checking one
new file still finds the existing entry it duplicates. Names are compared after normalising (case,
Danish letters, accents, punctuation and spacing); equal names are an error, names at least
`SIMILARITY` alike a warning for a human to judge (two different associations can have close names).
Similar names are found by sorted neighbourhood, not by comparing every pair: sorting the
normalised names forwards and backwards puts names that differ only late, or only early, next to
each other, so 5,000 entries take milliseconds.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from rapidfuzz.distance import Indel

from ..problems import ERROR, WARNING
from ..slug import is_slug, slugify, transliterate
from ..yamlsource import SourceDocument
from .findings import Finding

SIMILARITY = 0.9
_WINDOW = 4


@dataclass(frozen=True)
class _Named:
    doc: SourceDocument
    name: str
    key: str  # the normalised name, without spaces


def slug_of(doc: SourceDocument) -> str:
    return os.path.splitext(os.path.basename(doc.path))[0]


def across_findings(reported: Sequence[SourceDocument], everything: Sequence[SourceDocument]) -> Iterator[tuple[SourceDocument, Finding]]:
    reported_ids = {id(doc) for doc in reported}
    yield from _slug_findings(reported, everything)
    yield from _name_findings(reported_ids, everything)


def _slug_findings(reported, everything) -> Iterator[tuple[SourceDocument, Finding]]:
    by_slug: dict[str, list[SourceDocument]] = {}
    for doc in everything:
        by_slug.setdefault(slug_of(doc), []).append(doc)
    for doc in reported:
        slug = slug_of(doc)
        if not is_slug(slug):
            name = doc.data.get("name") if isinstance(doc.data, dict) else None
            suggestion = slugify(name if isinstance(name, str) else slug) or "forening"
            yield doc, Finding((), "slug-invalid", {"file": Path(doc.path).name, "suggestion": suggestion})
        twins = [other for other in by_slug[slug] if other is not doc]
        if twins:
            yield doc, Finding((), "slug-duplicate", {"slug": slug, "other": twins[0].path})


def _name_findings(reported_ids: set[int], everything) -> Iterator[tuple[SourceDocument, Finding]]:
    named = [_Named(doc, doc.data["name"], normalised_name(doc.data["name"])) for doc in everything if _has_name(doc)]
    named = [entry for entry in named if entry.key]
    for first, second in _candidate_pairs(named):
        if id(first.doc) not in reported_ids and id(second.doc) not in reported_ids:
            continue
        if first.key == second.key:
            code, severity = "name-duplicate", ERROR
        elif similar(first.key, second.key):
            code, severity = "name-similar", WARNING
        else:
            continue
        for this, other in ((first, second), (second, first)):
            if id(this.doc) in reported_ids:
                params = {"name": this.name, "other_name": other.name, "other": other.doc.path}
                yield this.doc, Finding(("name",), code, params, severity)


@functools.lru_cache(maxsize=1 << 15)
def normalised_name(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", transliterate(name))


@functools.lru_cache(maxsize=1 << 17)
def similar(first: str, second: str) -> bool:
    """difflib's ratio ≥ SIMILARITY. rapidfuzz's Indel similarity, 2 × (the longest common
    subsequence) / (both lengths), is never below difflib's ratio (difflib's matching blocks are one
    common subsequence) and takes well under a microsecond, so only the few pairs it lets through
    make a `SequenceMatcher` (at 10,000 entries, setting up 70,000 of them cost more than the rest
    of the checks together). Remembered, so that the development server's rebuilds compare again
    only the names that changed."""
    bound = SIMILARITY - 1e-9  # the two libraries round differently; a bound may be loose, never tight
    return (
        Indel.normalized_similarity(first, second, score_cutoff=bound) >= bound
        and difflib.SequenceMatcher(None, first, second, autojunk=False).ratio() >= SIMILARITY
    )


def _has_name(doc: SourceDocument) -> bool:
    return isinstance(doc.data, dict) and isinstance(doc.data.get("name"), str)


def _candidate_pairs(named: list[_Named]) -> Iterator[tuple[_Named, _Named]]:
    """Pairs of entries whose normalised names are neighbours when sorted forwards or backwards.

    Equal names are always paired with each other, however many there are.
    """
    seen: set[tuple[int, int]] = set()
    for order in (sorted(named, key=lambda e: e.key), sorted(named, key=lambda e: e.key[::-1])):
        for index, first in enumerate(order):
            later = index + 1
            while later < len(order) and (later <= index + _WINDOW or order[later].key == first.key):
                second = order[later]
                later += 1
                pair = (id(first.doc), id(second.doc))
                if pair not in seen and pair[::-1] not in seen:
                    seen.add(pair)
                    yield first, second
