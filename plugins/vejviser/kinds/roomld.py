"""schema.org JSON-LD for a room's page: a `Place` (as an entry's locations are written, with
address, coordinates, accessibility and opening hours) with its name, capacity and facilities as
`amenityFeature`s. Only what the room's file says."""

from __future__ import annotations

from typing import Any

from ..opendata.jsonld import place
from ..vocabulary import Vocabularies
from .rooms import FACILITY_LABELS, Room


def room_jsonld(room: Room, lang: str, vocabularies: Vocabularies) -> dict[str, Any]:
    data = {"@context": "https://schema.org", **place(room.location, vocabularies, lang), "name": room.name}
    facilities = [{"@type": "LocationFeatureSpecification", "name": FACILITY_LABELS[facility].get(lang), "value": True} for facility in room.facilities]
    if facilities:
        data["amenityFeature"] = [*data.get("amenityFeature", ()), *facilities]
    if room.capacity:
        data["maximumAttendeeCapacity"] = room.capacity
    return data
