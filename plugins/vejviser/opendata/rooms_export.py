"""`data/rooms.json` and `data/rooms.csv`: every room (`vejviser.kinds.rooms`) with what matters for
booking it, in both languages, with its page URLs.

The JSON is the model as `associations.json` writes entries (described by `rooms.schema.json`, which
takes text, location, contact and source from `associations.schema.json`); facilities, who may borrow
and towns are ids whose labels are under `vocabularies`. The CSV is written as `associations.csv`
(see `csv_export`); a room's opening hours are in the JSON only.
"""

from __future__ import annotations

from typing import Any, Iterable

from ..content import Directory
from ..kinds.addresses import room_url
from ..kinds.rooms import FACILITY_LABELS, WHO_MAY_BORROW, Room
from ..text import Text
from .csv_export import Column, Row, Table, address_cell, bilingual, csv_bytes, flag, joined, number, phone_cell, page_columns, sources_column
from .json_export import dataset, plain, record, vocabulary_labels
from .publication import Publication

SCHEMA_FILE = "rooms.schema.json"


def room_record(room: Room, publication: Publication) -> dict[str, Any]:
    return record(room) | {"urls": publication.links(lambda lang: room_url(room.id, lang))}


def rooms_json(rooms: Iterable[Room], directory: Directory, publication: Publication) -> bytes:
    vocabularies = vocabulary_labels(directory, ["areas"]) | {
        "facilities": {facility: plain(label) for facility, label in FACILITY_LABELS.items()},
        "who_may_borrow": {who: plain(label) for who, label in WHO_MAY_BORROW.items()},
    }
    return dataset(publication, SCHEMA_FILE, vocabularies, "rooms", [room_record(room, publication) for room in rooms])


def _access(room: Room, feature: str) -> str:
    return flag(getattr(room.location.accessibility, feature) if room.location.accessibility else None)


COLUMNS: tuple[Column[Room], ...] = (
    Column("id", Text("Fast id for lokalet, også i sidens adresse", "Stable id of the room, also in its page address"), lambda m, r: m.id),
    Column("name", Text("Navn", "Name"), lambda m, r: m.name),
    Column("owner_entry", Text("Ejeren, når den er en indgang i Vejviser (dens id)", "The owner when it is an entry of Vejviser (its id)"), lambda m, r: m.owner_entry or ""),
    *bilingual("owner_name", Text("Ejeren, når den ikke er en indgang", "The owner when it is not an entry"), lambda m: m.owner_name),
    *bilingual("description", Text("Beskrivelse, Markdown", "Description, Markdown"), lambda m: m.description),
    Column("address", Text("Adresse: navn, gade, postnummer og by", "Address: name, street, postcode and town"), lambda m, r: address_cell(m.location, r)),
    Column("postcode", Text("Postnummer", "Postcode"), lambda m, r: m.location.postcode),
    Column("town", Text("By (id fra ordlisten areas)", "Town (id from the areas vocabulary)"), lambda m, r: m.town or ""),
    Column("latitude", Text("Breddegrad (WGS 84)", "Latitude (WGS 84)"), lambda m, r: number(m.location.latitude), type="number"),
    Column("longitude", Text("Længdegrad (WGS 84)", "Longitude (WGS 84)"), lambda m, r: number(m.location.longitude), type="number"),
    Column("step_free", Text("Adgang uden trin: true/false, tom hvis ikke oplyst", "Step-free access: true/false, empty if not stated"), lambda m, r: _access(m, "step_free"), type="boolean"),
    Column("accessible_toilet", Text("Handicaptoilet: true/false, tom hvis ikke oplyst", "Accessible toilet: true/false, empty if not stated"), lambda m, r: _access(m, "accessible_toilet"), type="boolean"),
    Column("hearing_loop", Text("Teleslynge: true/false, tom hvis ikke oplyst", "Hearing loop: true/false, empty if not stated"), lambda m, r: _access(m, "hearing_loop"), type="boolean"),
    Column("access_report", Text("Rapport om tilgængeligheden, fx fra God Adgang", "Access report, e.g. from God Adgang"), lambda m, r: m.access_report or "", format="uri"),
    Column("seated", Text("Siddepladser", "Seats"), lambda m, r: number(m.seated), type="integer"),
    Column("standing", Text("Ståpladser", "Standing places"), lambda m, r: number(m.standing), type="integer"),
    Column("facilities", Text("Faciliteter (id'er, navne i rooms.json under vocabularies)", "Facilities (ids, names in rooms.json under vocabularies)"), lambda m, r: joined(m.facilities)),
    Column("who_may_borrow", Text("Hvem der må låne lokalet (id, navn i rooms.json under vocabularies)", "Who may borrow the room (id, name in rooms.json under vocabularies)"), lambda m, r: m.who_may_borrow),
    *bilingual("who_may_borrow_note", Text("Om hvem der må låne det", "About who may borrow it"), lambda m: m.who_may_borrow_note),
    Column("free_for_associations", Text("Gratis for foreninger: true/false, tom hvis ikke oplyst", "Free for associations: true/false, empty if not stated"), lambda m, r: flag(m.free_for_associations), type="boolean"),
    *bilingual("price_note", Text("Om prisen", "About the price"), lambda m: m.price_note),
    Column("booking_system", Text("Bookingsystem", "Booking system"), lambda m, r: m.booking_system or ""),
    Column("booking_url", Text("Her bookes lokalet", "Where to book the room"), lambda m, r: m.booking_url or "", format="uri"),
    Column("booking_email", Text("E-mail til booking", "Email for booking"), lambda m, r: m.booking_contact.email or "", format="email"),
    Column("booking_phones", Text("Telefon til booking, med formålet på dansk i parentes", "Phone for booking, with its purpose in Danish in brackets"), lambda m, r: joined(phone_cell(p) for p in m.booking_contact.phones)),
    *bilingual("notice", Text("Så længe før skal man booke", "How long ahead to book"), lambda m: m.notice),
    *bilingual("season_deadline", Text("Frist for sæsonbooking", "Deadline for booking a season"), lambda m: m.season_deadline),
    sources_column(),
    *page_columns(Text("Lokalets side", "The room's page"), lambda m, lang: room_url(m.id, lang)),
)

ROOMS: Table[Room] = Table("rooms", Text("Lokaler", "Rooms"), COLUMNS, "id")


def rooms_csv(rooms: Iterable[Room], directory: Directory, publication: Publication) -> bytes:
    return csv_bytes(ROOMS, rooms, Row(directory, publication))
