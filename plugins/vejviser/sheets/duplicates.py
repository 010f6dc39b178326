"""Likely duplicates: entries (or earlier rows) with the same phone number, e-mail address, website
or name as a row.

An association often appears twice in a municipal list, or is in the list and already in the
directory under a slightly different name. Names are compared as the validator compares them
(`validate.across`: the same after normalising is a duplicate, nearly the same a likely one);
contact details after normalising (the last 8 digits of a phone number, e-mail in lower case, a
website without https://, www. and a final /).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Iterator

from ..validate.across import normalised_name, similar
from ..problems import WARNING
from ..text import Text
from .columns import get_path
from .rows import Remark, Row, row_reference

_WINDOW = 4  # names compared on either side of a row's, in each order


@dataclass(frozen=True)
class Match:
    other: str  # the other entry's file, or "row N"
    how: str  # "phone", "email", "website", "name", "similar-name"
    value: str


def keys(data: dict) -> Iterator[tuple[str, str, str]]:
    """(kind, normalised key, value as shown) for each detail that identifies an association."""
    for phone in get_path(data, ("contact", "phones")) or []:
        digits = re.sub(r"\D", "", str(phone.get("number", "")))
        if len(digits) >= 8 and not digits.startswith("1"):
            yield "phone", digits[-8:], phone["number"]
    email = get_path(data, ("contact", "email"))
    if isinstance(email, str) and email:
        yield "email", email.casefold(), email
    website = get_path(data, ("contact", "website"))
    if isinstance(website, str) and website:
        yield "website", re.sub(r"^(https?://)?(www\.)?", "", website.casefold()).rstrip("/"), website


@dataclass
class Register:
    """What is known so far: the existing entries and the rows already read. Similar names are
    looked for among the names next to a row's when sorted forwards and backwards (as the validator
    does), so a list of thousands of rows is not compared pair by pair."""

    by_key: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # normalised name → (where, name)
    forwards: list[str] = field(default_factory=list)  # the normalised names, sorted
    backwards: list[str] = field(default_factory=list)  # the same, each reversed, sorted

    def add(self, where: str, data: dict) -> None:
        for kind, key, _ in keys(data):
            self.by_key.setdefault((kind, key), []).append(where)
        name = data.get("name")
        key = normalised_name(name) if isinstance(name, str) else ""
        if key and key not in self.names:
            self.names[key] = (where, name)
            bisect.insort(self.forwards, key)
            bisect.insort(self.backwards, key[::-1])

    def matches(self, data: dict) -> list[Match]:
        """Entries or rows that `data` likely duplicates, with what they share."""
        found: list[Match] = []
        for kind, key, shown in keys(data):
            found += [Match(where, kind, shown) for where in self.by_key.get((kind, key), [])]
        name = data.get("name")
        key = normalised_name(name) if isinstance(name, str) else ""
        if key:
            for other in self._neighbours(key):
                where, other_name = self.names[other]
                if other == key:
                    found.append(Match(where, "name", other_name))
                elif similar(key, other):
                    found.append(Match(where, "similar-name", other_name))
        unique: dict[tuple[str, str], Match] = {}
        for match in found:
            unique.setdefault((match.other, match.how), match)
        return list(unique.values())

    def _neighbours(self, key: str) -> list[str]:
        near: dict[str, None] = {}
        for order, probe, turn in ((self.forwards, key, str), (self.backwards, key[::-1], lambda text: text[::-1])):
            index = bisect.bisect_left(order, probe)
            for other in order[max(0, index - _WINDOW) : index + _WINDOW]:
                near[turn(other)] = None
        return list(near)


_HOW = {
    "phone": Text("samme telefonnummer", "same phone number"),
    "email": Text("samme e-mailadresse", "same e-mail address"),
    "website": Text("samme hjemmeside", "same website"),
    "name": Text("samme navn", "same name"),
    "similar-name": Text("næsten samme navn", "nearly the same name"),
}


def duplicate_remarks(register: Register, row: Row, data: dict) -> list[Remark]:
    """A warning for each entry or earlier row the row's data likely duplicates; the row is then
    known to the register, for the rows after it."""
    remarks = []
    for matches in _grouped(register.matches(data)):
        first = matches[0]
        how = Text(*(", ".join(f"{_HOW[match.how].get(lang)}: {match.value}" for match in matches) for lang in ("da", "en")))
        letter = row.letters.get(_COLUMN_OF[first.how], "")
        remarks.append(Remark.at(row.number, letter, "sheet-likely-duplicate", WARNING, other=_where(first.other), how=how))
    register.add(f"{_ROW}{row.number}", data)
    return remarks


_ROW = "row:"
_COLUMN_OF = {"phone": "phones", "email": "email", "website": "website", "name": "name", "similar-name": "name"}


def _where(other: str) -> str | Text:
    """An entry's file, or an earlier row of the sheet."""
    return row_reference(other.removeprefix(_ROW)) if other.startswith(_ROW) else other


def _grouped(matches: list[Match]) -> list[list[Match]]:
    groups: dict[str, list[Match]] = {}
    for match in matches:
        groups.setdefault(match.other, []).append(match)
    return list(groups.values())
