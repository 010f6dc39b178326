"""The search page's filters: their names and values are what a citizen reads, in the page's language.

Pagefind shows a filter's name and values exactly as they are indexed, so each language's index gets
them in its own language. Each filter has a stable key (used by templates and tests) and its values
have stable ids: a vocabulary's term ids, or the ids in `values` below.

| key          | da                   | en                 | values                             | on records     |
| ------------ | -------------------- | ------------------ | ---------------------------------- | -------------- |
| type         | Vis                  | Show               | entry, role, grant, room, page     | every record   |
| need         | Hjælp til            | Help with          | the needs vocabulary               | entries, roles |
| target_group | Hvem er det for      | Who it is for      | the target_groups vocabulary       | entries        |
| area         | Område               | Area               | the areas vocabulary (Entry.towns) | entries, roles, rooms |
| attendance   | Sådan foregår det    | How to take part   | the attendance vocabulary          | entries        |
| language     | Sprog                | Languages spoken   | the languages vocabulary           | entries        |
| commitment   | Hvor meget tid       | How much time      | the commitments vocabulary         | roles          |
| capacity     | Pladser              | Places             | up-to-20, 21-50, over-50           | rooms          |
| room_facts   | Lokalet              | The room           | step_free, free_for_associations (a room must have every ticked one) | rooms |
| good_to_know | Godt at vide         | Good to know       | free, anonymous, volunteers_wanted (entries); youth_friendly (suits young people: marked so, or minimum age under 18), no_danish_needed (roles) |

A role carries its entry's needs and areas, so "Bliv frivillig" can narrow roles by both. Ticking two
values of a filter finds pages with either (one town or another), except under "Good to know", which
holds yes/no facts: there a page must have every ticked one, which is what "free and anonymous" means.
Which values a page has: `entry_selection`, `role_selection`, `PAGE_SELECTION`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from ..kinds.grants import Grant
from ..kinds.rooms import Room
from ..model import Entry, VolunteerRole
from ..text import Text
from ..vocabulary import Vocabularies


@dataclass(frozen=True)
class Facet:
    name: Text
    vocabulary: str | None = None  # the values are this vocabulary's terms …
    values: Mapping[str, Text] = field(default_factory=dict)  # … or these
    match_all: bool = False  # a page must have every ticked value, not just one of them

    def value_ids(self, vocabularies: Vocabularies) -> list[str]:
        """Every value, in the order to offer them: the vocabulary's, or `values`'."""
        return [term.id for term in vocabularies[self.vocabulary]] if self.vocabulary else list(self.values)

    def label(self, value: str, lang: str, vocabularies: Vocabularies) -> str:
        if self.vocabulary:
            return vocabularies[self.vocabulary].label(value, lang)
        return self.values[value].get(lang)


FACETS: dict[str, Facet] = {
    "type": Facet(
        Text("Vis", "Show"),
        values={
            "entry": Text("Tilbud", "Services"),
            "role": Text("Frivillige opgaver", "Volunteer tasks"),
            "grant": Text("Puljer", "Grants"),
            "room": Text("Lokaler", "Rooms"),
            "page": Text("Information", "Information"),
        },
    ),
    "need": Facet(Text("Hjælp til", "Help with"), vocabulary="needs"),
    "target_group": Facet(Text("Hvem er det for", "Who it is for"), vocabulary="target_groups"),
    "area": Facet(Text("Område", "Area"), vocabulary="areas"),
    "attendance": Facet(Text("Sådan foregår det", "How to take part"), vocabulary="attendance"),
    "language": Facet(Text("Sprog", "Languages spoken"), vocabulary="languages"),
    "commitment": Facet(Text("Hvor meget tid", "How much time"), vocabulary="commitments"),
    "capacity": Facet(
        Text("Pladser", "Places"),
        values={"up-to-20": Text("Op til 20", "Up to 20"), "21-50": Text("21-50", "21-50"), "over-50": Text("Over 50", "Over 50")},
    ),
    "room_facts": Facet(
        Text("Lokalet", "The room"),
        values={"step_free": Text("Adgang uden trin", "Step-free access"), "free_for_associations": Text("Gratis for foreninger", "Free for associations")},
        match_all=True,
    ),
    "good_to_know": Facet(
        Text("Godt at vide", "Good to know"),
        values={
            "free": Text("Gratis", "Free"),
            "anonymous": Text("Du kan være anonym", "You can stay anonymous"),
            "volunteers_wanted": Text("Søger frivillige", "Looking for volunteers"),
            "youth_friendly": Text("Godt for unge", "Good for young people"),
            "no_danish_needed": Text("Dansk er ikke nødvendigt", "No Danish needed"),
        },
        match_all=True,
    ),
}


Selection = Mapping[str, Iterable[str]]  # facet key → value ids: {"type": ["role"]}
PAGE_SELECTION: Selection = {"type": ["page"]}  # a content page (about, privacy …)


def room_selection(room: Room) -> Selection:
    """The values a room's page has (vejviser.kinds): its type, town, capacity band and facts."""
    facts = {"step_free": room.step_free, "free_for_associations": bool(room.free_for_associations)}
    return {
        "type": ["room"],
        "area": [room.town] if room.town else [],
        "capacity": [room.capacity_band] if room.capacity_band else [],
        "room_facts": [fact for fact, applies in facts.items() if applies],
    }


