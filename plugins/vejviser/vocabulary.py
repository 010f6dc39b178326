"""Controlled vocabularies (needs, target groups, areas …) read from `content/vocabularies/*.yaml`.

Each file maps a term id to its Danish and English label plus optional extras (`sensitive` on needs,
`kind` and `postcodes` on areas, and on any term `words`: the everyday words and phrases people type
for it, `{da: [...], en: [...]}`, which search reads). A term of a vocabulary with pages (needs, target
groups, areas: `urls.TERM_SECTIONS`) has `slug: {da: ..., en: ...}`, the last part of its page's
address in each language, and may have `old_slugs: {da: [...], en: [...]}`, addresses it had before
that keep leading to it (`termslugs` checks both). Adding a term or a word is a content edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from .problems import Problem
from .slug import is_slug
from .termslugs import check_slugs
from .text import Text
from .urls import TERM_SECTIONS
from .yamlsource import read_file

SECTION_OF = {name: section for section, name in TERM_SECTIONS.items()}  # vocabularies whose terms have pages
VOCABULARY_NAMES = ("kinds", "needs", "target_groups", "areas", "attendance", "commitments", "languages")


@dataclass(frozen=True)
class Term:
    id: str
    label: Text
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def sensitive(self) -> bool:
        return bool(self.extra.get("sensitive"))

    def words(self, lang: str) -> tuple[str, ...]:
        """The everyday words and phrases people type for this term in `lang` (lowercase), label not included."""
        words = self.extra.get("words")
        listed = words.get(lang) if isinstance(words, dict) else None
        if not isinstance(listed, list):
            return ()
        return tuple(dict.fromkeys(str(word).strip().lower() for word in listed if isinstance(word, (str, int)) and str(word).strip()))

    def slug(self, lang: str) -> str:
        """The last part of the address of this term's page in `lang` (`ensomhed` in `/hjaelp/ensomhed/`):
        from `slug:`, English for a language it does not name, the id for a term without one."""
        slugs = self.extra.get("slug")
        if isinstance(slugs, dict):
            for key in (lang, "en"):
                if is_slug(slugs.get(key)):
                    return slugs[key]
        return self.id

    def former_slugs(self, lang: str) -> tuple[str, ...]:
        """Slugs this term's page had in `lang` and that keep leading to it: its id (the first addresses
        were made from ids, `/hjaelp/loneliness/`) and its `old_slugs`, without the current one."""
        old = self.extra.get("old_slugs")
        listed = old.get(lang) if isinstance(old, dict) else None
        candidates = [self.id, *(listed if isinstance(listed, list) else ())]
        return tuple(dict.fromkeys(slug for slug in candidates if is_slug(slug) and slug != self.slug(lang)))

    @property
    def postcodes(self) -> tuple[str, ...]:
        return tuple(str(code) for code in self.extra.get("postcodes", ()))

    @property
    def area_kind(self) -> str | None:
        return self.extra.get("kind")

    @property
    def bounds(self) -> "Bounds | None":
        """The box (`south`, `west`, `north`, `east` in degrees) an area lies within, if given."""
        box = self.extra.get("bounds")
        if not isinstance(box, dict) or not all(isinstance(box.get(side), (int, float)) for side in Bounds.SIDES):
            return None
        return Bounds(*(float(box[side]) for side in Bounds.SIDES))


@dataclass(frozen=True)
class Bounds:
    SIDES = ("south", "west", "north", "east")

    south: float
    west: float
    north: float
    east: float

    def contains(self, lat: float, lon: float) -> bool:
        return self.south <= lat <= self.north and self.west <= lon <= self.east


@dataclass(frozen=True)
class Vocabulary:
    name: str
    terms: dict[str, Term]

    def __contains__(self, term_id: object) -> bool:
        return term_id in self.terms

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms.values())

    def __getitem__(self, term_id: str) -> Term:
        return self.terms[term_id]

    def __len__(self) -> int:
        return len(self.terms)

    def label(self, term_id: str, lang: str) -> str:
        return self.terms[term_id].label.get(lang)


@dataclass(frozen=True)
class Vocabularies:
    by_name: dict[str, Vocabulary]

    def __getitem__(self, name: str) -> Vocabulary:
        return self.by_name[name]

    def __getattr__(self, name: str) -> Vocabulary:
        try:
            return self.by_name[name]
        except KeyError:
            raise AttributeError(name) from None

    def town_for_postcode(self, postcode: str) -> Term | None:
        return next((term for term in self.towns() if postcode in term.postcodes), None)

    def towns(self) -> list[Term]:
        return [term for term in self.by_name["areas"] if term.area_kind == "town"]

    def municipality(self) -> Term | None:
        return next((term for term in self.by_name["areas"] if term.area_kind == "municipality"), None)


def load_vocabularies(directory: str | Path) -> tuple[Vocabularies, list[Problem]]:
    """Read every vocabulary file; a broken file gives problems and an empty vocabulary."""
    directory = Path(directory)
    problems: list[Problem] = []
    by_name: dict[str, Vocabulary] = {}
    for name in VOCABULARY_NAMES:
        path = directory / f"{name}.yaml"
        doc = read_file(path)
        problems.extend(doc.problems)
        terms: dict[str, Term] = {}
        for term_id, body in (doc.data or {}).items():
            if not isinstance(body, dict) or not isinstance(body.get("da"), str) or not isinstance(body.get("en"), str):
                problems.append(doc.problem((term_id,), "vocabulary-term-invalid", at_key=True, term=term_id))
                continue
            extra = {key: value for key, value in body.items() if key not in ("da", "en")}
            terms[term_id] = Term(term_id, Text(body["da"], body["en"]), extra)
        if name in SECTION_OF:
            problems.extend(check_slugs(doc, SECTION_OF[name], terms))
        by_name[name] = Vocabulary(name, terms)
    return Vocabularies(by_name), problems
