"""All the small kinds of content of a content folder, loaded and checked together."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Collection, Sequence

from ..content import display_path
from ..problems import Problem
from ..vocabulary import Vocabularies
from ..yamlsource import read_file
from .addresses import ROOM_BROWSE
from .alerts import ALERTS, Alert
from .contacts import CONTACTS, ContactPoint
from .grants import GRANTS, Grant
from .networks import NETWORKS, Network
from .rooms import ROOMS, Room
from .source import Kind, load_kind

KINDS: tuple[Kind, ...] = (GRANTS, ALERTS, CONTACTS, ROOMS, NETWORKS)


@dataclass(frozen=True)
class KindContent:
    grants: tuple[Grant, ...] = ()
    alerts: tuple[Alert, ...] = ()
    contacts: tuple[ContactPoint, ...] = ()
    rooms: tuple[Room, ...] = ()
    networks: tuple[Network, ...] = ()

    @cached_property
    def networks_by_entry(self) -> dict[str, tuple[Network, ...]]:
        """Entry slug → the networks it is a member of (A–Å), made once: every entry page asks."""
        found: dict[str, list[Network]] = {}
        for network in self.networks:
            for slug in dict.fromkeys(network.member_entries):
                found.setdefault(slug, []).append(network)
        return {slug: tuple(networks) for slug, networks in found.items()}


def load_kinds(content_dir: str | Path, vocabularies: Vocabularies, entry_slugs: Collection[str] | None = None) -> tuple[KindContent, list[Problem]]:
    """Every kind's items (only from files without errors) and every problem in their files. With
    `entry_slugs` (the directory's entries), a room's owner or a network's member that names no
    entry is a problem too."""
    loaded, problems = [], []
    for kind in KINDS:
        items, found = load_kind(content_dir, kind, vocabularies)
        loaded.append(items)
        problems.extend(found)
    content = KindContent(*loaded)
    problems.extend(room_problems(content_dir, content.rooms, entry_slugs))
    problems.extend(member_problems(content_dir, content.networks, entry_slugs))
    ordered = replace(
        content,
        rooms=tuple(sorted(content.rooms, key=lambda room: room.sort_key)),
        networks=tuple(sorted(content.networks, key=lambda network: network.sort_key)),
    )
    return ordered, sorted(set(problems))


def member_problems(content_dir: str | Path, networks: Sequence[Network], entry_slugs: Collection[str] | None) -> list[Problem]:
    """A network's `members: [{entry: …}]` must be entries of the directory, when those are known."""
    if entry_slugs is None:
        return []
    problems = []
    for network in networks:
        unknown = [index for index, member in enumerate(network.members) if member.entry and member.entry not in entry_slugs]
        if unknown:
            doc = read_file(display_path(Path(content_dir) / NETWORKS.location / f"{network.id}.yaml"))
            problems.extend(doc.problem(("members", index, "entry"), "network-member-unknown", entry=network.members[index].entry) for index in unknown)
    return problems


def room_problems(content_dir: str | Path, rooms: Sequence[Room], entry_slugs: Collection[str] | None) -> list[Problem]:
    """A room's id (its file name) must not be one of the rooms' browse pages, and its
    `owner: {entry: …}` must be an entry of the directory, when the entries are known (`entry_slugs`)."""
    problems = []
    reserved = {name for names in ROOM_BROWSE.values() for name in (names.da, names.en)}
    for room in rooms:
        path = display_path(Path(content_dir) / ROOMS.location / f"{room.id}.yaml")
        if room.id in reserved:
            problems.append(Problem.at(path, (1, 1), "room-id-reserved", file=f"{room.id}.yaml"))
        if room.owner_entry and entry_slugs is not None and room.owner_entry not in entry_slugs:
            problems.append(read_file(path).problem(("owner", "entry"), "room-owner-unknown", entry=room.owner_entry))
    return problems


def check_kind_files(content_dir: str | Path, vocabularies: Vocabularies, paths: Sequence[Path]) -> tuple[list[Problem], list[Path]]:
    """The problems in those of `paths` that are files of a kind, and the paths that are not (entries).
    Each file on its own: whether a room's owner is an entry is checked with the whole folder."""
    problems: list[Problem] = []
    rest: list[Path] = []
    for path in paths:
        kind = next((kind for kind in KINDS if kind.owns(content_dir, path)), None)
        if kind is None:
            rest.append(path)
        else:
            problems.extend(load_kind(content_dir, kind, vocabularies, [path])[1])
    return problems, rest
