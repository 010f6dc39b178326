"""Values that must agree with each other within one entry.

A role ends after it starts; a place closes after it opens; the age range is not upside down; every
volunteer role has its own id (it is part of the role's address). Values the schema already rejects
are skipped here, so one mistake gives one message.
"""

from __future__ import annotations

import datetime
import re
from typing import Any, Iterator

from .findings import Finding

_TIME = re.compile(r"([01][0-9]|2[0-4]):[0-5][0-9]")


def consistency_findings(data: dict[str, Any]) -> Iterator[Finding]:
    yield from _age_range(data.get("age"))
    for index, role in _items(data, "volunteering"):
        path = ("volunteering", index)
        start, end = as_date(role.get("start")), as_date(role.get("end"))
        if start and end and end < start:
            yield Finding((*path, "end"), "end-before-start", {"start": start.isoformat(), "end": end.isoformat()})
    yield from _role_ids(data)
    for index, location in _items(data, "locations"):
        hours = location.get("opening_hours")
        if isinstance(hours, dict):
            path = ("locations", index, "opening_hours")
            for kind in ("weekly", "exceptions"):
                for rule_index, rule in _items(hours, kind):
                    yield from _hours(((*path, kind, rule_index)), rule)


def as_date(value: Any) -> datetime.date | None:
    """A valid ISO date, else None (the schema check reports malformed and impossible dates)."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _items(data: dict[str, Any], key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    values = data.get(key)
    if isinstance(values, list):
        yield from ((index, value) for index, value in enumerate(values) if isinstance(value, dict))


def _age_range(age: Any) -> Iterator[Finding]:
    if not isinstance(age, dict):
        return
    low, high = age.get("min"), age.get("max")
    if isinstance(low, int) and isinstance(high, int) and high < low:
        yield Finding(("age", "max"), "age-range", {"min": low, "max": high})


def _role_ids(data: dict[str, Any]) -> Iterator[Finding]:
    first: dict[str, int] = {}
    for index, role in _items(data, "volunteering"):
        role_id = role.get("id")
        if not isinstance(role_id, str):
            continue
        if role_id in first:
            yield Finding(("volunteering", index, "id"), "role-id-duplicate", {"id": role_id, "first": first[role_id] + 1})
        else:
            first[role_id] = index


def _hours(path, rule: dict[str, Any]) -> Iterator[Finding]:
    opens, closes = rule.get("opens"), rule.get("closes")
    if all(isinstance(time, str) and _TIME.fullmatch(time) for time in (opens, closes)) and closes <= opens:
        yield Finding((*path, "closes"), "closes-before-opens", {"opens": opens, "closes": closes})
