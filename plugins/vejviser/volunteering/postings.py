"""The volunteer roles on offer at the build date, in the order "Bliv frivillig" lists them.

A `Posting` is a current role together with the entry that offers it. Upcoming dated tasks come
first, soonest first (a one-off task's `date`, else the day the role `start`s); then every other
role (no date, or already started), by the entry's name in Danish order. Roles of one entry keep the
order of its file. Roles whose last day has passed are not postings at all.

The browse groups (`BROWSE`) say which postings each no-JavaScript browse page lists. No Pelican here.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Callable, Iterable

from ..model import Entry, VolunteerRole

AD_HOC = "ad-hoc"
# Tasks that happen on certain days, so they belong in a calendar; a regular or short-term role that
# starts on a date is a role, not an appointment.
CALENDAR_COMMITMENTS = frozenset({AD_HOC, "event"})


@dataclass(frozen=True)
class Posting:
    entry: Entry
    role: VolunteerRole

    @property
    def first_day(self) -> datetime.date | None:
        """The day of a one-off task, else the day the role starts; None for a role without dates."""
        return self.role.date or self.role.start

    @property
    def posted(self) -> datetime.date | None:
        """When the role was posted: its own `posted` date, else the day its entry was added."""
        return self.role.posted or self.entry.added

    @property
    def calendar_days(self) -> tuple[datetime.date, datetime.date] | None:
        """First and last day of a task one can put in a calendar: a one-off task's date, or an
        ad hoc or event role's start to end (just the start day when it has no end)."""
        if self.role.date:
            return self.role.date, self.role.date
        if self.role.start and self.role.commitment in CALENDAR_COMMITMENTS:
            return self.role.start, self.role.end or self.role.start
        return None

    def upcoming_day(self, today: datetime.date) -> datetime.date | None:
        """The date the listing sorts by: the first day when it is still ahead (or today)."""
        day = self.first_day
        return day if day is not None and day >= today else None


def current_postings(entries: Iterable[Entry], today: datetime.date) -> tuple[Posting, ...]:
    postings = [Posting(entry, role) for entry in entries for role in entry.current_roles(today)]

    def order(posting: Posting) -> tuple:
        day = posting.upcoming_day(today)
        return (day is None, day or today, posting.entry.sort_key)

    return tuple(sorted(postings, key=order))  # stable: an entry's roles keep their order


def is_ad_hoc(role: VolunteerRole) -> bool:
    return role.commitment == AD_HOC


def needs_no_danish(role: VolunteerRole) -> bool:
    return not role.danish_required


# Browse page (its key in `vejviser.urls.VOLUNTEER_BROWSE`) → which roles it lists.
BROWSE: dict[str, Callable[[VolunteerRole], bool]] = {
    "ad_hoc": is_ad_hoc,
    "young": lambda role: role.suits_young_people,
    "no_danish": needs_no_danish,
}


def browse(postings: Iterable[Posting], key: str) -> tuple[Posting, ...]:
    """The postings one browse page lists, in the listing's order."""
    return tuple(posting for posting in postings if BROWSE[key](posting.role))


# How near a role that a browse page does not list comes to what the page is for (lower is nearer):
# shown when the page lists few or no roles, so it never ends in "none".
NEARNESS: dict[str, Callable[[Posting], tuple]] = {
    # Event and short-term roles come closest to a one-off task.
    "ad_hoc": lambda posting: ({"event": 0, "short-term": 1}.get(posting.role.commitment, 2),),
    # No minimum age stated: ask; then the lowest minimum age.
    "young": lambda posting: (posting.role.min_age is not None, posting.role.min_age or 0),
    # An association that speaks English, then one that trains its volunteers.
    "no_danish": lambda posting: ("en" not in posting.entry.languages, not posting.role.training_provided),
}
FEW = 3  # a browse page with fewer roles than this also shows the nearest others


def nearest(postings: Iterable[Posting], key: str, limit: int = 6) -> tuple[Posting, ...]:
    """The postings a browse page does not list, nearest first (in the listing's order when equally
    near), at most `limit`; none when the page lists `FEW` or more."""
    postings = tuple(postings)
    listed = browse(postings, key)
    if len(listed) >= FEW:
        return ()
    others = [posting for posting in postings if not BROWSE[key](posting.role)]
    return tuple(sorted(others, key=NEARNESS[key])[:limit])
