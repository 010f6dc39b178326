"""Networks between associations: `content/networks/<id>.yaml`, one network per file.

A network says what it is for, who can join, how often it meets, whom to contact, and its members:
entries of the directory (checked against it, and shown on their pages as "member of"), or other
associations by name (sports clubs, children's and youth associations that are not in the
directory). Membership is written once, in the network's file; entry pages look it up. No Pelican here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from ..model import Contact, Source
from ..text import Text, danish_sort_key
from ..validate.findings import Finding
from .contacts import email_of, personal_email
from .source import Kind, item_sources


@dataclass(frozen=True)
class Member:
    entry: str | None = None  # an entry's slug …
    name: str | None = None  # … or another association's name
    website: str | None = None


@dataclass(frozen=True)
class Network:
    id: str
    name: Text
    purpose: Text
    who_can_join: Text
    members: tuple[Member, ...]
    meets: Text | None = None
    contact: Contact | None = None
    sources: tuple[Source, ...] = ()

    @property
    def member_entries(self) -> tuple[str, ...]:
        return tuple(member.entry for member in self.members if member.entry)

    @property
    def sort_key(self) -> tuple:
        return (danish_sort_key(self.name.da), self.id)

    @classmethod
    def from_data(cls, network_id: str, data: dict[str, Any]) -> "Network":
        return cls(
            network_id, Text.from_data(data["name"]), Text.from_data(data["purpose"]), Text.from_data(data["who_can_join"]),
            tuple(Member(member.get("entry"), member.get("name"), member.get("website")) for member in data["members"]),
            Text.from_data(data.get("meets")), Contact.from_data(data["contact"]) if data.get("contact") else None, item_sources(data["sources"]),
        )  # fmt: skip


def member_rules(data: dict[str, Any]) -> Iterator[Finding]:
    """A member is an entry or a name (a website only with a name); each entry once; a role mailbox."""
    seen: set[str] = set()
    for index, member in enumerate(data.get("members") or ()):
        if not isinstance(member, dict):
            continue
        if ("entry" in member) == ("name" in member) or ("website" in member and "entry" in member):
            yield Finding(("members", index), "network-member-form")
        entry = member.get("entry")
        if isinstance(entry, str):
            if entry in seen:
                yield Finding(("members", index, "entry"), "network-member-twice", {"entry": entry})
            seen.add(entry)
    yield from personal_email(("contact", "email"), email_of(data, "contact", "email"))


NETWORKS: Kind[Network] = Kind("network", "networks", lambda network_id, data, _vocabularies: [Network.from_data(network_id, data)], (member_rules,))
