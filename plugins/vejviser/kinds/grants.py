"""Grants (puljer) associations can apply for: `content/grants/<id>.yaml`, one grant per file.

A grant is *open* from its `opens` date (or always, without one) to its `deadline`, *coming* before it
opens, and *closed* after its deadline: closed grants are on no page, feed or calendar, so a grant
drops off by itself at the first build after its deadline (the nightly publish). No Pelican here.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from ..model import Contact, Source
from ..text import Text, TextList, danish_sort_key
from ..validate.consistency import as_date as checked_date
from ..validate.findings import Finding
from .contacts import email_of, personal_email
from .source import Kind, as_date, item_sources

OPEN, COMING, CLOSED = "open", "coming", "closed"
# The dates of a grant's window, in the order they must come.
WINDOW = ("opens", "deadline", "decision", "reporting_deadline")


@dataclass(frozen=True)
class Grant:
    id: str
    title: Text
    granted_by: Text
    who_may_apply: Text
    supports: Text
    deadline: datetime.date
    contact: Contact
    amount: Text | None = None
    opens: datetime.date | None = None
    decision: datetime.date | None = None
    reporting_deadline: datetime.date | None = None
    apply_url: str | None = None
    documents: TextList | None = None
    apply_note: Text | None = None
    needs: tuple[str, ...] = ()
    added: datetime.date | None = None
    sources: tuple[Source, ...] = ()

    def status(self, today: datetime.date) -> str:
        if today > self.deadline:
            return CLOSED
        return COMING if self.opens and today < self.opens else OPEN

    def days_left(self, today: datetime.date) -> int:
        """Days from `today` to the deadline (0 on the day itself)."""
        return (self.deadline - today).days

    def announced(self, today: datetime.date) -> datetime.date | None:
        """When the call was new, for the feed: the day it was added, else the day it opened (once
        it has); None for a coming call that was never given an `added` date."""
        return self.added or (self.opens if self.opens and self.opens <= today else None)

    @classmethod
    def from_data(cls, grant_id: str, data: dict[str, Any]) -> "Grant":
        how = data["how_to_apply"]
        return cls(
            id=grant_id,
            title=Text.from_data(data["title"]),
            granted_by=Text.from_data(data["granted_by"]),
            who_may_apply=Text.from_data(data["who_may_apply"]),
            supports=Text.from_data(data["supports"]),
            deadline=as_date(data["deadline"]),
            contact=Contact.from_data(data["contact"]),
            amount=Text.from_data(data.get("amount")),
            opens=as_date(data.get("opens")),
            decision=as_date(data.get("decision")),
            reporting_deadline=as_date(data.get("reporting_deadline")),
            apply_url=how.get("url"),
            documents=TextList.from_data(how.get("documents")),
            apply_note=Text.from_data(how.get("note")),
            needs=tuple(data.get("needs", ())),
            added=as_date(data.get("added")),
            sources=item_sources(data["sources"]),
        )


def window_order(data: dict[str, Any]) -> Iterator[Finding]:
    """Each date of the window comes after the ones before it (opens ≤ deadline ≤ decision ≤ reporting)."""
    previous: tuple[str, datetime.date] | None = None
    for name in WINDOW:
        day = checked_date(data.get(name))
        if day is None:
            continue
        if previous and day < previous[1]:
            yield Finding((name,), "grant-dates-order", {"field": name, "date": day.isoformat(), "before": previous[0], "before_date": previous[1].isoformat()})
        previous = (name, day)


def role_mailbox(data: dict[str, Any]) -> Iterator[Finding]:
    yield from personal_email(("contact", "email"), email_of(data, "contact", "email"))


GRANTS: Kind[Grant] = Kind("grant", "grants", lambda grant_id, data, _vocabularies: [Grant.from_data(grant_id, data)], (window_order, role_mailbox))


def current_grants(grants: Iterable[Grant], today: datetime.date) -> tuple[Grant, ...]:
    """The grants "Åbne puljer" lists: open ones first, soonest deadline first; then coming ones,
    soonest opening first; closed ones not at all. Ties by title, in Danish order."""
    shown = [grant for grant in grants if grant.status(today) != CLOSED]

    def order(grant: Grant) -> tuple:
        coming = grant.status(today) == COMING
        return (coming, grant.opens if coming else grant.deadline, danish_sort_key(grant.title.da), grant.id)

    return tuple(sorted(shown, key=order))
