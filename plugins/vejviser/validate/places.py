"""Locations must be real places in the municipality: known postcode, matching town, coordinates inside.

Postcodes and towns come from `content/vocabularies/areas.yaml` (town terms list their postcodes);
the municipality term's `bounds` is the box coordinates must fall in.
"""

from __future__ import annotations

from typing import Any, Iterator

from ..vocabulary import Vocabularies
from .findings import Finding


def place_findings(data: dict[str, Any], vocabularies: Vocabularies) -> Iterator[Finding]:
    locations = data.get("locations")
    if not isinstance(locations, list):
        return
    for index, location in enumerate(locations):
        if isinstance(location, dict):
            path = ("locations", index)
            yield from _postcode_and_town(path, location, vocabularies)
            yield from _coordinates(path, location, vocabularies)


def _postcode_and_town(path, location: dict[str, Any], vocabularies: Vocabularies) -> Iterator[Finding]:
    postcode, town = location.get("postcode"), location.get("town")
    if not isinstance(postcode, str) or not postcode.isdigit():
        return  # the schema check reports a missing or malformed postcode
    towns = vocabularies.towns()
    owner = vocabularies.town_for_postcode(postcode)
    if owner is None:
        known = sorted(code for term in towns for code in term.postcodes)
        yield Finding((*path, "postcode"), "postcode-unknown", {"postcode": postcode, "valid": ", ".join(known)})
        return
    if not isinstance(town, str) or town not in vocabularies.areas:
        return  # not a string: the schema says so; not a term: the vocabulary check says so
    if town not in {term.id for term in towns}:
        yield Finding((*path, "town"), "town-not-a-town", {"town": town, "valid": ", ".join(term.id for term in towns)})
    elif town != owner.id:
        yield Finding((*path, "town"), "town-postcode-mismatch", {"town": town, "postcode": postcode, "expected": owner.id})


def _coordinates(path, location: dict[str, Any], vocabularies: Vocabularies) -> Iterator[Finding]:
    coordinates = location.get("coordinates")
    municipality = vocabularies.municipality()
    bounds = municipality.bounds if municipality else None
    if not isinstance(coordinates, dict) or bounds is None:
        return
    lat, lon = coordinates.get("lat"), coordinates.get("lon")
    if not all(isinstance(value, (int, float)) and not isinstance(value, bool) for value in (lat, lon)):
        return
    if not bounds.contains(lat, lon):
        yield Finding(
            (*path, "coordinates"),
            "coordinates-outside",
            {"lat": lat, "lon": lon, "south": bounds.south, "north": bounds.north, "west": bounds.west, "east": bounds.east},
        )
