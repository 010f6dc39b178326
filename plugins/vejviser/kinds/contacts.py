"""The municipality's contact points for associations, by topic: `content/municipal_contacts.yaml`.

Each names a unit or role (never a person), what it helps with, and a shared mailbox and/or phone.
An e-mail address that looks like a person's own (`fornavn.efternavn@…`) is refused. The topics
come in a fixed order: volunteering, § 18 grants, rooms, cooperation between associations. No Pelican here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from ..model import Contact, Source
from ..text import Text
from ..validate.findings import Finding
from .source import Kind, item_sources

TOPICS = ("volunteering", "section_18", "rooms", "cooperation")
# first.last@, first-last@, first_last@: a person's own address, not a role mailbox.
_PERSONAL_EMAIL = re.compile(r"[a-zæøå]{2,}[._-][a-zæøå]{2,}(?:[._-][a-zæøå]{2,})?@", re.IGNORECASE)
_ROLE_WORDS = ("frivillig", "forening", "tilskud", "lokale", "booking", "kontakt", "post", "info", "social", "kultur", "fritid", "sekretariat", "puljer", "team", "center", "borger")


@dataclass(frozen=True)
class ContactPoint:
    topic: str
    name: Text
    contact: Contact
    helps_with: Text | None = None
    hours: Text | None = None
    sources: tuple[Source, ...] = ()

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "ContactPoint":
        return cls(
            data["topic"], Text.from_data(data["name"]), Contact.from_data(data["contact"]),
            Text.from_data(data.get("helps_with")), Text.from_data(data.get("hours")), item_sources(data["sources"]),
        )


def looks_personal(email: str) -> bool:
    local = email.split("@", 1)[0].lower()
    return bool(_PERSONAL_EMAIL.match(email)) and not any(word in local for word in _ROLE_WORDS)


def personal_email(path: tuple, value: Any) -> Iterator[Finding]:
    """A finding when the e-mail address `value` (at `path`) looks like a person's own address."""
    if isinstance(value, str) and looks_personal(value):
        yield Finding(path, "contact-personal-email", {"value": value})


def email_of(item: Any, *keys: str) -> Any:
    """`item[keys[0]][keys[1]]…`, or None where the data is not shaped so (the schema says why)."""
    for key in keys:
        item = item.get(key) if isinstance(item, dict) else None
    return item


def no_personal_mailboxes(data: dict[str, Any]) -> Iterator[Finding]:
    for index, point in enumerate(data.get("contacts") or ()):
        yield from personal_email(("contacts", index, "contact", "email"), email_of(point, "contact", "email"))


def _build(_name: str, data: dict[str, Any], _vocabularies: Any) -> list[ContactPoint]:
    points = [ContactPoint.from_data(point) for point in data["contacts"]]
    return sorted(points, key=lambda point: TOPICS.index(point.topic))  # stable: the file's order within a topic


CONTACTS: Kind[ContactPoint] = Kind("municipal_contacts", "municipal_contacts.yaml", _build, (no_personal_mailboxes,))