def grant_selection(grant: Grant) -> Selection:
    """The values a grant's page has (vejviser.kinds): its type, and the needs it is especially for."""
    return {"type": ["grant"], "need": grant.needs}


def entry_selection(entry: Entry, build_date: datetime.date) -> Selection:
    """The values an entry's page has."""
    facts = {"free": entry.free, "anonymous": entry.anonymous, "volunteers_wanted": bool(entry.current_roles(build_date))}
    return {
        "type": ["entry"],
        "need": entry.needs,
        "target_group": entry.target_groups,
        "area": entry.towns,
        "attendance": entry.attendance,
        "language": entry.languages,
        "good_to_know": [fact for fact, applies in facts.items() if applies],
    }


def role_selection(entry: Entry, role: VolunteerRole) -> Selection:
    """The values a volunteer role's page has: its own, and its entry's needs and areas."""
    facts = {"youth_friendly": role.suits_young_people, "no_danish_needed": not role.danish_required}
    return {
        "type": ["role"],
        "need": entry.needs,
        "area": entry.towns,
        "commitment": [role.commitment],
        "good_to_know": [fact for fact, applies in facts.items() if applies],
    }


def values_in_use(selections: Iterable[Selection], vocabularies: Vocabularies) -> dict[str, list[str]]:
    """Facet key → the value ids some page has, in the facet's order; facets no page has are left out."""
    used: dict[str, set[str]] = {}
    for selection in selections:
        for key, ids in selection.items():
            used.setdefault(key, set()).update(ids)
    return {key: [value for value in facet.value_ids(vocabularies) if value in used[key]] for key, facet in FACETS.items() if used.get(key)}


class ValueLabels:
    """`{"type": ["role"]}` → `{"type": ["Frivillige opgaver"]}`: values' labels in one language; facets
    without values are left out. Each label is looked up once: tens of thousands of records share a
    few hundred values."""

    def __init__(self, lang: str, vocabularies: Vocabularies) -> None:
        self.lang = lang
        self.vocabularies = vocabularies
        self._labels: dict[tuple[str, str], str] = {}

    def __call__(self, selection: Selection) -> dict[str, list[str]]:
        return {key: [self._label(key, value) for value in ids] for key, ids in selection.items() if ids}

    def _label(self, key: str, value: str) -> str:
        label = self._labels.get((key, value))
        if label is None:
            label = self._labels[(key, value)] = FACETS[key].label(value, self.lang, self.vocabularies)
        return label


def pagefind_filters(labels: Mapping[str, list[str]], lang: str) -> dict[str, list[str]]:
    """`{"type": ["Frivillige opgaver"]}` → `{"Vis": ["Frivillige opgaver"]}`: filters as Pagefind knows them."""
    return {FACETS[key].name.get(lang): list(values) for key, values in labels.items()}
