"""What each need, target-group and town page lists, made once per build from the site's indexes and
shared by the listing pages and their print views (`Site.listings`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Entry
from ..vocabulary import Term
from .reach import EVERYONE, HERE, Group, Reach, is_for_everyone

if TYPE_CHECKING:
    from .site import Site


@dataclass(frozen=True)
class Listing:
    """What a need, target-group or town page lists.

    `groups`: the services of the page's own term, nearest first (`reach.Group`s); `also`: services
    that reach its readers too without being tagged with the term, under "Også for dig" (on a town
    page those for the whole municipality and the country, on a target-group page those for everyone).
    """

    groups: tuple[Group, ...]
    also: tuple[Group, ...]

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(entry for group in (*self.groups, *self.also) for entry in group.entries)

    @property
    def count(self) -> int:
        return len(self.entries)


class Listings:
    """Every listing of a build, made from the site's indexes."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.reach = Reach(site.vocabularies.areas)
        self.for_everyone = tuple(entry for entry in site.entries if is_for_everyone(entry))
        self._made: dict[tuple[str, str, str | None], Listing] = {}

    def count(self, section: str, term: Term) -> int:
        return self.of(section, term).count

    def of(self, section: str, term: Term, town: Term | None = None) -> Listing:
        key = (section, term.id, town.id if town else None)
        listing = self._made.get(key)
        if listing is None:
            listing = self._made[key] = self._make(section, term, town)
        return listing

    def _make(self, section: str, term: Term, town: Term | None) -> Listing:
        site, reach = self.site, self.reach
        if section == "need":
            own = site.by_need.get(term.id, ())
            if town is not None:  # only the services that reach the town, then those in other towns
                return Listing(tuple(reach.groups(own, town.id)), ())
            return Listing(tuple(reach.groups(own)), ())
        if section == "target_group":
            own = site.by_target_group.get(term.id, ())
            mine = {entry.slug for entry in own}
            others = () if term.id == EVERYONE else tuple(entry for entry in self.for_everyone if entry.slug not in mine)
            return Listing(tuple(reach.groups(own)), tuple(reach.groups(others)))
        # A town (or the municipality, or the whole country): its own services, then the wider ones.
        own = site.by_area.get(term.id, ())
        mine = {entry.slug for entry in own}
        wider = tuple(entry for entry in site.entries if entry.slug not in mine and reach.serves(entry, term.id))
        return Listing((Group(HERE, own),) if own else (), tuple(reach.groups(wider)))
