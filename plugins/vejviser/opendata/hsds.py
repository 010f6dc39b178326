"""Open Referral HSDS 3.0: each entry as an organization with its one service nested.

The service carries phones, languages, service areas, classifications (attributes) and, per
location, a `service_at_location` with the location (address, accessibility) and its schedules.
Every object validates against HSDS 3.0's compiled `organization.json` schema.

Identifiers are UUIDs derived (uuid5) from a fixed namespace, the entry's slug and the path of the
object inside the entry, so the same entry gets the same ids in every build. Locations and phones are
numbered in the order the entry lists them.

HSDS 3.0 has no field-level translations, so there is one dataset per language with the same ids:
Danish (`hsds/organizations.json`) and English (`hsds/en/organizations.json`, where text the entry
has not translated stays Danish). Times are local Danish time (Europe/Copenhagen); HSDS's numeric
`timezone` cannot express summer time, so schedules say it in their `description`.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from typing import Any, Iterator

from ..builddate import TIMEZONE
from ..content import Directory
from ..i18n import weekday_names
from ..model import Entry, HoursException, Location, OpeningHours
from ..text import Text
from .jsonfile import json_array_bytes
from .labels import CLOSED, FREE, LOCAL_TIME, REFERRAL_REQUIRED, accessibility_statements
from .publication import Publication

# Never change this: every published id is derived from it.
NAMESPACE = uuid.UUID("9bbf3312-7537-5ff0-bbc5-ea44ce1c5020")
COUNTRY = "DK"
# Vocabularies published as HSDS taxonomies, with the object they classify.
SERVICE_TAXONOMIES = ("needs", "target_groups", "attendance")


def stable_id(*path: object) -> str:
    """`str(uuid.uuid5(NAMESPACE, "a/b/c"))` for the path a, b, c; computed directly, as a build makes
    hundreds of thousands of them and `uuid.UUID` objects are the slow part (tests compare the two)."""
    digest = bytearray(hashlib.sha1(NAMESPACE.bytes + "/".join(map(str, path)).encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    hexa = digest.hex()
    return f"{hexa[:8]}-{hexa[8:12]}-{hexa[12:16]}-{hexa[16:20]}-{hexa[20:]}"


def organization_id(slug: str) -> str:
    return stable_id(slug, "organization")


def _compact(obj: dict[str, Any]) -> dict[str, Any]:
    """HSDS objects leave out what the data does not say (None, empty strings and lists)."""
    return {key: value for key, value in obj.items() if value not in (None, "", [])}


@dataclass
class Mapping:
    """Maps entries to HSDS objects in one language."""

    directory: Directory
    publication: Publication
    lang: str
    _terms: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)  # shared by every entry

    def text(self, text: Text | None) -> str | None:
        return text.get(self.lang) if text else None

    def label(self, vocabulary: str, term: str) -> str:
        return self.directory.vocabularies[vocabulary].label(term, self.lang)

    def organization(self, entry: Entry) -> dict[str, Any]:
        org_id = organization_id(entry.slug)
        return _compact(
            {
                "id": org_id,
                "name": entry.name,
                "alternate_name": ", ".join(entry.alternate_names),
                "description": self.text(entry.summary),
                "email": entry.contact.email,
                "website": entry.contact.website,
                "attributes": self.attributes(entry, org_id, "organization", {"kinds": (entry.kind,)}),
                "services": [self.service(entry, org_id)],
            }
        )

    def service(self, entry: Entry, org_id: str) -> dict[str, Any]:
        service_id = stable_id(entry.slug, "service")
        steps = entry.get_started.get(self.lang) if entry.get_started else ()
        return _compact(
            {
                "id": service_id,
                "organization_id": org_id,
                "name": entry.name,
                "description": self.text(entry.description or entry.summary),
                "url": entry.contact.website,
                "email": entry.contact.email,
                "status": "active",
                "application_process": "\n".join(f"{number}. {step}" for number, step in enumerate(steps, 1)),
                "fees_description": self.fees(entry),
                "eligibility_description": self.eligibility(entry),
                "minimum_age": entry.age_min,
                "maximum_age": entry.age_max,
                "assured_date": entry.last_verified.isoformat() if entry.last_verified else None,
                "last_modified": self.last_modified(entry),
                "phones": [
                    _compact({"id": stable_id(entry.slug, "phone", index), "service_id": service_id, "number": phone.number, "description": self.text(phone.purpose)})
                    for index, phone in enumerate(entry.contact.phones)
                ],
                "languages": [
                    {"id": stable_id(entry.slug, "language", code), "service_id": service_id, "code": code, "name": self.label("languages", code)}
                    for code in entry.languages
                ],
                "service_areas": [
                    {"id": stable_id(entry.slug, "service_area", area), "service_id": service_id, "name": self.label("areas", area)}
                    for area in entry.areas
                ],
                "service_at_locations": [self.service_at_location(entry, service_id, org_id, index, location) for index, location in enumerate(entry.locations)],
                "attributes": self.attributes(entry, service_id, "service", {name: getattr(entry, name) for name in SERVICE_TAXONOMIES}),
                "metadata": self.metadata(entry, service_id),
            }
        )

    def last_modified(self, entry: Entry) -> str | None:
        history = self.directory.history.get(entry.slug)
        return _midnight_in_denmark(history.last_changed) if history else None

    def metadata(self, entry: Entry, service_id: str) -> list[dict[str, Any]]:
        """HSDS's change log from git (`vejviser.history`): a "create" when the entry was added, an
        "update" per changed field with its values as JSON. `updated_by` names the site's editors:
        no person's name or e-mail address is published."""
        history = self.directory.history.get(entry.slug)
        records = []
        for number, change in enumerate(history.changes if history else ()):
            common = {"resource_id": service_id, "resource_type": "service", "last_action_date": change.day.isoformat(), "updated_by": self.publication.name}
            if change.added:
                records.append({"id": stable_id(entry.slug, "metadata", number), **common, "last_action_type": "create", "field_name": "", "previous_value": "", "replacement_value": ""})
            for field_name, before, after in change.values:
                records.append(
                    {
                        "id": stable_id(entry.slug, "metadata", number, field_name),
                        **common,
                        "last_action_type": "update",
                        "field_name": field_name,
                        "previous_value": _json_text(before),
                        "replacement_value": _json_text(after),
                    }
                )
        return records

    def fees(self, entry: Entry) -> str:
        free = FREE.get(self.lang) if entry.free else None
        return ". ".join(part for part in (free, self.text(entry.cost_note)) if part)

    def eligibility(self, entry: Entry) -> str:
        groups = ", ".join(self.label("target_groups", group) for group in entry.target_groups)
        referral = REFERRAL_REQUIRED.get(self.lang) if entry.referral_required else ""
        return ". ".join(part for part in (groups, referral) if part)

    def service_at_location(self, entry: Entry, service_id: str, org_id: str, index: int, location: Location) -> dict[str, Any]:
        sal_id = stable_id(entry.slug, "location", index, "service_at_location")
        location_id = stable_id(entry.slug, "location", index)
        return _compact(
            {
                "id": sal_id,
                "service_id": service_id,
                "location_id": location_id,
                "schedules": self.schedules(location.opening_hours, entry.slug, index, sal_id),
                "location": self.location(entry, org_id, location_id, index, location),
            }
        )

    def location(self, entry: Entry, org_id: str, location_id: str, index: int, location: Location) -> dict[str, Any]:
        town = self.label("areas", location.town) if location.town else ""
        return _compact(
            {
                "id": location_id,
                "location_type": "physical",
                "organization_id": org_id,
                "name": location.name,
                "latitude": location.latitude,
                "longitude": location.longitude,
                "addresses": [
                    {
                        "id": stable_id(entry.slug, "location", index, "address"),
                        "location_id": location_id,
                        "address_1": location.address or "",
                        "city": town,
                        "state_province": "",  # Denmark has no states or provinces
                        "postal_code": location.postcode,
                        "country": COUNTRY,
                        "address_type": "physical",
                    }
                ],
                "accessibility": self.accessibility(location, stable_id(entry.slug, "location", index, "accessibility"), location_id),
            }
        )

    def accessibility(self, location: Location, accessibility_id: str, location_id: str) -> list[dict[str, Any]]:
        statements = accessibility_statements(location.accessibility, self.lang)
        note = self.text(location.accessibility.note) if location.accessibility else None
        if not (statements or note):
            return []
        return [_compact({"id": accessibility_id, "location_id": location_id, "description": ". ".join(statements), "details": note})]

    def schedules(self, hours: OpeningHours | None, slug: str, index: int, sal_id: str) -> list[dict[str, Any]]:
        if hours is None:
            return []
        days = weekday_names(self.lang)
        note = self.text(hours.note)
        local_time = LOCAL_TIME.get(self.lang)
        weekly = [
            _compact(
                {
                    "id": stable_id(slug, "location", index, "schedule", number),
                    "service_at_location_id": sal_id,
                    "freq": "WEEKLY",
                    "wkst": "MO",
                    "byday": ",".join(day[:2].upper() for day in rule.days),
                    "opens_at": rule.opens,
                    "closes_at": rule.closes,
                    "description": f"{', '.join(days[day] for day in rule.days)} {rule.opens}–{rule.closes} ({local_time})",
                    "notes": note,
                }
            )
            for number, rule in enumerate(hours.weekly)
        ]
        exceptions = [self.exception(exception, slug, index, sal_id) for exception in hours.exceptions]
        if not weekly and note:
            weekly = [{"id": stable_id(slug, "location", index, "schedule", "note"), "service_at_location_id": sal_id, "description": note}]
        return weekly + exceptions

    def exception(self, exception: HoursException, slug: str, index: int, sal_id: str) -> dict[str, Any]:
        day = exception.date.isoformat()
        if exception.closed:
            summary = CLOSED.get(self.lang)
        elif exception.opens:
            summary = f"{exception.opens}–{exception.closes} ({LOCAL_TIME.get(self.lang)})"
        else:
            summary = None
        return _compact(
            {
                "id": stable_id(slug, "location", index, "exception", day),
                "service_at_location_id": sal_id,
                "valid_from": day,
                "valid_to": day,
                "opens_at": None if exception.closed else exception.opens,
                "closes_at": None if exception.closed else exception.closes,
                "description": ": ".join(part for part in (summary, self.text(exception.note)) if part),
            }
        )

    def attributes(self, entry: Entry, link_id: str, link_entity: str, terms: dict[str, tuple[str, ...]]) -> list[dict[str, Any]]:
        attributes = []
        for vocabulary, values in terms.items():
            for term in values:
                taxonomy_term = self.taxonomy_term(vocabulary, term)
                attributes.append(
                    {
                        "id": stable_id(entry.slug, "attribute", vocabulary, term),
                        "link_id": link_id,
                        "link_entity": link_entity,
                        "taxonomy_term_id": taxonomy_term["id"],
                        "taxonomy_term": taxonomy_term,
                    }
                )
        return attributes

    def taxonomy_term(self, vocabulary: str, term: str) -> dict[str, Any]:
        key = (vocabulary, term)
        if key not in self._terms:
            self._terms[key] = self._new_taxonomy_term(vocabulary, term)
        return self._terms[key]

    def _new_taxonomy_term(self, vocabulary: str, term: str) -> dict[str, Any]:
        label = self.label(vocabulary, term)
        return {
            "id": stable_id("taxonomy", vocabulary, term),
            "code": term,
            "name": label,
            "description": label,
            "taxonomy": self.publication.link(f"data/associations.json#/vocabularies/{vocabulary}"),
            "language": self.lang,
        }


def _midnight_in_denmark(day: datetime.date) -> str:
    return datetime.datetime.combine(day, datetime.time(), TIMEZONE).isoformat()


def _json_text(value: Any) -> str:
    """A field's value as HSDS wants it, a string: text as it is, anything else as compact JSON."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def each_organization(directory: Directory, publication: Publication, lang: str) -> Iterator[dict[str, Any]]:
    mapping = Mapping(directory, publication, lang)
    return (mapping.organization(entry) for entry in directory.entries)


def organizations(directory: Directory, publication: Publication, lang: str) -> list[dict[str, Any]]:
    return list(each_organization(directory, publication, lang))


def organizations_json(directory: Directory, publication: Publication, lang: str) -> bytes:
    return json_array_bytes(each_organization(directory, publication, lang))
