"""Rooms (lokaler) volunteers can meet in: `content/rooms/<id>.yaml`, one room per file.

What matters for booking one: where it is and how accessible (the entries' `location`, plus a link
to an access report such as God Adgang), how many it holds, what it has, who may borrow it, what it
costs and how to book it (system, link, mailbox or phone, notice, season deadline). The owner is an
entry of the directory (linked to its page; it must exist) or a name, e.g. the municipality.
No Pelican here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from ..model import Contact, Location, Source
from ..text import Text, danish_sort_key
from ..validate.findings import Finding
from .contacts import email_of, personal_email
from .source import Kind, item_sources

# What a room has, in the order pages list it, with its words (pages, search and JSON-LD share them).
FACILITY_LABELS: dict[str, Text] = {
    "kitchen": Text("Køkken", "Kitchen"),
    "coffee": Text("Kaffe og te", "Coffee and tea"),
    "projector": Text("Projektor", "Projector"),
    "screen": Text("Skærm", "Screen"),
    "sound": Text("Lydanlæg", "Sound system"),
    "wifi": Text("Trådløst net", "Wi-Fi"),
    "whiteboard": Text("Whiteboard", "Whiteboard"),
    "hearing_loop": Text("Teleslynge", "Hearing loop"),
    "accessible_toilet": Text("Handicaptoilet", "Accessible toilet"),
    "parking": Text("Parkering", "Parking"),
    "outdoor_area": Text("Udeområde", "Outdoor area"),
}
FACILITIES = tuple(FACILITY_LABELS)
WHO_MAY_BORROW: dict[str, Text] = {
    "approved_associations": Text("Godkendte foreninger", "Approved associations"),
    "voluntary_social_associations": Text("Frivillige sociale foreninger", "Voluntary social associations"),
    "associations": Text("Foreninger", "Associations"),
    "everyone": Text("Alle", "Everyone"),
}
# Capacity bands for the search filter "Pladser" (seated, else standing): (id, smallest, largest).
CAPACITY_BANDS = (("up-to-20", 1, 20), ("21-50", 21, 50), ("over-50", 51, None))


@dataclass(frozen=True)
class Room:
    id: str
    name: str
    location: Location
    who_may_borrow: str
    booking_contact: Contact
    owner_entry: str | None = None
    owner_name: Text | None = None
    description: Text | None = None
    access_report: str | None = None
    seated: int | None = None
    standing: int | None = None
    facilities: tuple[str, ...] = ()
    who_may_borrow_note: Text | None = None
    free_for_associations: bool | None = None
    price_note: Text | None = None
    booking_system: str | None = None
    booking_url: str | None = None
    notice: Text | None = None
    season_deadline: Text | None = None
    sources: tuple[Source, ...] = ()

    @property
    def town(self) -> str | None:
        return self.location.town

    @property
    def step_free(self) -> bool:
        return bool(self.location.accessibility and self.location.accessibility.step_free)

    @property
    def capacity(self) -> int | None:
        """How many it holds: seated, else standing."""
        return self.seated or self.standing

    @property
    def capacity_band(self) -> str | None:
        capacity = self.capacity
        if capacity is None:
            return None
        return next(band for band, low, high in CAPACITY_BANDS if capacity >= low and (high is None or capacity <= high))

    @property
    def sort_key(self) -> tuple:
        return (danish_sort_key(self.name), self.id)

    @classmethod
    def from_data(cls, room_id: str, data: dict[str, Any], vocabularies) -> "Room":
        owner, capacity, price, booking = data["owner"], data.get("capacity") or {}, data.get("price") or {}, data["booking"]
        return cls(
            id=room_id,
            name=data["name"],
            location=Location.from_data(data["location"], vocabularies.town_for_postcode),
            who_may_borrow=data["who_may_borrow"],
            booking_contact=Contact.from_data({"phones": booking.get("phones", ()), "email": booking.get("email"), "website": booking.get("url")}),
            owner_entry=owner.get("entry"),
            owner_name=Text.from_data(owner.get("name")),
            description=Text.from_data(data.get("description")),
            access_report=data.get("access_report"),
            seated=capacity.get("seated"),
            standing=capacity.get("standing"),
            facilities=tuple(facility for facility in FACILITIES if facility in data.get("facilities", ())),
            who_may_borrow_note=Text.from_data(data.get("who_may_borrow_note")),
            free_for_associations=price.get("free_for_associations"),
            price_note=Text.from_data(price.get("note")),
            booking_system=booking.get("system"),
            booking_url=booking.get("url"),
            notice=Text.from_data(booking.get("notice")),
            season_deadline=Text.from_data(booking.get("season_deadline")),
            sources=item_sources(data["sources"]),
        )


def booking_mailbox(data: dict[str, Any]) -> Iterator[Finding]:
    yield from personal_email(("booking", "email"), email_of(data, "booking", "email"))


ROOMS: Kind[Room] = Kind("room", "rooms", lambda room_id, data, vocabularies: [Room.from_data(room_id, data, vocabularies)], (booking_mailbox,))
