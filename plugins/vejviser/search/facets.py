"""The search page's filters: their names and values are what a citizen reads, in the page's language.

Pagefind shows a filter's name and values exactly as they are indexed, so each language's index gets
them in its own language. Each filter has a stable key (used by templates and tests) and its values
have stable ids: a vocabulary's term ids, or the ids in `values` below.

| key          | da                   | en                 | values                             | on records     |
| ------------ | -------------------- | ------------------ | ---------------------------------- | -------------- |
| type         | Vis                  | Show               | entry, role, page                  | every record   |
| need         | Hjælp til            | Help with          | the needs vocabulary               | entries, roles |
| target_group | Hvem er det for      | Who it is for      | the target_groups vocabulary       | entries        |
| area         | Område               | Area               | the areas vocabulary (Entry.towns) | entries, roles |
| attendance   | Sådan foregår det    | How to take part   | the attendance vocabulary          | entries        |
| language     | Sprog                | Languages spoken   | the languages vocabulary           | entries        |
| commitment   | Hvor meget tid       | How much time      | the commitments vocabulary         | roles          |
| good_to_know | Godt at vide         | Good to know       | free, anonymous, volunteers_wanted (entries); youth_friendly (suits young people: marked so, or minimum age under 18), no_danish_needed (roles) |

A role carries its entry's needs and areas, so "Bliv frivillig" can narrow roles by both. "Good to
know" holds yes/no facts; Pagefind requires every ticked value, which is what "free and anonymous" means.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

from ..text import Text
from ..vocabulary import Vocabularies


@dataclass(frozen=True)
class Facet:
    name: Text
    vocabulary: str | None = None  # the values are this vocabulary's terms …
    values: Mapping[str, Text] = field(default_factory=dict)  # … or these

    def label(self, value: str, lang: str, vocabularies: Vocabularies) -> str:
        if self.vocabulary:
            return vocabularies[self.vocabulary].label(value, lang)
        return self.values[value].get(lang)


FACETS: dict[str, Facet] = {
    "type": Facet(
        Text("Vis", "Show"),
        values={
            "entry": Text("Tilbud", "Services"),
            "role": Text("Frivillige opgaver", "Volunteer roles"),
            "page": Text("Information", "Information"),
        },
    ),
    "need": Facet(Text("Hjælp til", "Help with"), vocabulary="needs"),
    "target_group": Facet(Text("Hvem er det for", "Who it is for"), vocabulary="target_groups"),
    "area": Facet(Text("Område", "Area"), vocabulary="areas"),
    "attendance": Facet(Text("Sådan foregår det", "How to take part"), vocabulary="attendance"),
    "language": Facet(Text("Sprog", "Languages spoken"), vocabulary="languages"),
    "commitment": Facet(Text("Hvor meget tid", "How much time"), vocabulary="commitments"),
    "good_to_know": Facet(
        Text("Godt at vide", "Good to know"),
        values={
            "free": Text("Gratis", "Free"),
            "anonymous": Text("Du kan være anonym", "You can stay anonymous"),
            "volunteers_wanted": Text("Søger frivillige", "Looking for volunteers"),
            "youth_friendly": Text("Godt for unge", "Good for young people"),
            "no_danish_needed": Text("Dansk er ikke nødvendigt", "No Danish needed"),
        },
    ),
}


Selection = Mapping[str, Iterable[str]]  # facet key → value ids: {"type": ["role"]}


def value_labels(selection: Selection, lang: str, vocabularies: Vocabularies) -> dict[str, list[str]]:
    """`{"type": ["role"]}` → `{"type": ["Frivillige opgaver"]}`; facets without values are left out."""
    return {key: [FACETS[key].label(value, lang, vocabularies) for value in ids] for key, ids in selection.items() if ids}


def pagefind_filters(labels: Mapping[str, list[str]], lang: str) -> dict[str, list[str]]:
    """`{"type": ["Frivillige opgaver"]}` → `{"Vis": ["Frivillige opgaver"]}`: filters as Pagefind knows them."""
    return {FACETS[key].name.get(lang): list(values) for key, values in labels.items()}
