"""The words people use (the vocabularies' `words`), for the search page rather than the index.

- `towns(vocabularies, lang)`: each town with the words and postcodes that name it, and `wide_areas`:
  the "Område" values that serve every town (the whole municipality, the whole country); search.js
  takes a town out of a query ("ensom ribe") and narrows the search to the town and those instead.
- `word_map(vocabularies, lang)`: need, target-group and town pages with the words that lead to each,
  which the search page lists for a search that finds nothing and for readers without JavaScript.
- `known_words(...)`: every word the vocabularies know in a language, which `words.json` (next to the
  search page, written with the index) holds for spelling suggestions ("Mente du …?"); fetched only
  when a search finds nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .. import urls
from ..vocabulary import Vocabularies

WORDS_FILE = "words.json"
MAP_VOCABULARIES = (("need", "needs"), ("target_group", "target_groups"), ("town", "areas"))
WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)


@dataclass(frozen=True)
class MapTerm:
    label: str
    url: str  # from the site root, without "/"
    words: tuple[str, ...]


def towns(vocabularies: Vocabularies, lang: str) -> list[dict]:
    """What search.js needs to know a town in a query: {label, names} per town."""
    found = []
    for term in vocabularies.towns():
        names = dict.fromkeys([term.label.get(lang).lower(), *term.words(lang), *term.postcodes])
        found.append({"label": term.label.get(lang), "names": list(names)})
    return found


def wide_areas(vocabularies: Vocabularies, lang: str) -> list[str]:
    """The "Område" values that serve every town: the whole municipality, then the whole country."""
    order = {"municipality": 0, "nationwide": 1}
    wide = sorted((term for term in vocabularies.areas if term.area_kind in order), key=lambda term: order[term.area_kind])
    return [term.label.get(lang) for term in wide]


def word_map(vocabularies: Vocabularies, lang: str) -> dict[str, list[MapTerm]]:
    """Section ("need", "target_group", "town") → its pages, each with the words that lead there."""
    return {
        section: [
            MapTerm(term.label.get(lang), urls.listing_url(section, lang, term), tuple(word for word in term.words(lang) if word != term.label.get(lang).lower()))
            for term in vocabularies[vocabulary]
        ]
        for section, vocabulary in MAP_VOCABULARIES
    }


def known_words(vocabularies: Vocabularies, lang: str, names: Iterable[str] = ()) -> list[str]:
    """Single words the vocabularies know in `lang` (labels and words), and the words of `names`, sorted."""
    texts = [text for vocabulary in vocabularies.by_name.values() for term in vocabulary for text in (term.label.get(lang), *term.words(lang))]
    words = {word.lower() for text in (*texts, *names) for word in WORD.findall(text) if len(word) > 2}
    return sorted(words)


def write_known_words(vocabularies: Vocabularies, languages: Iterable[str], names: Iterable[str], output: Path) -> None:
    names = list(names)
    for lang in languages:
        target = output / urls.section_url("search", lang) / WORDS_FILE
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(known_words(vocabularies, lang, names), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
