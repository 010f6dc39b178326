"""Whom a service reaches, and the order a listing shows services in for a reader.

An entry serves the towns in its `areas` (and those of its locations), the whole municipality, or the
whole country. A reader in a town is served by the services in that town first, then those for the
whole municipality, then the nationwide ones; services only in other towns come last. Listings are
grouped that way, so no town, target group or need page says 0 while services reach it.

No Pelican here: `Reach` is made once per build from the vocabularies and the entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..model import Entry

EVERYONE = "everyone"  # the target group of services for all

# Group keys, in the order a listing shows them (the templates name them).
HERE = "here"  # in the chosen town (or, with no town chosen, in one or more towns of the municipality)
MUNICIPALITY = "municipality"  # the whole municipality
NATIONWIDE = "nationwide"  # the whole country
ELSEWHERE = "elsewhere"  # only in other towns of the municipality


@dataclass(frozen=True)
class Group:
    key: str  # HERE, MUNICIPALITY, NATIONWIDE, ELSEWHERE
    entries: tuple[Entry, ...]


class Reach:
    """The areas vocabulary read once: which kind each area is."""

    def __init__(self, areas) -> None:
        self.kind = {term.id: term.area_kind for term in areas}

    def scope(self, entry: Entry) -> str:
        """The widest area an entry serves: NATIONWIDE, MUNICIPALITY or HERE (some towns)."""
        kinds = {self.kind.get(area) for area in entry.areas}
        if "nationwide" in kinds:
            return NATIONWIDE
        if "municipality" in kinds:
            return MUNICIPALITY
        return HERE

    def group_of(self, entry: Entry, town: str | None) -> str:
        """Where an entry belongs on a listing for a reader in `town` (None: no town chosen)."""
        if town is not None and town in entry.towns:
            return HERE
        scope = self.scope(entry)
        if town is not None and scope == HERE:
            return ELSEWHERE
        return scope

    def serves(self, entry: Entry, area: str) -> bool:
        """Whether the entry reaches someone in `area` (a town, the municipality or the country)."""
        if area in entry.towns:
            return True
        scope = self.scope(entry)
        return scope == NATIONWIDE or (scope == MUNICIPALITY and self.kind.get(area) == "town")

    def groups(self, entries: Iterable[Entry], town: str | None = None) -> list[Group]:
        """`entries` in the groups a reader in `town` reads them in (empty groups left out), each group
        in the entries' own order (A–Å)."""
        by_key: dict[str, list[Entry]] = {key: [] for key in (HERE, MUNICIPALITY, NATIONWIDE, ELSEWHERE)}
        for entry in entries:
            by_key[self.group_of(entry, town)].append(entry)
        return [Group(key, tuple(found)) for key, found in by_key.items() if found]

    def ordered(self, entries: Iterable[Entry], town: str | None = None) -> tuple[Entry, ...]:
        """`entries` nearest first: the groups' entries one after another."""
        return tuple(entry for group in self.groups(entries, town) for entry in group.entries)


def is_for_everyone(entry: Entry) -> bool:
    """A service for all: tagged "everyone", or with no target group at all."""
    return not entry.target_groups or EVERYONE in entry.target_groups
