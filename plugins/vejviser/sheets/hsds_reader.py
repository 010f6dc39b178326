"""Read an Open Referral HSDS 3.0 file (JSON) as rows of the sheet's columns, one row per service.

Another directory's export then goes through the same import as a spreadsheet: the same report,
checks, ids and hand-edit protection. The file may be a list of organizations with their services
nested (as HSDS's `organization.json` and Vejviser's own `data/hsds/organizations.json` have them),
one such organization, or a list of services. A service's `id` becomes the source id; its name,
description, e-mail, website, phones, languages, ages, `assured_date`, service areas and first
location (name, address, postcode, town, weekly schedules) fill the columns they match. Classifications
(`attributes`) are read where their taxonomy is one of this directory's vocabularies (as in
Vejviser's own export); other taxonomies cannot be matched and are left out. Each problem names the
service's number and the column, e.g. `organizations.json:3:E-mail`.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

from .columns import BY_KEY
from .reader import MAX_ROWS, SheetRefused, Table

_DAYS = {"MO": "mon", "TU": "tue", "WE": "wed", "TH": "thu", "FR": "fri", "SA": "sat", "SU": "sun"}
_TAXONOMIES = ("needs", "target_groups", "attendance", "kinds")
KEYS = (
    "source_id", "name", "alternate_names", "kind", "summary_da", "description_da", "needs", "target_groups", "attendance",
    "age_min", "age_max", "areas", "languages", "phones", "email", "website",
    "location_name", "address", "postcode", "town", "opening_hours", "last_verified",
)  # fmt: skip


def hsds_table(name: str, data: bytes) -> Table:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise SheetRefused("sheet-json-broken", detail=type(error).__name__) from None
    services = list(_services(document))
    if not services:
        raise SheetRefused("sheet-json-no-services")
    if len(services) > MAX_ROWS:
        raise SheetRefused("sheet-too-many-rows", rows=len(services), limit=MAX_ROWS)
    header = [BY_KEY[key].title.da for key in KEYS]
    rows = [[_cell(row.get(key)) for key in KEYS] for row in (_row(service, organization) for service, organization in services)]
    return Table(name, [header, *rows], labels=[BY_KEY[key].title.da for key in KEYS], row_shift=-1)


def _services(document: Any) -> Iterator[tuple[dict, dict]]:
    items = document if isinstance(document, list) else [document]
    for item in (item for item in items if isinstance(item, dict)):
        if isinstance(item.get("services"), list):
            yield from ((service, item) for service in item["services"] if isinstance(service, dict))
        elif "organization_id" in item or "service_at_locations" in item:
            yield item, item.get("organization") if isinstance(item.get("organization"), dict) else {}


def _row(service: dict, organization: dict) -> dict[str, Any]:
    summary = organization.get("description") or service.get("description")
    location = _first_location(service)
    address = _first(location.get("addresses"))
    terms = _terms([*_list(service.get("attributes")), *_list(organization.get("attributes"))])
    return {
        "source_id": service.get("id"),
        "name": service.get("name") or organization.get("name"),
        "alternate_names": "\n".join(name.strip() for name in str(organization.get("alternate_name") or service.get("alternate_name") or "").split(",")),
        "kind": terms.get("kinds"),
        "summary_da": summary,
        "description_da": service.get("description") if service.get("description") != summary else None,
        "needs": terms.get("needs"),
        "target_groups": terms.get("target_groups"),
        "attendance": terms.get("attendance"),
        "age_min": service.get("minimum_age"),
        "age_max": service.get("maximum_age"),
        "areas": "; ".join(str(area.get("name")) for area in _list(service.get("service_areas")) if area.get("name")),
        "languages": "; ".join(str(language.get("code") or language.get("name")) for language in _list(service.get("languages"))),
        "phones": "\n".join(_phone(phone) for phone in _list(service.get("phones")) or _list(organization.get("phones")) if phone.get("number")),
        "email": service.get("email") or organization.get("email"),
        "website": service.get("url") or organization.get("website"),
        "location_name": location.get("name"),
        "address": address.get("address_1"),
        "postcode": address.get("postal_code"),
        "town": address.get("city"),
        "opening_hours": "\n".join(_schedule(schedule) for schedule in _list(_first(service.get("service_at_locations")).get("schedules")) if schedule.get("byday") and schedule.get("opens_at")),
        "last_verified": service.get("assured_date"),
    }


def _first_location(service: dict) -> dict:
    location = _first(service.get("service_at_locations")).get("location")
    return location if isinstance(location, dict) else {}


def _terms(attributes: list[dict]) -> dict[str, str]:
    found: dict[str, list[str]] = {}
    for attribute in attributes:
        term = attribute.get("taxonomy_term") if isinstance(attribute.get("taxonomy_term"), dict) else {}
        vocabulary = str(term.get("taxonomy") or "").rsplit("/", 1)[-1]
        if vocabulary in _TAXONOMIES and term.get("code"):
            found.setdefault(vocabulary, []).append(str(term["code"]))
    return {vocabulary: "; ".join(codes) for vocabulary, codes in found.items()}


def _phone(phone: dict) -> str:
    description = str(phone.get("description") or "").replace(";", ",").replace("\n", " ")
    return f"{phone['number']}; {description}" if description else str(phone["number"])


def _schedule(schedule: dict) -> str:
    days = ", ".join(_DAYS.get(day.strip(), day.strip()) for day in str(schedule["byday"]).split(","))
    return f"{days} {str(schedule['opens_at'])[:5]}–{str(schedule.get('closes_at') or '')[:5]}"


def _list(value: Any) -> list[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _first(value: Any) -> dict:
    items = _list(value)
    return items[0] if items else {}


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip() or None
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
