"""The rooms as open data: Open Referral HSDS 3.0 `location`s, one dataset per language, written
beside the entries' organizations (`data/hsds/locations.json`, `data/hsds/en/locations.json`).

Each room is a physical location with its name, description, coordinates, address, accessibility
(the same statements as an entry's locations, the capacity and facilities as details, the access
report as its url), the booking phones and its page. Ids are uuid5s from the export's namespace and
the room's id, so they stay the same from build to build. Opening hours are on the room's page only:
HSDS ties schedules to services or service-at-locations, which a room does not have.
"""

from __future__ import annotations

from typing import Any, Iterable

from ..opendata.files import DATA_DIR
from ..opendata.hsds import COUNTRY, stable_id
from ..opendata.jsonfile import json_array_bytes
from ..opendata.labels import accessibility_statements
from ..opendata.publication import Publication
from ..text import Text
from ..urls import lang_prefix
from ..vocabulary import Vocabularies
from .addresses import room_url
from .rooms import FACILITY_LABELS, Room

SEATED = Text("{num} siddepladser", "{num} seats")
STANDING = Text("{num} ståpladser", "{num} standing")


def locations_path(lang: str) -> str:
    return f"{DATA_DIR}/hsds/{lang_prefix(lang)}locations.json"


def _compact(obj: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in obj.items() if value not in (None, "", [])}


def room_location(room: Room, vocabularies: Vocabularies, publication: Publication, lang: str) -> dict[str, Any]:
    location_id = stable_id("room", room.id)
    place = room.location
    details = [text.get(lang).format(num=number) for text, number in ((SEATED, room.seated), (STANDING, room.standing)) if number]
    details += [FACILITY_LABELS[facility].get(lang) for facility in room.facilities]
    statements = accessibility_statements(place.accessibility, lang)
    accessibility = _compact(
        {"id": stable_id("room", room.id, "accessibility"), "location_id": location_id, "description": ". ".join(statements), "details": ", ".join(details), "url": room.access_report}
    )
    return _compact(
        {
            "id": location_id,
            "location_type": "physical",
            "url": publication.link(room_url(room.id, lang)),
            "name": room.name,
            "description": room.description.get(lang) if room.description else None,
            "latitude": place.latitude,
            "longitude": place.longitude,
            "addresses": [
                {
                    "id": stable_id("room", room.id, "address"),
                    "location_id": location_id,
                    "address_1": place.address or "",
                    "city": vocabularies.areas.label(place.town, lang) if place.town else "",
                    "state_province": "",  # Denmark has no states or provinces
                    "postal_code": place.postcode,
                    "country": COUNTRY,
                    "address_type": "physical",
                }
            ],
            "accessibility": [accessibility] if len(accessibility) > 2 else [],
            "phones": [
                _compact({"id": stable_id("room", room.id, "phone", index), "location_id": location_id, "number": phone.number, "description": phone.purpose.get(lang) if phone.purpose else None})
                for index, phone in enumerate(room.booking_contact.phones)
            ],
        }
    )


def rooms_files(rooms: Iterable[Room], vocabularies: Vocabularies, publication: Publication, lang: str) -> dict[str, bytes]:
    return {locations_path(lang): json_array_bytes(room_location(room, vocabularies, publication, lang) for room in rooms)}
