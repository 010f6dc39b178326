"""Typed model of a directory entry, built from an already validated YAML mapping.

Aligned with Open Referral HSDS 3.0: an `Entry` is an organisation with one service; it has phones,
locations (with addresses, accessibility and schedules), languages and volunteer roles. No Pelican here.
Build entries with `Entry.from_data` only from data that `vejviser.validate` accepted.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from .dates import months_before
from .text import Text, TextList, danish_sort_key

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
STALE_AFTER_MONTHS = 12  # data confirmed longer ago than this should be confirmed again
YOUNG_MAX_AGE = 17  # a role whose minimum age is at most this is open to young people


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class Phone:
    number: str
    purpose: Text | None = None

    @property
    def tel_uri(self) -> str:
        """`tel:` URI; Danish numbers without a country code get +45 (short numbers like 112 stay as they are)."""
        digits = "".join(ch for ch in self.number if ch.isdigit() or ch == "+")
        if not digits.startswith("+") and len(digits) == 8:
            digits = "+45" + digits
        return "tel:" + digits


@dataclass(frozen=True)
class Contact:
    phones: tuple[Phone, ...] = ()
    email: str | None = None
    website: str | None = None

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> "Contact":
        data = data or {}
        phones = tuple(Phone(p["number"], Text.from_data(p.get("purpose"))) for p in data.get("phones", ()))
        return cls(phones, data.get("email"), data.get("website"))


@dataclass(frozen=True)
class WeeklyHours:
    days: tuple[str, ...]
    opens: str
    closes: str


@dataclass(frozen=True)
class HoursException:
    date: datetime.date
    closed: bool = False
    opens: str | None = None
    closes: str | None = None
    note: Text | None = None


@dataclass(frozen=True)
class OpeningHours:
    weekly: tuple[WeeklyHours, ...] = ()
    exceptions: tuple[HoursException, ...] = ()
    note: Text | None = None

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> "OpeningHours | None":
        if not data:
            return None
        weekly = tuple(WeeklyHours(tuple(r["days"]), r["opens"], r["closes"]) for r in data.get("weekly", ()))
        exceptions = tuple(
            HoursException(_date(e["date"]), bool(e.get("closed")), e.get("opens"), e.get("closes"), Text.from_data(e.get("note")))
            for e in data.get("exceptions", ())
        )
        return cls(weekly, exceptions, Text.from_data(data.get("note")))

    def by_day(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """Each weekday in order with its opening intervals (empty list = closed)."""
        return [
            (day, sorted((rule.opens, rule.closes) for rule in self.weekly if day in rule.days))
            for day in WEEKDAYS
        ]


@dataclass(frozen=True)
class Accessibility:
    step_free: bool | None = None
    accessible_toilet: bool | None = None
    hearing_loop: bool | None = None
    note: Text | None = None


@dataclass(frozen=True)
class Location:
    postcode: str
    town: str | None  # an id from the areas vocabulary, derived from the postcode when not given
    name: str | None = None
    address: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    accessibility: Accessibility | None = None
    opening_hours: OpeningHours | None = None

    @classmethod
    def from_data(cls, data: dict[str, Any], town_for_postcode) -> "Location":
        coordinates = data.get("coordinates") or {}
        access = data.get("accessibility")
        town = data.get("town")
        if town is None:
            term = town_for_postcode(data["postcode"])
            town = term.id if term else None
        return cls(
            postcode=data["postcode"],
            town=town,
            name=data.get("name"),
            address=data.get("address"),
            latitude=coordinates.get("lat"),
            longitude=coordinates.get("lon"),
            accessibility=Accessibility(
                access.get("step_free"), access.get("accessible_toilet"), access.get("hearing_loop"), Text.from_data(access.get("note"))
            )
            if access
            else None,
            opening_hours=OpeningHours.from_data(data.get("opening_hours")),
        )


@dataclass(frozen=True)
class VolunteerRole:
    id: str
    title: Text
    description: Text
    commitment: str
    how_to_apply: Text
    hours: Text | None = None
    date: datetime.date | None = None
    start: datetime.date | None = None
    end: datetime.date | None = None
    posted: datetime.date | None = None
    min_age: int | None = None
    youth_friendly: bool = False
    criminal_record_check: bool = False
    danish_required: bool = True
    training_provided: bool = False
    response_days: int | None = None

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "VolunteerRole":
        return cls(
            id=data["id"],
            title=Text.from_data(data["title"]),
            description=Text.from_data(data["description"]),
            commitment=data["commitment"],
            how_to_apply=Text.from_data(data["how_to_apply"]),
            hours=Text.from_data(data.get("hours")),
            date=_date(data.get("date")),
            start=_date(data.get("start")),
            end=_date(data.get("end")),
            posted=_date(data.get("posted")),
            min_age=data.get("min_age"),
            youth_friendly=bool(data.get("youth_friendly")),
            criminal_record_check=bool(data.get("criminal_record_check")),
            danish_required=data.get("danish_required", True),
            training_provided=bool(data.get("training_provided")),
            response_days=data.get("response_days"),
        )

    @property
    def last_day(self) -> datetime.date | None:
        """The last day the role is relevant: its end, else the date of a one-off task."""
        return self.end or self.date

    @property
    def suits_young_people(self) -> bool:
        """Marked youth-friendly, or its minimum age lets someone under 18 take it."""
        return self.youth_friendly or (self.min_age is not None and self.min_age <= YOUNG_MAX_AGE)

    def is_current(self, today: datetime.date) -> bool:
        return self.last_day is None or self.last_day >= today


# The facts a source can support (`supports:`), in the order a page names them: what a reader acts on first. `address` and
# `opening_hours` are those of the entry's locations; `phones`, `email` and `website` its contact's.
SOURCE_FIELDS = (
    "phones", "opening_hours", "address", "email", "website", "accessibility", "cost", "get_started",
    "languages", "attendance", "anonymous", "referral_required", "age", "target_groups", "needs", "areas",
    "volunteering", "name", "summary", "description",
)  # fmt: skip


@dataclass(frozen=True)
class Source:
    """Where some of an entry's facts come from: a web page (`url`) or a document (`title`), the date
    it was read, the date the source itself states (if any) and the facts it supports."""

    read: datetime.date
    supports: tuple[str, ...]
    url: str | None = None
    title: str | None = None
    # As precise as the source: "2026-03-03", "2018-04" or "2018" (ISO prefixes sort by time)
    page_date: str | None = None

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "Source":
        order = {name: index for index, name in enumerate(SOURCE_FIELDS)}
        supports = tuple(sorted(data["supports"], key=lambda name: order.get(name, len(order))))
        return cls(_date(data["read"]), supports, data.get("url"), data.get("title"), data.get("page_date"))

    @property
    def site_name(self) -> str | None:
        """The source's host as people write it: `https://www.livslinien.dk/x` → `livslinien.dk`."""
        if not self.url:
            return None
        host = self.url.split("://", 1)[-1].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
        return host.removeprefix("www.")


@dataclass(frozen=True)
class Entry:
    slug: str
    source_path: str  # relative to the content folder, e.g. "associations/frivillighuset-vindrosen.yaml"
    name: str
    kind: str
    summary: Text
    areas: tuple[str, ...]
    last_verified: datetime.date | None
    alternate_names: tuple[str, ...] = ()
    description: Text | None = None
    get_started: TextList | None = None
    needs: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    age_min: int | None = None
    age_max: int | None = None
    attendance: tuple[str, ...] = ()
    free: bool | None = None
    cost_note: Text | None = None
    anonymous: bool | None = None
    languages: tuple[str, ...] = ()
    referral_required: bool = False
    contact: Contact = field(default_factory=Contact)
    locations: tuple[Location, ...] = ()
    volunteering: tuple[VolunteerRole, ...] = ()
    sources: tuple[Source, ...] = ()
    added: datetime.date | None = None
    maintainers: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, slug: str, source_path: str, data: dict[str, Any], town_for_postcode) -> "Entry":
        age = data.get("age") or {}
        cost = data.get("cost") or {}
        return cls(
            slug=slug,
            source_path=source_path,
            name=data["name"],
            kind=data["kind"],
            summary=Text.from_data(data["summary"]),
            areas=tuple(data["areas"]),
            last_verified=_date(data.get("last_verified")),
            alternate_names=tuple(data.get("alternate_names", ())),
            description=Text.from_data(data.get("description")),
            get_started=TextList.from_data(data.get("get_started")),
            needs=tuple(data.get("needs", ())),
            target_groups=tuple(data.get("target_groups", ())),
            age_min=age.get("min"),
            age_max=age.get("max"),
            attendance=tuple(data.get("attendance", ())),
            free=cost.get("free"),
            cost_note=Text.from_data(cost.get("note")),
            anonymous=data.get("anonymous"),
            languages=tuple(data.get("languages", ())),
            referral_required=bool(data.get("referral_required")),
            contact=Contact.from_data(data.get("contact")),
            locations=tuple(Location.from_data(loc, town_for_postcode) for loc in data.get("locations", ())),
            volunteering=tuple(VolunteerRole.from_data(role) for role in data.get("volunteering", ())),
            sources=tuple(Source.from_data(source) for source in data.get("sources", ())),
            added=_date(data.get("added")),
            maintainers=tuple(handle.lstrip("@") for handle in data.get("maintainers", ())),
        )

    @property
    def towns(self) -> tuple[str, ...]:
        """Towns this entry is found in or serves: its locations' towns plus town areas, in order."""
        seen: dict[str, None] = {}
        for location in self.locations:
            if location.town:
                seen[location.town] = None
        for area in self.areas:
            seen[area] = None
        return tuple(seen)

    def markdown_texts(self) -> tuple[Text, ...]:
        """Every text of the entry written in Markdown: its description and its roles'."""
        texts = (self.description, *(text for role in self.volunteering for text in (role.description, role.how_to_apply)))
        return tuple(text for text in texts if text is not None)

    def current_roles(self, today: datetime.date) -> tuple[VolunteerRole, ...]:
        return tuple(role for role in self.volunteering if role.is_current(today))

    def is_stale(self, today: datetime.date, months: int = STALE_AFTER_MONTHS) -> bool:
        """Unconfirmed, or confirmed more than `months` calendar months ago."""
        if self.last_verified is None:
            return True
        return self.last_verified < months_before(today, months)

    def sources_for(self, fact: str) -> tuple[Source, ...]:
        """The sources that support `fact` (a name from `SOURCE_FIELDS`)."""
        return tuple(source for source in self.sources if fact in source.supports)

    @property
    def sources_read(self) -> tuple[datetime.date, datetime.date] | None:
        """The first and the last date the entry's sources were read; None without sources."""
        dates = sorted(source.read for source in self.sources)
        return (dates[0], dates[-1]) if dates else None

    @property
    def oldest_page_date(self) -> str | None:
        """The earliest date a source states for itself (see `Source.page_date`): a page read today
        can be years old, and a reader must be able to tell."""
        return min((source.page_date for source in self.sources if source.page_date), default=None)

    @property
    def sort_key(self) -> str:
        return danish_sort_key(self.name)
